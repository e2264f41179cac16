package se.bedomning.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.bedomning.evaluation.ActionAssessment;
import se.bedomning.facts.Action;
import se.bedomning.facts.ActionFinding;
import se.bedomning.facts.ActionHeadline;
import se.bedomning.facts.ActionHeadlineGroup;
import se.bedomning.facts.ActionMerit;
import se.bedomning.facts.ActionOutput;
import se.bedomning.facts.ActionSource;
import se.bedomning.facts.ActionStatement;
import se.bedomning.facts.ActionStatus;
import se.bedomning.facts.Finding;
import se.bedomning.facts.FindingKind;
import se.bedomning.facts.Measure;
import se.bedomning.facts.Valence;
import se.bedomning.render.sv.SwedishFormat;
import se.bedomning.lexicon.Wording;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.Problem;

/**
 * The handlingsplan paragraph of a Mål, in words: the count of åtgärder carried out, then the sentences that
 * rules/selection.drl chose (ActionStatement: one åtgärd with the report's words, reach or outputs, or several said
 * by number only); and the underlag that lists every åtgärd with its status. Which findings are sentences, which
 * are gathered and which are left to the underlag is the rules' decision, never this class's.
 */
final class ActionParagraphs {

    private final Wording wording;
    private final Map<String, Integer> uses;
    /** What the åtgärder are: for the agency's own activities every text takes its ".activities" wording. */
    private final ActionSource source;

    ActionParagraphs(Wording wording, Map<String, Integer> uses, ActionSource source) {
        this.wording = wording;
        this.uses = uses;
        this.source = source;
    }

    /** The paragraph's sentences for one Mål, in the report's order of the åtgärder. */
    List<Draft.ActionSentence> sentences(ActionAssessment a, int goal) {
        List<ActionFinding> findings = a.ofGoal(goal);
        List<Draft.ActionSentence> out = new ArrayList<>();
        if (findings.isEmpty()) {
            return out;
        }
        long total = findings.stream().map(ActionFinding::getActionId).distinct().count();
        long done = findings.stream().filter(f -> f.getKind() == FindingKind.ACTION_CARRIED_OUT
                || f.getKind() == FindingKind.ACTION_PARTLY_IMPLEMENTED).map(ActionFinding::getActionId).distinct().count();
        // One åtgärd, or none carried out, has its own sentence: never "Av de 1 åtgärd … har 0 genomförts"; two
        // are "båda" or "ingen av de två", as Swedish says them, never "alla 2".
        String summaryKey = total == 1 ? (done == 1 ? "actionSummaryOneDone" : "actionSummaryOne")
                : total == 2 && done == 2 ? "actionSummaryBoth" : total == 2 && done == 0 ? "actionSummaryNeither"
                : done == total ? "actionSummaryAll" : done == 0 ? "actionSummaryNone" : "actionSummary";
        String summary = DraftBuilder.finish(fill(wording.document(summaryKey, source), Map.of("count", SwedishFormat.count(total),
                "carried", SwedishFormat.count(done))));
        out.add(new Draft.ActionSentence("m" + goal + ".action_summary", summary, "action_summary", "", "neutral",
                findings.stream().map(ActionFinding::getActionId).distinct().toList(), List.of(),
                "(counted from the findings of actions.drl)", null, List.of(),
                source == ActionSource.ACTIVITIES ? summaryKey + Wording.ACTIVITIES : summaryKey));
        // The rest of the paragraph is what rules/selection.drl chose: each ActionStatement one sentence.
        for (ActionStatement st : a.statementsOf(goal)) {
            out.add(sentence(st, a.valenceOf(st.getFirst())));
        }
        return out;
    }

    /** The Mål's åtgärd findings that the selection rules left out of its paragraph, with the rule and reason. */
    static List<Draft.ActionUnsaid> unsaid(ActionAssessment a, int goal) {
        return a.unsaidOf(goal).stream().map(u -> new Draft.ActionUnsaid(u.getFinding().id(),
                u.getFinding().getKind().code(), u.getFinding().getActionId(), u.getFinding().getRule(), u.getRule(),
                u.getBecause())).toList();
    }

