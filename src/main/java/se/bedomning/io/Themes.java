package se.bedomning.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.bedomning.facts.Actor;
import se.bedomning.facts.Codes;
import se.bedomning.facts.Indicator;
import se.bedomning.facts.Provision;
import se.bedomning.facts.TargetGroup;
import se.bedomning.facts.ThemeDefinition;
import se.bedomning.facts.Topic;
import se.bedomning.facts.ViolenceType;
import se.bedomning.problem.ExitCode;

/**
 * The reviewer-editable vocabulary of utvecklingsområde themes, {@code rules/themes.json}: each theme names
 * the concern kinds it gathers and the dimension values it covers; development.drl files every concern under
 * the first theme in the file that fits it. Read and checked here; which concern kinds exist is checked
 * against the DRL by the rule loader.
 */
public record Themes(Path file, List<ThemeDefinition> all) {

    public static final String FILE = "themes.json";
    /** What an action phrase may say: the theme's name and the measures it names. */
    public static final Set<String> PLACEHOLDERS = Set.of("theme", "measures");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)\\}");
    static final Set<String> FIELDS = Set.of("id", "name", "action", "concerns", "raisedBy", "topic", "targetGroup",
            "violenceType", "provision", "actor", "description", "name.activities");

    public Themes {
        all = List.copyOf(all);
    }

    public ThemeDefinition get(String id) {
        return all.stream().filter(t -> t.getId().equals(id)).findFirst().orElse(null);
    }

    public static Themes read(Path path) {
        String label = path.toString();
        Node root = JsonFiles.read(path, label, ExitCode.BAD_RULES);
        Problems problems = new Problems();
        Fields f = new Fields(label, problems.list());
        Map<String, ThemeDefinition> themes = new LinkedHashMap<>();
        if (f.isObject(root, "themes")) {
            f.onlyKnown(root, "", Set.of("description", "themes"));
            for (Fields.Item item : f.objects(root, "", "themes", true)) {
                Node n = item.node();
                String id = f.text(n, item.path(), "id");
                String at = id == null ? item.path() : item.path() + " (" + id + ")";
                f.onlyKnown(n, at, FIELDS);
                String name = f.text(n, at, "name");
                String action = f.text(n, at, "action");
                String nameForActivities = f.optionalText(n, at, "name.activities");
                if (nameForActivities != null && nameForActivities.isBlank()) {
                    f.problem(n.fields().get("name.activities"), at + ".name.activities", "is blank; expected the"
                            + " theme's Swedish name for a report that gives the agency's own activities, or leave it out");
                }
                List<String> concerns = texts(f, n, at, "concerns", true);
                List<String> raisedBy = texts(f, n, at, "raisedBy", false);
                List<String> topics = codes(f, n, at, "topic", Topic.class);
                List<String> groups = codes(f, n, at, "targetGroup", TargetGroup.class);
                List<String> types = codes(f, n, at, "violenceType", ViolenceType.class);
                List<String> provisions = codes(f, n, at, "provision", Provision.class);
                List<String> actors = codes(f, n, at, "actor", Actor.class);
                if (id == null || name == null || action == null) {
                    continue;
                }
                if (!Indicator.ID.matcher(id).matches()) {
                    f.problem(n.fields().get("id"), at + ".id", "is \"" + id
                            + "\"; expected lower-case letters, digits and _ only");
                    continue;
                }
                if (themes.containsKey(id)) {
                    f.problem(n.fields().get("id"), at + ".id", "\"" + id + "\" is defined twice; ids must be unique");
                    continue;
                }
                if (name.isBlank()) {
                    f.problem(n.fields().get("name"), at + ".name", "is blank; expected the theme's Swedish name");
                }
                checkAction(f, n, at, action);
                if (concerns.isEmpty() && n.fields().containsKey("concerns")) {
                    f.problem(n.fields().get("concerns"), at + ".concerns",
                            "is empty; expected the concern kinds the theme gathers");
                }
                for (String r : raisedBy) {
                    if (!concerns.contains(r)) {
                        f.problem(n.fields().get("raisedBy"), at + ".raisedBy", "names \"" + r
                                + "\", which is not among its concerns " + concerns + "; a theme is raised only by"
                                + " concerns it gathers");
                    }
                }
                themes.put(id, new ThemeDefinition(id, themes.size(), name, nameForActivities, action, concerns, raisedBy, topics,
                        groups, types, provisions, actors));
            }
        }
        problems.throwIfAny(ExitCode.BAD_RULES, "The themes " + label + " have problems; fix them and run again.");
        return new Themes(path, new ArrayList<>(themes.values()));
    }

    /** A theme must have wording: an action phrase that names the theme and uses only known placeholders. */
    private static void checkAction(Fields f, Node n, String path, String action) {
        if (action.isBlank()) {
            f.problem(n.fields().get("action"), path + ".action", "is blank; expected the action phrase of the"
                    + " bullet, e.g. \"Säkerställa {theme} i alla kommuner ({measures}).\"");
            return;
        }
        Matcher m = PLACEHOLDER.matcher(action);
        boolean named = false;
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                f.problem(n.fields().get("action"), path + ".action", "uses {" + m.group(1)
                        + "}; expected only {theme} and {measures}");
            }
            named |= m.group(1).equals("theme");
        }
        if (!named) {
            f.problem(n.fields().get("action"), path + ".action", "does not name the theme; write {theme} in it");
        }
    }

    private static List<String> texts(Fields f, Node n, String path, String name, boolean required) {
        List<String> out = new ArrayList<>();
        int i = 0;
        for (Node item : f.list(n, path, name, required)) {
            String at = Fields.join(path, name) + "[" + i++ + "]";
            if (!item.isText() || ((String) item.value()).isBlank()) {
                f.problem(item, at, "is " + item.describe() + "; expected a text in quotes");
            } else {
                out.add((String) item.value());
            }
        }
        return out;
    }

    private static <E extends Enum<E> & Codes.Coded> List<String> codes(Fields f, Node n, String path, String name,
            Class<E> type) {
        List<String> out = new ArrayList<>();
        int i = 0;
        for (Node item : f.list(n, path, name, false)) {
            String at = Fields.join(path, name) + "[" + i++ + "]";
            String s = item.isText() ? (String) item.value() : null;
            if (s == null || Codes.find(type, s).isEmpty()) {
                f.problem(item, at, "is " + (s == null ? item.describe() : "\"" + s + "\"") + "; expected one of "
                        + Codes.allowed(type));
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
