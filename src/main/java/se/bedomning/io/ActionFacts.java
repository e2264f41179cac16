package se.bedomning.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import se.bedomning.facts.Action;
import se.bedomning.facts.ActionOutput;
import se.bedomning.facts.ActionStatus;
import se.bedomning.facts.Actor;
import se.bedomning.facts.Codes;
import se.bedomning.facts.Indicator;
import se.bedomning.facts.Measure;
import se.bedomning.facts.Reach;
import se.bedomning.facts.Topic;

/**
 * Reads the {@code actions} list of a fact file: the handlingsplan's åtgärder as the year's report
 * follows them up. Every problem is located (line, column, field, value, what was expected) and all of
 * them are reported together with the series' problems.
 */
final class ActionFacts {

    /** "2.4", "8.6": Mål number, point, åtgärd number — the handlingsplan's own numbering. */
    static final Pattern ID = Pattern.compile("([1-8])\\.([1-9][0-9]?)");

    private static final Set<String> FIELDS = Set.of("id", "goal", "title", "actor", "status", "quote", "outputs",
            "reach", "reportedUnder", "topic", "actors");
    private static final Set<String> OUTPUT_FIELDS = Set.of("value", "measure", "approximate", "quote");
    private static final Set<String> REACH_FIELDS = Set.of("count", "of", "measure", "quote");

    private ActionFacts() {
    }

    static List<Action> read(Fields f, Node root) {
        List<Action> actions = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<Map.Entry<Action, Fields.Item>> reportedUnder = new ArrayList<>();
        for (Fields.Item item : f.objects(root, "", "actions", false)) {
            // A repeated id is a problem of its own, even when either entry has others.
            Node idNode = item.node().fields().get("id");
            boolean repeated = false;
            if (idNode != null && idNode.isText()) {
                String id = ((String) idNode.value()).strip();
                Integer first = seen.putIfAbsent(id, idNode.line());
                if (first != null) {
                    f.problem(idNode, item.path() + ".id", "\"" + id + "\" is already given at line " + first
                            + "; give each åtgärd once");
                    repeated = true;
                }
            }
            Action a = readAction(f, item.node(), item.path(), item.index());
            if (a != null && !repeated) {
                actions.add(a);
                if (a.reportedUnder() != null) {
                    reportedUnder.add(Map.entry(a, item));
                }
            }
        }
        // An åtgärd reported under another names one of this file's åtgärder.
        for (Map.Entry<Action, Fields.Item> e : reportedUnder) {
            if (!seen.containsKey(e.getKey().reportedUnder())) {
                f.problem(e.getValue().node().fields().get("reportedUnder"), e.getValue().path() + ".reportedUnder",
                        unknownUnder(e.getKey().reportedUnder(), seen.keySet()));
            }
        }
        return actions;
    }

    /** What is wrong with a reportedUnder that names no åtgärd of the file, and which ones there are. */
    static String unknownUnder(String under, java.util.Collection<String> ids) {
        return "is \"" + under + "\", which is not an åtgärd of this file; expected one of "
                + String.join(", ", ids.stream().sorted().toList()) + Suggest.closest(under, List.copyOf(ids));
    }

    private static Action readAction(Fields f, Node n, String path, int position) {
        f.onlyKnown(n, path, FIELDS);
        String id = nonBlank(f, n, path, "id", "the åtgärd's number, like \"2.4\"");
        Integer goal = f.integer(n, path, "goal", Indicator.FIRST_GOAL, Indicator.LAST_GOAL);
        String title = nonBlank(f, n, path, "title", "the åtgärd's title as the handlingsplan gives it");
        String actor = nonBlank(f, n, path, "actor", "the responsible actor, like \"Länsstyrelsen\"");
        ActionStatus status = f.code(n, path, "status", ActionStatus.class);
        String quote = nonBlank(f, n, path, "quote", "the sentence of the report that gives the status");
        String under = f.optionalText(n, path, "reportedUnder");
        String idProblem = checkId(id, goal);
        if (idProblem != null) {
            f.problem(n.fields().get("id"), path + ".id", idProblem);
        }
        String underProblem = checkReportedUnder(status, under, id);
        if (underProblem != null) {
            f.problem(n.fields().getOrDefault("reportedUnder", n), path + ".reportedUnder", underProblem);
        }
        List<ActionOutput> outputs = new ArrayList<>();
        for (Fields.Item item : f.objects(n, path, "outputs", false)) {
            ActionOutput o = readOutput(f, item.node(), item.path());
            if (o != null) {
                outputs.add(o);
            }
        }
        Reach reach = readReach(f, n, path);
        // The dimensions themes join on; optional, but a value given must be in the catalog's vocabulary.
        Topic topic = f.optionalCode(n, path, "topic", Topic.class);
        List<Actor> actors = new ArrayList<>();
        int i = 0;
        for (Node a : f.list(n, path, "actors", false)) {
            String at = path + ".actors[" + i++ + "]";
            String code = a.isText() ? (String) a.value() : null;
            java.util.Optional<Actor> found = Codes.find(Actor.class, code);
            if (found.isEmpty()) {
                f.problem(a, at, "is " + (code == null ? a.describe() : "\"" + code + "\"") + "; expected one of "
                        + Codes.allowed(Actor.class));
            } else {
                actors.add(found.get());
            }
        }
        if (id == null || goal == null || title == null || actor == null || status == null || quote == null
                || idProblem != null || underProblem != null) {
            return null;
        }
        return new Action(id, goal, title, actor, status, quote, outputs, reach, under, position, topic, actors);
    }

