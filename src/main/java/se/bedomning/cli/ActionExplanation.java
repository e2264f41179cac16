package se.bedomning.cli;

import java.util.List;
import java.util.Optional;
import se.bedomning.evaluation.ActionAssessment;
import se.bedomning.facts.Action;
import se.bedomning.facts.ActionFinding;
import se.bedomning.facts.ActionHeadline;
import se.bedomning.facts.ActionMerit;
import se.bedomning.facts.ActionOutput;
import se.bedomning.facts.Threshold;
import se.bedomning.io.Thresholds;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.ExitCode;
import se.bedomning.problem.Problem;
import se.bedomning.render.Draft;
import se.bedomning.rules.RuleSources;

/**
 * {@code explain --action ID} and the sammanfattning's sentences on åtgärder: an åtgärd with its status
 * and the quotes it came from, what the rules concluded of it (rule, thresholds, valence), the
 * utvecklingsområden resting on it, the sentences that say it, and whether the selection rules put its
 * classification in the sammanfattning, and why.
 */
final class ActionExplanation {

    private ActionExplanation() {
    }

    static String action(Pipeline.Result r, RuleSources sources, Thresholds thresholds, String id) {
        Action a = r.assessment().facts().actions().stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new BedomningException(ExitCode.BAD_INPUT, "Nothing to explain.", List.of(Problem.at(
                        "--action", 0, 0, "", "\"" + id + "\" is not an åtgärd of this fact file; its åtgärder are "
                                + String.join(", ", r.assessment().facts().actions().stream().map(Action::id).toList())))));
        ActionAssessment aa = r.assessment().actions();
        StringBuilder sb = new StringBuilder();
        sb.append("Åtgärd ").append(a.id()).append(" (Mål ").append(a.goal()).append("): ").append(a.title()).append('\n');
        sb.append("  actor:      ").append(a.actor()).append('\n');
        status(sb, a);
        for (ActionOutput o : a.outputs()) {
            sb.append("  output:     ").append(o.approximate() ? "cirka " : "").append(o.value().toPlainString())
                    .append(' ').append(o.measure().code()).append("  «").append(flat(o.quote())).append("»\n");
        }
        if (a.hasReach()) {
            sb.append("  reach:      ").append(a.reach().count()).append(" av ").append(a.reach().of()).append(' ')
                    .append(a.reach().measure().code()).append("  «").append(flat(a.reach().quote())).append("»\n");
        }
        List<ActionFinding> findings = aa.findings().stream().filter(f -> f.getActionId().equals(id)).toList();
        if (findings.isEmpty()) {
            sb.append("  finding:    none — no rule of rules/actions.drl classifies status ").append(a.status().code())
                    .append(" with these outputs and reach\n");
        }
        for (ActionFinding f : findings) {
            sb.append("  finding:    ").append(f.id()).append(" by \"").append(f.getRule()).append("\" at ")
                    .append(sources.locate(f.getRule())).append(", valence ").append(aa.valenceOf(f).code()).append('\n');
            for (Threshold t : f.getThresholds()) {
                sb.append("  threshold:  ").append(t.key()).append(" = ").append(t.getDecimal().toPlainString())
                        .append(t.getName().equals("actions.fullReach") && a.hasReach()
                                ? " (reach " + trim(a.reachPercent()) + " procent)" : "")
                        .append(t.getName().equals("actions.minOutputs") ? " (outputs " + a.outputCount() + ")" : "")
                        .append('\n');
            }
            if (f.getThresholds().isEmpty()) {
                sb.append("  threshold:  none — the status alone decides\n");
            }
        }
        for (Draft.Section s : r.draft().sections()) {
            for (Draft.ActionSentence x : s.handlingsplan()) {
                if (x.actions().contains(id)) {
                    sb.append("  sentence:   ").append(x.id()).append(": ").append(x.text()).append('\n');
                }
            }
        }
        for (se.bedomning.facts.ActionUnsaid u : aa.unsaid()) {
            if (u.getFinding().getActionId().equals(id)) {
                sb.append("  unsaid:     ").append(u.getFinding().id()).append(" (").append(u.getBecause())
                        .append(") by \"").append(u.getRule()).append("\" at ").append(sources.locate(u.getRule()))
                        .append(" — only the underlag's status line says it\n");
            }
        }
        for (se.bedomning.facts.DevelopmentArea d : r.assessment().developmentAreas()) {
            if (d.getActions().stream().anyMatch(f -> f.getActionId().equals(id))) {
                sb.append("  rests on:   utvecklingsområde ").append(d.id()).append(" by \"").append(d.getRule())
                        .append("\" at ").append(sources.locate(d.getRule())).append('\n');
            }
        }
        selection(sb, aa, sources, thresholds, aa.meritsOf(id));
        return sb.toString();
    }

    /** A sammanfattning sentence on a classification of a Mål's åtgärder ("s.m2.action_not_carried_out"). */
    static Optional<String> summary(Pipeline.Result r, RuleSources sources, Thresholds thresholds, String id) {
        for (Draft.Statement x : r.draft().summary().assessment()) {
            if (x.id().equals(id) && !x.findings().isEmpty() && !x.findings().get(0).actions().isEmpty()) {
                ActionAssessment aa = r.assessment().actions();
                StringBuilder sb = new StringBuilder("Sammanfattning sentence ").append(id).append('\n');
                sb.append("  text:       ").append(x.text()).append('\n');
                sb.append("  rule:       \"").append(x.rule()).append("\" at ").append(sources.locate(x.rule())).append('\n');
                sb.append("  because:    ").append(x.because()).append('\n');
                sb.append("  template:   ").append(x.template()).append(" in wording/sv.json\n");
                for (Draft.Stated f : x.findings()) {
                    for (String actionId : f.actions()) {
                        Action a = r.assessment().facts().actions().stream().filter(y -> y.id().equals(actionId))
                                .findFirst().orElseThrow();
                        sb.append("  åtgärd:     ").append(actionId).append(" — ").append(f.id()).append(" (explain --action ")
                                .append(actionId).append(" for all of it)\n");
                        status(sb, a);
                    }
                }
                aa.headlines().stream().filter(h -> ("s." + h.getMerit().id()).equals(id)).findFirst()
                        .ifPresent(h -> selection(sb, aa, sources, thresholds, aa.groupOf(h)
                                .map(g -> g.getHeadlines().stream().map(ActionHeadline::getMerit).toList())
                                .orElse(List.of(h.getMerit()))));
                return Optional.of(sb.toString());
            }
        }
        return Optional.empty();
    }

    private static void status(StringBuilder sb, Action a) {
        sb.append("  status:     ").append(a.status().code()).append(" (").append(a.status().swedish()).append(")")
                .append(a.reportedUnder() == null ? "" : " under åtgärd " + a.reportedUnder())
                .append("  «").append(flat(a.statusQuote())).append("»\n");
    }

    /** Each weighed classification the åtgärd is part of, and whether it heads the sammanfattning. */
    private static void selection(StringBuilder sb, ActionAssessment aa, RuleSources sources, Thresholds thresholds,
            List<ActionMerit> merits) {
        if (merits.isEmpty()) {
            sb.append("  selection:  no selection rule weighs this classification for the sammanfattning\n");
        }
        Threshold min = thresholds.require("summary.minWeight");
        for (ActionMerit m : merits) {
            sb.append("  selection:  ").append(m.id()).append(" (").append(m.getCount()).append(" of ")
                    .append(m.getTotal()).append(" åtgärder) ").append(m.getWeightName()).append(" = ")
                    .append(m.getWeight().toPlainString()).append(" by \"").append(m.getRule()).append("\" at ")
                    .append(sources.locate(m.getRule())).append('\n');
            Optional<ActionHeadline> h = aa.headlines().stream().filter(x -> x.getMerit().equals(m)).findFirst();
            if (h.isPresent()) {
                sb.append("  layer:      in the sammanfattning as s.").append(m.id()).append(" by \"")
                        .append(h.get().getRule()).append("\" at ").append(sources.locate(h.get().getRule()))
                        .append(" (").append(min.key()).append(" = ").append(min.getDecimal().toPlainString()).append(")\n");
                aa.groupOf(h.get()).ifPresent(g -> sb.append("  layer:      said in one sentence with the same"
                        + " classification under Mål ").append(g.getHeadlines().stream().map(x -> String.valueOf(x.getGoal()))
                        .collect(java.util.stream.Collectors.joining(", "))).append(", as s.")
                        .append(g.getHeadlines().get(0).getMerit().id()).append(" by \"").append(g.getRule())
                        .append("\" at ").append(sources.locate(g.getRule())).append('\n'));
            } else if (m.getWeight().compareTo(min.getDecimal()) < 0) {
                sb.append("  layer:      not in the sammanfattning: weight ").append(m.getWeight().toPlainString())
                        .append(" is below ").append(min.key()).append(" = ").append(min.getDecimal().toPlainString())
                        .append('\n');
            } else {
                aa.headlineOf(m.getGoal()).ifPresent(x -> sb.append("  layer:      not in the sammanfattning: ")
                        .append(x.getMerit().id()).append(" (").append(x.getMerit().getWeightName()).append(" = ")
                        .append(x.getMerit().getWeight().toPlainString()).append(") outranks it in Mål ")
                        .append(m.getGoal()).append('\n'));
            }
        }
    }

    private static String flat(String quote) {
        return quote.replaceAll("\\s+", " ");
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(java.util.Locale.ROOT, "%.1f", d);
    }
}
