package se.bedomning.io;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.bedomning.facts.BaseKind;
import se.bedomning.facts.Threshold;
import se.bedomning.facts.Unit;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.ExitCode;
import se.bedomning.problem.Problem;

/** Every number that decides, from the reviewer-editable {@code rules/thresholds.json}. */
public final class Thresholds {

    private final String file;
    private final Map<String, Threshold> byKey;

    private Thresholds(String file, Map<String, Threshold> byKey) {
        this.file = file;
        this.byKey = byKey;
    }

    public static Thresholds read(Path path) {
        String label = path.toString();
        Node root = JsonFiles.read(path, label, ExitCode.BAD_RULES);
        Problems problems = new Problems();
        Fields f = new Fields(label, problems.list());
        Map<String, Threshold> byKey = new LinkedHashMap<>();
        if (f.isObject(root, "(top level)")) {
            f.onlyKnown(root, "", Set.of("description", "thresholds"));
            for (Fields.Item item : f.objects(root, "", "thresholds", true)) {
                String p = item.path();
                Node n = item.node();
                f.onlyKnown(n, p, Set.of("name", "unit", "baseKind", "value", "description", "compares",
                        "reachedWhen"));
                String reachedWhen = f.optionalText(n, p, "reachedWhen");
                if (reachedWhen != null && !reachedWhen.equals("atLeast") && !reachedWhen.equals("below")) {
                    f.problem(n.fields().get("reachedWhen"), p + ".reachedWhen", "is \"" + reachedWhen
                            + "\"; expected \"atLeast\" or \"below\"");
                }
                String name = f.text(n, p, "name");
                Unit unit = f.optionalCode(n, p, "unit", Unit.class);
                BaseKind baseKind = f.optionalCode(n, p, "baseKind", BaseKind.class);
                BigDecimal value = f.number(n, p, "value");
                String description = f.text(n, p, "description");
                if (name != null && !Threshold.NAME.matcher(name).matches()) {
                    f.problem(n.fields().get("name"), p + ".name", "is \"" + name
                            + "\"; expected a dotted name such as trend.minChange");
                    continue;
                }
                if (description != null && description.isBlank()) {
                    f.problem(n.fields().get("description"), p + ".description",
                            "is blank; say in a sentence what the number decides");
                }
                if (name == null || value == null) {
                    continue;
                }
                List<String> compares = new ArrayList<>();
                for (Node c : f.list(n, p, "compares", false)) {
                    if (c.isText()) {
                        compares.add((String) c.value());
                    } else {
                        f.problem(c, p + ".compares", "is " + c.describe() + "; expected a Series field name in quotes");
                    }
                }
                Threshold t = new Threshold(name, unit, baseKind, value, description, compares,
                        "below".equals(reachedWhen));
                if (byKey.putIfAbsent(t.key(), t) != null) {
                    f.problem(n, p, "\"" + t.key() + "\" is given twice; keep one");
                }
            }
        }
        problems.throwIfAny(ExitCode.BAD_RULES, "The thresholds file " + label + " has problems; fix them and run again.");
        return new Thresholds(label, byKey);
    }

    public String file() {
        return file;
    }

    public List<Threshold> all() {
        return byKey.values().stream().sorted(Comparator.comparing(Threshold::key)).toList();
    }

    public boolean hasName(String name) {
        return byKey.values().stream().anyMatch(t -> t.getName().equals(name));
    }

    public Set<String> names() {
        return new java.util.TreeSet<>(byKey.values().stream().map(Threshold::getName).toList());
    }

    /** A threshold Java itself needs (not a rule): missing it is a rules-folder error. */
    public Threshold require(String name) {
        Threshold t = byKey.get(name);
        if (t == null) {
            throw new BedomningException(ExitCode.BAD_RULES, "The thresholds file " + file + " is incomplete.",
                    List.of(Problem.at(file, 0, 0, "thresholds", "\"" + name
                            + "\" is missing; add {\"name\": \"" + name + "\", \"value\": …, \"description\": …}")));
        }
        return t;
    }

    /** A copy with one value replaced, for tests and for reviewers trying an edit. */
    public Thresholds with(String key, BigDecimal value) {
        Map<String, Threshold> copy = new LinkedHashMap<>(byKey);
        Threshold old = copy.get(key);
        if (old == null) {
            throw new IllegalArgumentException("no threshold " + key);
        }
        copy.put(key, new Threshold(old.getName(), old.getUnit(), old.getBaseKind(), value, old.getDescription(),
                old.getCompares(), old.isReachedBelow()));
        return new Thresholds(file, copy);
    }

    public List<Threshold> asList() {
        return new ArrayList<>(byKey.values());
    }
}
