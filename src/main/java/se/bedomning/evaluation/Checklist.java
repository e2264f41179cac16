package se.bedomning.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.bedomning.facts.ActionFinding;
import se.bedomning.facts.ActionUnsaid;
import se.bedomning.facts.DevelopmentArea;
import se.bedomning.facts.Finding;
import se.bedomning.facts.FindingKind;
import se.bedomning.facts.Series;
import se.bedomning.io.Fields;
import se.bedomning.io.JsonFiles;
import se.bedomning.io.Node;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.ExitCode;
import se.bedomning.problem.Problem;

/** The report's own data-derived conclusions, and which of them a draft reproduces. */
public record Checklist(String file, List<Conclusion> conclusions) {

    public Checklist {
        conclusions = List.copyOf(conclusions);
    }

    /**
     * One conclusion the report draws: a finding kind about an indicator (and optionally a group), or
     * about an åtgärd of the handlingsplan ({@code action}, e.g. "2.2"); an utvecklingsområde that rests
     * on an åtgärd names the åtgärd.
     */
    public record Conclusion(String id, int goal, FindingKind kind, String indicator, String group, String section,
            String quote, String note, String action) {

        public Conclusion(String id, int goal, FindingKind kind, String indicator, String group, String section,
                String quote, String note) {
            this(id, goal, kind, indicator, group, section, quote, note, null);
        }
    }

    /**
     * A conclusion and whether the draft states it; when not, why. {@code dataInFixture} is false when
     * the fact file cannot support it at all (no series, or too few years for a change), which is the
     * case for values a report shows only in diagrams or gives only as ranges.
     */
    public record Outcome(Conclusion conclusion, boolean reproduced, String reason, boolean dataInFixture) {
    }

    public static Checklist read(Path path) {
        String label = path.toString();
        Node root = JsonFiles.read(path, label, ExitCode.BAD_INPUT);
        List<Problem> problems = new ArrayList<>();
        Fields f = new Fields(label, problems);
        List<Conclusion> out = new ArrayList<>();
        if (f.isObject(root, "(top level)")) {
            for (Fields.Item item : f.objects(root, "", "conclusions", true)) {
                String p = item.path();
                Node n = item.node();
                f.onlyKnown(n, p, Set.of("id", "goal", "kind", "indicator", "group", "section", "quote", "note",
                        "action"));
                String id = f.text(n, p, "id");
                Integer goal = f.integer(n, p, "goal", 1, 8);
                FindingKind kind = f.code(n, p, "kind", FindingKind.class);
                String action = f.optionalText(n, p, "action");
                String indicator = action != null ? f.optionalText(n, p, "indicator") : f.text(n, p, "indicator");
                String group = f.optionalText(n, p, "group");
                String section = f.optionalText(n, p, "section");
                String quote = f.text(n, p, "quote");
                String note = f.optionalText(n, p, "note");
                if (id != null && goal != null && kind != null && (indicator != null || action != null) && quote != null) {
                    out.add(new Conclusion(id, goal, kind, indicator, group, section, quote, note, action));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw BedomningException.badInput("The checklist " + label + " has problems.", problems);
        }
        return new Checklist(label, out);
    }

    public List<Outcome> check(Assessment a) {
        // The underlag lists every åtgärd with its status, so with it every åtgärd finding is stated.
        return check(a, a.stated(), a.actions().findings());
    }

    /**
     * The same measured on the bedömning layer alone: only the findings the selection rules put in the
     * bedömning (and the utvecklingsområden, which stand in it) count as reproduced.
     */
    public List<Outcome> checkAssessment(Assessment a) {
        List<Finding> selected = new ArrayList<>();
        for (int g = se.bedomning.facts.Indicator.FIRST_GOAL; g <= se.bedomning.facts.Indicator.LAST_GOAL; g++) {
            a.plan().assessment(g).forEach(x -> selected.add(x.getFinding()));
            // A derived conclusion states both findings it combines.
            a.plan().derivations(g).forEach(d -> {
                selected.add(d.getFirst());
                selected.add(d.getSecond());
            });
            // A finding said as a clause of a statement is in the bedömning too.
            a.plan().additions(g).forEach(d -> selected.add(d.getAdded()));
        }
        // Of the åtgärder, what the handlingsplan paragraph states: its sentences, and the findings its count
        // sentence says in full ("Alla tre åtgärder … har genomförts"); not a cross-reference left to the underlag.
        List<ActionFinding> said = new ArrayList<>();
        for (int g = se.bedomning.facts.Indicator.FIRST_GOAL; g <= se.bedomning.facts.Indicator.LAST_GOAL; g++) {
            a.actions().statementsOf(g).forEach(st -> said.addAll(st.getFindings()));
            a.actions().unsaidOf(g).stream().filter(u -> u.getBecause().equals(ActionUnsaid.SAID_BY_COUNT))
                    .forEach(u -> said.add(u.getFinding()));
        }
        return check(a, selected, said);
    }

    private List<Outcome> check(Assessment a, List<Finding> stated, List<ActionFinding> actionsStated) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Conclusion c : conclusions) {
            outcomes.add(check(c, a, stated, actionsStated));
        }
        return outcomes;
    }