    /**
     * One sentence the selection rules chose: {action}, {quote}, {reach}, {outputs}, {under} of its first åtgärd,
     * {actions}/{Actions} naming all of them and {actor} listing their actors, in the template its kind and
     * variant select. Its quotes are each åtgärd's status quote (the reach's quote for one partly implemented)
     * and the quotes of the outputs a carried-out or partly implemented åtgärd gives.
     */
    private Draft.ActionSentence sentence(ActionStatement st, Valence v) {
        List<ActionFinding> fs = st.getFindings();
        ActionFinding first = st.getFirst();
        Action a = first.getAction();
        Map.Entry<String, List<String>> t = wording.sentence(first.getKind(), first.getVariant(), v, source);
        List<String> quotes = new ArrayList<>();
        for (ActionFinding f : fs) {
            Action x = f.getAction();
            String q = f.getKind() == FindingKind.ACTION_PARTLY_IMPLEMENTED ? x.reach().quote() : x.statusQuote();
            if (!quotes.contains(q)) {
                quotes.add(q);
            }
            if (f.getKind() == FindingKind.ACTION_CARRIED_OUT || f.getKind() == FindingKind.ACTION_PARTLY_IMPLEMENTED) {
                for (ActionOutput o : x.outputs()) {
                    if (!quotes.contains(o.quote())) {
                        quotes.add(o.quote());
                    }
                }
            }
        }
        List<String> ids = fs.stream().map(ActionFinding::getActionId).toList();
        String actions = wording.actionsNamed(ids.size(), SwedishFormat.list(ids), source);
        String quote = quotes.get(0);
        String text = DraftBuilder.finish(fill(pick(t.getKey(), t.getValue()), name -> switch (name) {
            case "action" -> a.id();
            case "actions" -> actions;
            case "Actions" -> SwedishFormat.capitalize(actions);
            case "actor" -> SwedishFormat.list(fs.stream().map(f -> f.getAction().actor()).distinct().toList());
            case "quote" -> unquoted(quote);
            case "reach" -> reach(a);
            case "outputs" -> outputs(a);
            case "under" -> a.reportedUnder() == null ? "" : a.reportedUnder();
            default -> "{" + name + "}";
        }));
        return new Draft.ActionSentence(st.id(), text, first.getKind().code(), first.getVariant(), v.code(), ids,
                quotes, first.getRule(), st.getRule(), thresholds(first), t.getKey());
    }

    /**
     * The sammanfattning's sentence on the classification of a Mål's åtgärder that the selection rules put
     * there ("Under målet … har 2 av de 6 åtgärder … inte genomförts (åtgärderna 2.2 och 4.2)"), traced to
     * the selection rule, the weight that chose it and the åtgärder it counts.
     */
    Draft.Statement headline(ActionHeadline h, ActionAssessment a, String title) {
        ActionMerit m = h.getMerit();
        String amount = m.getTotal() == 1 ? "one" : m.getCount() == m.getTotal() ? (m.getTotal() == 2 ? "both" : "all")
                : m.getCount() == 1 ? "single" : "";
        Map.Entry<String, List<String>> t = wording.summarySentence(m.getKind(), m.getVariant(), amount, source);
        if (t == null) {
            throw BedomningException.badRules("The wording file " + wording.file() + " has no sammanfattning sentence"
                    + " for åtgärder of kind " + m.id().substring(m.id().indexOf('.') + 1) + "; nothing was drafted.",
                    List.of(Problem.at(wording.file(), 0, 0, "summary",
                            "add a template \"" + m.getKind().code() + (m.getVariant().isEmpty() ? "" : "." + m.getVariant())
                                    + "\" (rules/selection.drl rule \"" + m.getRule() + "\" weighs it)")));
        }
        List<String> ids = m.getFindings().stream().map(ActionFinding::getActionId).toList();
        String text = DraftBuilder.finish(fill(pick(t.getKey(), t.getValue()), Map.of(
                "title", title, "goal", String.valueOf(m.getGoal()), "count", SwedishFormat.count(m.getCount()),
                "total", SwedishFormat.count(m.getTotal()),
                "actions", wording.actionsNamed(ids.size(), SwedishFormat.list(ids), source))));
        List<Draft.Stated> stated = m.getFindings().stream().map(f -> new Draft.Stated(f.id(), f.getKind().code(),
                f.getVariant(), a.valenceOf(f).code(), null, null, List.of(), List.of(), List.of(f.getActionId())))
                .toList();
        return new Draft.Statement("s." + m.id(), text, h.getRule(), m.getWeightName() + "="
                + m.getWeight().toPlainString() + " '" + m.getRule() + "'", t.getKey(), stated);
    }

