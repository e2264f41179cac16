package se.bedomning.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import se.bedomning.evaluation.Assessment;
import se.bedomning.evaluation.Plan;
import se.bedomning.facts.Action;
import se.bedomning.facts.Demotion;
import se.bedomning.facts.Finding;
import se.bedomning.facts.Merit;
import se.bedomning.facts.Selection;
import se.bedomning.lexicon.Wording;

/**
 * Why a sentence is in the draft: its rule and where it is written, the facts with their quotes, the
 * thresholds, the template, the source, and the layer it is in. One builder for both readers of a trace —
 * {@code explain --sentence} prints it as text, the HTML draft shows it in each sentence's disclosure — so
 * the two can never say different things.
 *
 * <p>Render may not read a rules folder, so where a rule is written comes in as {@code locate} (rule name →
 * {@code rules/trend.drl:42}, or "?").
 */
public record Trace(String heading, List<Line> lines) {

    /** Label width in the text form, so the values line up as explain has always printed them. */
    private static final int LABEL_WIDTH = 12;

    public Trace {
        lines = List.copyOf(lines);
    }

    /** One labelled line: {@code rule}, {@code fact}, {@code threshold}, {@code quote}, {@code layer}, … */
    public record Line(String label, String text) {
    }

    /** The trace as explain prints it: the heading, then one indented, aligned line per entry. */
    public String text() {
        StringBuilder sb = new StringBuilder(heading).append('\n');
        for (Line l : lines) {
            String label = l.label() + ":";
            sb.append("  ").append(label).append(" ".repeat(Math.max(1, LABEL_WIDTH - label.length())))
                    .append(l.text()).append('\n');
        }
        return sb.toString();
    }

    /**
     * The trace of the sentence, bedömning or sammanfattning sentence, handlingsplan sentence or
     * utvecklingsområde with this id, or empty when the draft has none.
     */
    public static Optional<Trace> of(Draft d, Assessment a, UnaryOperator<String> locate, String id) {
        for (Draft.Statement x : d.summary()) {
            if (x.id().equals(id)) {
                return Optional.of(statement("Sammanfattning sentence " + id, x, a, locate));
            }
        }
        for (Draft.Section s : d.sections()) {
            for (Draft.Sentence x : s.sentences()) {
                if (x.id().equals(id)) {
                    return Optional.of(sentence(s.goal(), x, a, locate));
                }
            }
            for (Draft.Statement x : s.assessment()) {
                if (x.id().equals(id)) {
                    return Optional.of(statement("Bedömning sentence " + id + " (Mål " + s.goal() + ")", x, a, locate));
                }
            }
            for (Draft.ActionSentence x : s.handlingsplan()) {
                if (x.id().equals(id)) {
                    return Optional.of(action(s.goal(), x, locate, a.facts().actions()));
                }
            }
            for (Draft.Area x : s.developmentAreas()) {
                if (x.id().equals(id)) {
                    List<Line> l = new ArrayList<>();
                    l.add(new Line("text", x.text()));
                    l.add(new Line("rule", "\"" + x.rule() + "\" at " + locate.apply(x.rule())));
                    x.basis().forEach(b -> l.add(new Line("rests on", b)));
                    l.add(new Line("template", x.template() + " in " + Wording.FILE));
                    return Optional.of(new Trace("Utvecklingsområde " + id + " (Mål " + s.goal() + ")", l));
                }
            }
        }
        return Optional.empty();
    }

    private static Trace sentence(int goal, Draft.Sentence x, Assessment a, UnaryOperator<String> locate) {
        List<Line> l = new ArrayList<>();
        l.add(new Line("text", x.text()));
        l.add(finding(x.kind(), x.variant(), x.valence()));
        l.add(new Line("rule", "\"" + x.rule() + "\" at " + locate.apply(x.rule())));
        for (Draft.Value v : x.values()) {
            l.add(new Line("fact", v.indicator() + '/' + v.group() + ' ' + v.year() + " = " + v.value().toPlainString()
                    + (v.median() == null ? "" : " (median " + v.median().toPlainString() + ")")
                    + (v.quote().isEmpty() ? "" : "  «" + oneLine(v.quote()) + "»")));
        }
        for (Draft.ThresholdUse t : x.thresholds()) {
            l.add(new Line("threshold", t.name()
                    + (t.unit() == null ? "" : "[" + t.unit() + (t.baseKind() == null ? "" : "/" + t.baseKind()) + "]")
                    + " = " + t.value().toPlainString()));
        }
        l.add(new Line("template", "sentences." + x.template() + " in " + Wording.FILE));
        l.add(new Line("source", x.source()));
        l.addAll(layer(a, locate, x.id()));
        return new Trace("Sentence " + x.id() + " (Mål " + goal + ")", l);
    }

