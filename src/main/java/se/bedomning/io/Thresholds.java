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
import se.bedomning.facts.Series;
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
        Map<String, List<Entry>> byName = new LinkedHashMap<>();
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
                String wrong = range(t);
                if (wrong != null) {
                    f.problem(n.fields().get("value"), p + ".value", wrong);
                }
                if (byKey.putIfAbsent(t.key(), t) != null) {
                    f.problem(n, p, "\"" + t.key() + "\" is given twice; keep one");
                }
                byName.computeIfAbsent(name, k -> new ArrayList<>()).add(new Entry(t, n, p));
            }
        }
        for (List<Entry> entries : byName.values()) {
            unitOnAll(f, entries);
        }
        problems.throwIfAny(ExitCode.BAD_RULES, "The thresholds file " + label + " has problems; fix them and run again.");
        return new Thresholds(label, byKey);
    }

    /** Thresholds Java itself reads as whole numbers (a window of years, a count of firings). */
    public static final String RECENT_WINDOW = "series.recentWindowYears";
    public static final String MAX_FIRINGS = "engine.maxFiringsPerSeries";
    private static final Set<String> WHOLE = Set.of(RECENT_WINDOW, MAX_FIRINGS);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private record Entry(Threshold threshold, Node node, String path) {
    }

    /**
     * What a number may be, from what it measures: every threshold is a size (the rules give a change its
     * direction), so above 0; a share or a change in procentenheter is at most 100, a 0–10 mean at most
     * 10; a number compared with a count (pointCount, familySize) or read by Java as one is whole.
     */
    static String range(Threshold t) {
        BigDecimal v = t.getDecimal();
        String shown = t.key() + " is " + v.toPlainString() + "; expected ";
        if (v.signum() <= 0) {
            return shown + "a number above 0 (a threshold is a size; the rules give changes their direction)";
        }
        if (t.getUnit() == Unit.PERCENT && v.compareTo(HUNDRED) > 0) {
            return shown + "at most 100 (percent and procentenheter run from 0 to 100)";
        }
        if (t.getUnit() == Unit.MEAN_0_10 && v.compareTo(BigDecimal.TEN) > 0) {
            return shown + "at most 10 (a mean on the 0–10 scale)";
        }
        if (v.stripTrailingZeros().scale() > 0) {
            List<String> counts = t.getCompares().stream().filter(Thresholds::isCount).toList();
            if (!counts.isEmpty()) {
                return shown + "a whole number (it is compared with " + String.join(", ", counts) + ", a count)";
            }
            if (WHOLE.contains(t.getName())) {
                return shown + "a whole number";
            }
        }
        return null;
    }

    /** Whether the Series field a threshold is compared with counts something (an int getter). */
    private static boolean isCount(String field) {
        String getter = "get" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
        try {
            Class<?> type = Series.class.getMethod(getter).getReturnType();
            return type == int.class || type == long.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /**
     * Rules join a threshold given per unit on {@code unit == $s.unit}: an entry of such a name that lost its
     * unit matches no series, and the unit it stood for silently gets no threshold (all "Stabil nivå"
     * sentences for shares disappeared when stable.maxRange[percent] lost its unit).
     */
    private static void unitOnAll(Fields f, List<Entry> entries) {
        Set<String> units = new java.util.TreeSet<>();
        for (Entry e : entries) {
            if (e.threshold().getUnit() != null) {
                units.add(e.threshold().getUnit().code());
            }
        }
        if (units.isEmpty()) {
            return;
        }
        List<String> missing = java.util.Arrays.stream(Unit.values()).map(Unit::code).filter(u -> !units.contains(u))
                .sorted().toList();
        for (Entry e : entries) {
            if (e.threshold().getUnit() == null) {
                String add = missing.size() == 1 ? "add \"unit\": \"" + missing.get(0) + "\""
                        : "add \"unit\" with one of " + String.join(", ", missing.isEmpty() ? units : missing);
                f.problem(e.node(), e.path(), e.threshold().getName() + " has no unit here but is given per unit in its"
                        + " other entries (" + String.join(", ", units) + "); rules look it up by the series' unit, so"
                        + " this entry would match no series — " + add);
            }
        }
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