    /**
     * The sentence that says a classification heading the sammanfattning under several Mål once (the summary
     * template kind[.variant].across), naming each Mål's åtgärder with the Mål's title: "Tre åtgärder … har inte
     * genomförts: 2.2 (Förebygga återfall), 4.2 (Skydda och stödja) och 7.2 (Systematisk kunskapsutveckling)."
     */
    Draft.Statement headlineGroup(ActionHeadlineGroup g, ActionAssessment a, java.util.function.IntFunction<String> title) {
        ActionMerit first = g.getHeadlines().get(0).getMerit();
        Map.Entry<String, List<String>> t = wording.summarySentence(first.getKind(), first.getVariant(), "across", source);
        String key = first.getKind().code() + (first.getVariant().isEmpty() ? "" : "." + first.getVariant()) + ".across"
                + (source == ActionSource.ACTIVITIES ? Wording.ACTIVITIES : "");
        if (t == null || !t.getKey().equals("summary." + key)) {
            throw BedomningException.badRules("The wording file " + wording.file() + " has no sammanfattning sentence"
                    + " for åtgärder of kind " + key + " under several Mål; nothing was drafted.",
                    List.of(Problem.at(wording.file(), 0, 0, "summary", "add a template \"" + key + "\" (rules/"
                            + "selection.drl rule \"" + g.getRule() + "\" says these Mål's åtgärder in one sentence)")));
        }
        List<String> perGoal = new ArrayList<>();
        List<Draft.Stated> stated = new ArrayList<>();
        for (ActionHeadline h : g.getHeadlines()) {
            ActionMerit m = h.getMerit();
            perGoal.add(SwedishFormat.list(m.getFindings().stream().map(ActionFinding::getActionId).toList()) + " ("
                    + title.apply(m.getGoal()) + ")");
            m.getFindings().forEach(f -> stated.add(new Draft.Stated(f.id(), f.getKind().code(), f.getVariant(),
                    a.valenceOf(f).code(), null, null, List.of(), List.of(), List.of(f.getActionId()))));
        }
        String count = SwedishFormat.count(g.getCount());
        String text = DraftBuilder.finish(fill(pick(t.getKey(), t.getValue()), Map.of(
                "count", count, "Count", SwedishFormat.capitalize(count),
                "byGoal", SwedishFormat.list(perGoal))));
        return new Draft.Statement("s." + first.id(), text, g.getRule(), g.getHeadlines().stream()
                .map(h -> h.getMerit().getWeightName() + "=" + h.getMerit().getWeight().toPlainString() + " '"
                        + h.getMerit().getRule() + "'").distinct().collect(java.util.stream.Collectors.joining("; ")),
                t.getKey(), stated);
    }

    /** Every åtgärd of the Mål with its status, for the underlag. */
    static List<Draft.ActionLine> underlag(List<Action> actions, int goal) {
        List<Draft.ActionLine> out = new ArrayList<>();
        for (Action a : actions) {
            if (a.goal() == goal) {
                String status = a.status().swedish() + (a.status() == ActionStatus.REPORTED_ELSEWHERE
                        && a.reportedUnder() != null ? " (" + a.reportedUnder() + ")" : "")
                        + (a.hasReach() ? ", " + reachInList(a) : "") + (a.hasOutputs() ? ", " + outputs(a) : "");
                out.add(new Draft.ActionLine(a.id(), a.title(), a.actor(), a.status().code(), status, a.statusQuote()));
            }
        }
        return out;
    }

    /** The reach in a status line of the underlag, a list, where the rules of style keep digits: "3 av 6 kommuner". */
    static String reachInList(Action a) {
        return a.reach().count() + " av " + a.reach().of() + " " + noun(a.reach().measure());
    }

    /** The reach in running text: "tre av sex kommuner", "21 av 26 kommuner". */
    static String reach(Action a) {
        return SwedishFormat.countOf(a.reach().count(), a.reach().of(), a.reach().measure() == Measure.ARENDEN) + " "
                + noun(a.reach().measure());
    }

    /** "cirka 350 deltagare, 90 procent nöjda och 6 kommuner". */
    static String outputs(Action a) {
        List<String> parts = new ArrayList<>();
        for (ActionOutput o : a.outputs()) {
            String n = SwedishFormat.number(o.value());
            String p = o.measure().isShare() ? n + " procent nöjda deltagare" : n + " " + noun(o.measure());
            parts.add(o.approximate() ? "cirka " + p : p);
        }
        return SwedishFormat.list(parts);
    }

    private static String noun(Measure m) {
        return m.isShare() ? "procent nöjda" : m.code();
    }

    /** The report's sentence inside ”…”: its own final full stop is left to the template. */
    private static String unquoted(String quote) {
        String q = quote.strip();
        return se.bedomning.render.sv.SwedishFormat.withoutFinalPeriod(q);
    }

    private static List<Draft.ThresholdUse> thresholds(ActionFinding f) {
        return f.getThresholds().stream().map(th -> new Draft.ThresholdUse(th.getName(),
                th.getUnit() == null ? null : th.getUnit().code(),
                th.getBaseKind() == null ? null : th.getBaseKind().code(), th.getDecimal())).toList();
    }

    private String pick(String key, List<String> alternatives) {
        int n = uses.merge(key, 1, Integer::sum) - 1;
        return alternatives.get(n % alternatives.size());
    }

    private static String fill(String template, Map<String, String> vars) {
        return fill(template, name -> vars.getOrDefault(name, "{" + name + "}"));
    }

    private static String fill(String template, Function<String, String> value) {
        return DraftBuilder.fill(template, value);
    }

}