    /** A required text that says something: an empty or blank one is reported like a missing one. */
    private static String nonBlank(Fields f, Node n, String path, String name, String expected) {
        Node v = n.fields().get(name);
        if (v == null || v.isNull()) {
            f.problem(v == null ? n : v, path + "." + name, "is missing; expected " + expected);
            return null;
        }
        String s = f.text(n, path, name);
        if (s != null && s.isBlank()) {
            f.problem(n.fields().get(name), path + "." + name, "is empty; expected " + expected);
            return null;
        }
        return s == null ? null : s.strip();
    }

    private static ActionOutput readOutput(Fields f, Node o, String path) {
        f.onlyKnown(o, path, OUTPUT_FIELDS);
        BigDecimal value = f.number(o, path, "value");
        Measure measure = f.code(o, path, "measure", Measure.class);
        Boolean about = f.optionalBoolean(o, path, "approximate");
        String quote = nonBlank(f, o, path, "quote", "the sentence of the report the number came from");
        String problem = checkOutput(value, measure);
        if (problem != null) {
            f.problem(o.fields().get("value"), path + ".value", problem);
            return null;
        }
        return value == null || measure == null || quote == null ? null
                : new ActionOutput(value, measure, about != null && about, quote);
    }

    private static Reach readReach(Fields f, Node n, String path) {
        Node r = n.fields().get("reach");
        if (r == null || r.isNull()) {
            return null;
        }
        String rp = path + ".reach";
        if (!f.isObject(r, rp)) {
            return null;
        }
        f.onlyKnown(r, rp, REACH_FIELDS);
        Integer count = f.integer(r, rp, "count", 0, 100_000);
        Integer of = f.integer(r, rp, "of", 1, 100_000);
        Measure measure = f.code(r, rp, "measure", Measure.class);
        String quote = nonBlank(f, r, rp, "quote", "the sentence of the report that gives the reach");
        String problem = checkReach(count, of, measure);
        if (problem != null) {
            f.problem(r, rp, problem);
            return null;
        }
        return count == null || of == null || measure == null || quote == null ? null
                : new Reach(count, of, measure, quote);
    }

    /** Null when the id is a handlingsplan number under its Mål, else what is wrong and how to fix it. */
    static String checkId(String id, Integer goal) {
        if (id == null) {
            return null;
        }
        var m = ID.matcher(id);
        if (!m.matches()) {
            return "is \"" + id + "\"; expected the handlingsplan's number of the åtgärd, like \"2.4\" (Mål 1–8, a dot,"
                    + " the åtgärd's number)";
        }
        if (goal != null && Integer.parseInt(m.group(1)) != goal) {
            return "is \"" + id + "\" but the åtgärd is given under Mål " + goal + "; an åtgärd's number begins with"
                    + " its Mål — check the id or the mål";
        }
        return null;
    }

    static String checkReportedUnder(ActionStatus status, String under, String id) {
        if (status == ActionStatus.REPORTED_ELSEWHERE && under == null) {
            return "is missing; an åtgärd with status reported_elsewhere must name the åtgärd it is reported under,"
                    + " like \"1.1\"";
        }
        if (under != null && status != null && status != ActionStatus.REPORTED_ELSEWHERE) {
            return "is \"" + under + "\" but the status is " + status.code() + "; only an åtgärd with status"
                    + " reported_elsewhere is reported under another — remove it or change the status";
        }
        if (under != null && !ID.matcher(under).matches()) {
            return "is \"" + under + "\"; expected an åtgärd number like \"1.1\"";
        }
        if (under != null && under.equals(id)) {
            return "is \"" + under + "\", the åtgärd itself; name the other åtgärd it is reported under";
        }
        return null;
    }

    static String checkOutput(BigDecimal value, Measure measure) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            return "is " + PointChecks.show(value) + "; an output is a count or a share, never below 0";
        }
        if (measure != null && measure.isShare() && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            return "is " + PointChecks.show(value) + "; " + measure.code() + " is a share in procent, at most 100";
        }
        if (measure != null && !measure.isShare() && value.stripTrailingZeros().scale() > 0) {
            return "is " + PointChecks.show(value) + "; " + measure.code() + " is a count, a whole number";
        }
        return null;
    }

    static String checkReach(Integer count, Integer of, Measure measure) {
        if (count != null && of != null && count > of) {
            return "count " + count + " is above of " + of + "; a reach is \"count av of\", like 3 av 6 kommuner";
        }
        if (measure != null && measure.isShare()) {
            return "measure is " + measure.code() + "; a reach counts units (kommuner, stadsdelar, …), not a share";
        }
        return null;
    }
}
