package se.bedomning.cli;

import se.bedomning.evaluation.Assessment;
import se.bedomning.evaluation.Plan;
import se.bedomning.facts.Demotion;
import se.bedomning.facts.Finding;
import se.bedomning.facts.Merit;
import se.bedomning.facts.Selection;
import se.bedomning.rules.RuleSources;

/** For explain: why a finding is in the bedömning, or only in the underlag (rules/selection.drl). */
final class LayerExplanation {

    private LayerExplanation() {
    }

    static String of(Assessment a, RuleSources sources, String findingId) {
        Finding f = a.findings().stream().filter(x -> x.id().equals(findingId)).findFirst().orElse(null);
        if (f == null) {
            return "";
        }
        Plan plan = a.plan();
        StringBuilder sb = new StringBuilder();
        for (Merit m : plan.meritsOf(f)) {
            sb.append("  merit:      ").append(m.getWeightName()).append(" = ").append(m.getWeight().toPlainString())
                    .append(" by \"").append(m.getRule()).append("\" at ").append(sources.locate(m.getRule())).append('\n');
        }
        Selection s = plan.selectionOf(f);
        if (s == null) {
            if (plan.meritsOf(f).isEmpty()) {
                sb.append("  layer:      underlag only — no selection rule gives it a merit (neutral, stable, a caveat,"
                        + " a level without a concern, suppressed, or on a stale series)\n");
            } else {
                Selection w = plan.winnerOnSeries(f);
                sb.append("  layer:      underlag only — the bedömning has one sentence per series and ")
                        .append(w == null ? "another finding" : w.getKey()).append(" weighs more")
                        .append(w == null ? "" : " (" + w.getWeight().toPlainString() + ")").append('\n');
            }
            return sb.toString();
        }
        if (!plan.demotionsOf(f).isEmpty()) {
            Demotion d = plan.demotionsOf(f).get(0);
            sb.append("  layer:      underlag only — selected (weight ").append(s.getWeight().toPlainString())
                    .append(") but demoted by \"").append(d.getRule()).append("\" at ").append(sources.locate(d.getRule()))
                    .append(": heavier selections fill ").append(d.getThreshold()).append('\n');
            return sb.toString();
        }
        sb.append("  layer:      bedömning — selected by \"").append(s.getRule()).append("\" at ")
                .append(sources.locate(s.getRule())).append(" with weight ").append(s.getWeight().toPlainString())
                .append(" (").append(s.getMerit().getWeightName()).append("); its sentence there is a.").append(f.id())
                .append('\n');
        return sb.toString();
    }
}