    private static boolean about(Finding f, Conclusion c) {
        return matches(f.getSeries(), c) || (f.getOther() != null && matches(f.getOther(), c));
    }

    private static boolean matches(Series s, Conclusion c) {
        return s.getIndicatorId().equals(c.indicator()) && (c.group() == null || s.getGroupId().equals(c.group()));
    }

    private static Outcome check(Conclusion c, Assessment a, List<Finding> stated, List<ActionFinding> actionsStated) {
        if (c.action() != null) {
            return checkAction(c, a, actionsStated);
        }
        if (c.kind() == FindingKind.DEVELOPMENT_AREA) {
            for (DevelopmentArea d : a.developmentAreas(c.goal())) {
                if (d.getBasis().stream().anyMatch(f -> about(f, c))) {
                    return new Outcome(c, true, "development area " + d.id(), true);
                }
            }
        } else {
            for (Finding f : stated) {
                if (f.getKind() == c.kind() && about(f, c)) {
                    return new Outcome(c, true, f.id(), true);
                }
            }
        }
        return new Outcome(c, false, whyNot(c, a), dataInFixture(c, a));
    }

    /** A conclusion about an åtgärd: its finding among those the layer states, or an area resting on it. */
    private static Outcome checkAction(Conclusion c, Assessment a, List<ActionFinding> actionsStated) {
        if (c.kind() == FindingKind.DEVELOPMENT_AREA) {
            for (DevelopmentArea d : a.developmentAreas(c.goal())) {
                if (d.getActions().stream().anyMatch(f -> f.getActionId().equals(c.action()))) {
                    return new Outcome(c, true, "development area " + d.id(), true);
                }
            }
        } else {
            for (ActionFinding f : actionsStated) {
                if (f.getKind() == c.kind() && f.getActionId().equals(c.action())) {
                    return new Outcome(c, true, f.id(), true);
                }
            }
        }
        boolean known = a.facts().actions().stream().anyMatch(x -> x.id().equals(c.action()));
        String derived = a.actions().findings().stream().filter(f -> f.getActionId().equals(c.action()))
                .map(f -> f.getKind().code() + (f.getVariant().isEmpty() ? "" : "/" + f.getVariant()))
                .collect(Collectors.joining(", "));
        String note = c.note() == null ? "" : " Checklist note: " + c.note();
        return new Outcome(c, false, known ? "the rules derived " + (derived.isEmpty() ? "nothing" : derived)
                + " for åtgärd " + c.action() + "." + note : "the fact file has no åtgärd " + c.action() + "." + note, known);
    }

    /** Changes need two years of one series, median comparisons a median; the rest one value or a note. */
    private static boolean dataInFixture(Conclusion c, Assessment a) {
        boolean change = Set.of(FindingKind.TREND_UP, FindingKind.TREND_DOWN, FindingKind.STABLE,
                FindingKind.RECORD_HIGH, FindingKind.RECORD_LOW).contains(c.kind());
        boolean median = Set.of(FindingKind.BELOW_NATIONAL_MEDIAN, FindingKind.ABOVE_NATIONAL_MEDIAN,
                FindingKind.IN_LINE_WITH_MEDIAN).contains(c.kind());
        return a.series().stream().filter(s -> matches(s, c))
                .anyMatch(s -> change ? s.getTotalPointCount() >= 2
                        : median ? s.getData().points().stream().anyMatch(p -> p.median() != null)
                        : s.getTotalPointCount() >= 1 || !s.getData().notes().isEmpty());
    }

    private static String whyNot(Conclusion c, Assessment a) {
        List<Series> series = a.series().stream().filter(s -> matches(s, c)).toList();
        String note = c.note() == null ? "" : " Checklist note: " + c.note();
        if (series.isEmpty()) {
            return "the fact file has no series for " + c.indicator() + (c.group() == null ? "" : "/" + c.group())
                    + "." + note;
        }
        if (series.stream().allMatch(s -> s.getTotalPointCount() == 0)) {
            return "the series has no values." + note;
        }
        String derived = a.findings().stream().filter(f -> about(f, c))
                .map(f -> f.getKind().code() + (f.getVariant().isEmpty() ? "" : "/" + f.getVariant())
                        + (a.suppressionsOf(f).isEmpty() ? "" : " (unsaid)"))
                .distinct().collect(Collectors.joining(", "));
        String points = series.stream().map(s -> s.getGroupId() + ": " + s.getPointCount() + " points")
                .collect(Collectors.joining("; "));
        return "the rules derived " + (derived.isEmpty() ? "nothing" : derived) + " for it (" + points + ")." + note;
    }
}