    private static Trace statement(String heading, Draft.Statement x, Assessment a, UnaryOperator<String> locate) {
        List<Line> l = new ArrayList<>();
        l.add(new Line("text", x.text()));
        l.add(new Line("template", x.template() + " in " + Wording.FILE));
        for (Draft.Stated f : x.findings()) {
            l.add(new Line("states", f.id() + " (explain --sentence " + f.id() + " for its facts, thresholds and source)"));
            l.addAll(layer(a, locate, f.id()));
        }
        return new Trace(heading, l);
    }

    /** A handlingsplan sentence: the åtgärder it speaks of, the report's quotes, rule, thresholds and template. */
    private static Trace action(int goal, Draft.ActionSentence x, UnaryOperator<String> locate,
            List<Action> actions) {
        boolean summary = x.kind().equals("action_summary");
        List<Line> l = new ArrayList<>();
        l.add(new Line("text", x.text()));
        l.add(finding(x.kind(), x.variant(), x.valence()));
        l.add(new Line("rule", summary ? x.rule() : "\"" + x.rule() + "\" at " + locate.apply(x.rule())));
        l.add(new Line("åtgärder", String.join(", ", x.actions())));
        for (Action a : actions) {
            if (x.actions().contains(a.id())) {
                l.add(new Line("status", a.id() + ' ' + a.status().code() + " (" + a.status().swedish() + "), "
                        + a.actor() + " — explain --action " + a.id()));
            }
        }
        for (String q : x.quotes()) {
            l.add(new Line("quote", "«" + oneLine(q) + "»"));
        }
        for (Draft.ThresholdUse t : x.thresholds()) {
            l.add(new Line("threshold", t.name() + " = " + t.value().toPlainString()));
        }
        if (x.thresholds().isEmpty()) {
            l.add(new Line("threshold", "none — " + (summary ? "counted from the findings" : "the status alone decides")));
        }
        l.add(new Line("template", (summary ? "document." : "sentences.") + x.template() + " in " + Wording.FILE));
        return new Trace("Sentence " + x.id() + " (Mål " + goal + ", handlingsplanen)", l);
    }

    private static Line finding(String kind, String variant, String valence) {
        return new Line("finding", kind + (variant.isEmpty() ? "" : " / " + variant) + ", valence " + valence);
    }

    private static String oneLine(String quote) {
        return quote.replaceAll("\\s+", " ");
    }

    /** Why a finding is in the bedömning, or only in the underlag (rules/selection.drl). */
    static List<Line> layer(Assessment a, UnaryOperator<String> locate, String findingId) {
        Finding f = a.findings().stream().filter(x -> x.id().equals(findingId)).findFirst().orElse(null);
        if (f == null) {
            return List.of();
        }
        Plan plan = a.plan();
        List<Line> l = new ArrayList<>();
        for (Merit m : plan.meritsOf(f)) {
            l.add(new Line("merit", m.getWeightName() + " = " + m.getWeight().toPlainString() + " by \"" + m.getRule()
                    + "\" at " + locate.apply(m.getRule())));
        }
        Selection s = plan.selectionOf(f);
        if (s == null) {
            if (plan.meritsOf(f).isEmpty()) {
                l.add(new Line("layer", "underlag only — no selection rule gives it a merit (neutral, stable, a caveat,"
                        + " a level without a concern, suppressed, or on a stale series)"));
            } else {
                Selection w = plan.winnerOnSeries(f);
                l.add(new Line("layer", "underlag only — the bedömning has one sentence per series and "
                        + (w == null ? "another finding" : w.getKey()) + " weighs more"
                        + (w == null ? "" : " (" + w.getWeight().toPlainString() + ")")));
            }
            return l;
        }
        if (!plan.demotionsOf(f).isEmpty()) {
            Demotion d = plan.demotionsOf(f).get(0);
            l.add(new Line("layer", "underlag only — selected (weight " + s.getWeight().toPlainString()
                    + ") but demoted by \"" + d.getRule() + "\" at " + locate.apply(d.getRule())
                    + ": heavier selections fill " + d.getThreshold()));
            return l;
        }
        l.add(new Line("layer", "bedömning — selected by \"" + s.getRule() + "\" at " + locate.apply(s.getRule())
                + " with weight " + s.getWeight().toPlainString() + " (" + s.getMerit().getWeightName()
                + "); its sentence there is a." + f.id()));
        return l;
    }
}
