package se.bedomning.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import se.bedomning.evaluation.Assessment;
import se.bedomning.evaluation.Plan;
import se.bedomning.facts.Action;
import se.bedomning.facts.ActionSource;
import se.bedomning.facts.Demotion;
import se.bedomning.facts.Finding;
import se.bedomning.facts.Merit;
import se.bedomning.facts.Selection;
import se.bedomning.facts.Series;
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
        return Optional.ofNullable(all(d, a, locate).get(id));
    }

    /** An utvecklingsområde: its text, the rule that chose it, what it rests on and its theme. */
    private static Trace area(String title, Draft.Area x, UnaryOperator<String> locate) {
        List<Line> l = new ArrayList<>();
        l.add(new Line("text", x.text()));
        l.add(new Line("rule", "\"" + x.rule() + "\" at " + locate.apply(x.rule())));
        x.basis().forEach(b -> l.add(new Line("rests on", b)));
        // The theme's name and action phrase are its wording (template "themes.<id>").
        l.add(new Line("theme", x.theme() + " — its name and action phrase in " + se.bedomning.io.Themes.FILE));
        return new Trace(title, l);
    }

    /**
     * Every trace of the draft by sentence id, in draft order, built in one pass (the HTML draft shows them
     * all: a national batch has thousands of sentences per region, so nothing here searches per sentence).
     */
    public static Map<String, Trace> all(Draft d, Assessment a, UnaryOperator<String> locate) {
        Layers layers = new Layers(a, locate);
        Map<String, Trace> out = new LinkedHashMap<>();
        for (Draft.Statement x : d.summary().assessment()) {
            out.putIfAbsent(x.id(), statement("Sammanfattning sentence " + x.id(), x, layers));
        }
        for (Draft.Area x : d.summary().developmentAreas()) {
            out.putIfAbsent(x.id(), area("Sammanfattning utvecklingsområde " + x.id(), x, locate));
        }
        for (Draft.Section s : d.sections()) {
            for (Draft.Sentence x : s.sentences()) {
                out.putIfAbsent(x.id(), sentence(s.goal(), x, layers));
            }
            for (Draft.Statement x : s.assessment()) {
                out.putIfAbsent(x.id(), statement("Bedömning sentence " + x.id() + " (Mål " + s.goal() + ")", x, layers));
            }
            for (Draft.ActionSentence x : s.handlingsplan()) {
                out.putIfAbsent(x.id(), action(s.goal(), x, locate, a.facts().actions(), d.actionSource()));
            }
            for (Draft.Area x : s.developmentAreas()) {
                out.putIfAbsent(x.id(), area("Utvecklingsområde " + x.id() + " (Mål " + s.goal() + ")", x, locate));
            }
        }
        return out;
    }

    private static Trace sentence(int goal, Draft.Sentence x, Layers layers) {
        List<Line> l = new ArrayList<>();
        l.add(new Line("text", x.text()));
        l.add(finding(x.kind(), x.variant(), x.valence()));
        l.add(new Line("rule", "\"" + x.rule() + "\" at " + layers.locate.apply(x.rule())));
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
        l.addAll(layers.of(x.id()));
        return new Trace("Sentence " + x.id() + " (Mål " + goal + ")", l);
    }

    private static Trace statement(String heading, Draft.Statement x, Layers layers) {
        List<Line> l = new ArrayList<>();
        l.add(new Line("text", x.text()));
        l.add(new Line("template", x.template() + " in " + Wording.FILE));
        l.add(new Line("rule", x.rule() + " (" + x.because() + ")"));
        for (Draft.Stated f : x.findings()) {
            l.add(new Line("states", f.id() + " (explain --sentence " + f.id() + " for its facts, thresholds and source)"));
            l.addAll(layers.of(f.id()));
        }
        return new Trace(heading, l);
    }

    /**
     * A sentence on the åtgärder (or on the activities filed under their numbers): the åtgärder it speaks of, the
     * report's quotes, rule, thresholds and template.
     */
    private static Trace action(int goal, Draft.ActionSentence x, UnaryOperator<String> locate,
            List<Action> actions, ActionSource source) {
        boolean summary = x.kind().equals("action_summary");
        List<Line> l = new ArrayList<>();
        l.add(new Line("text", x.text()));
        l.add(finding(x.kind(), x.variant(), x.valence()));
        l.add(new Line("rule", summary ? x.rule() : "\"" + x.rule() + "\" at " + locate.apply(x.rule())));
        if (x.chosenBy() != null) {
            l.add(new Line("chosen by", "\"" + x.chosenBy() + "\" at " + locate.apply(x.chosenBy())));
        }
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
        return new Trace("Sentence " + x.id() + " (Mål " + goal + ", " + part(source) + ")", l);
    }

    /**
     * The part of the draft a sentence on the åtgärder is in, named as the draft names it: a trace must not say a
     * sentence on the agency's own activities is about a handlingsplan the report did not follow up.
     */
    private static String part(ActionSource source) {
        return switch (source) {
            case HANDLINGSPLAN -> "handlingsplanen";
            case ACTIVITIES -> "aktiviteterna i rapporten";
        };
    }

    private static Line finding(String kind, String variant, String valence) {
        return new Line("finding", kind + (variant.isEmpty() ? "" : " / " + variant) + ", valence " + valence);
    }

    private static String oneLine(String quote) {
        return quote.replaceAll("\\s+", " ");
    }

    /**
     * Why a finding is in the bedömning, or only in the underlag (rules/selection.drl): the selection plan
     * indexed once by finding, read as {@code Plan}'s own lookups read it (first selection, merits and
     * demotions in plan order, the first other selection on the same series).
     */
    private static final class Layers {
        final UnaryOperator<String> locate;
        final Map<String, Finding> findings = new HashMap<>();
        final Map<Finding, List<Merit>> merits = new HashMap<>();
        final Map<Finding, Selection> selections = new HashMap<>();
        final Map<Finding, Demotion> demotions = new HashMap<>();
        final Map<Series, List<Selection>> onSeries = new HashMap<>();
        final Map<Finding, se.bedomning.facts.Addition> additions = new HashMap<>();

        Layers(Assessment a, UnaryOperator<String> locate) {
            this.locate = locate;
            for (Finding f : a.findings()) {
                findings.putIfAbsent(f.id(), f);
            }
            Plan plan = a.plan();
            for (Merit m : plan.merits()) {
                merits.computeIfAbsent(m.getFinding(), k -> new ArrayList<>()).add(m);
            }
            for (Selection s : plan.selections()) {
                selections.putIfAbsent(s.getFinding(), s);
                onSeries.computeIfAbsent(s.getSeries(), k -> new ArrayList<>()).add(s);
            }
            for (Demotion d : plan.demotions()) {
                demotions.putIfAbsent(d.getFinding(), d);
            }
            for (se.bedomning.facts.Addition d : plan.additions()) {
                additions.putIfAbsent(d.getAdded(), d);
            }
        }

        List<Line> of(String findingId) {
            Finding f = findings.get(findingId);
            if (f == null) {
                return List.of();
            }
            List<Line> l = new ArrayList<>();
            List<Merit> ms = merits.getOrDefault(f, List.of());
            for (Merit m : ms) {
                l.add(new Line("merit", m.getWeightName() + " = " + m.getWeight().toPlainString() + " by \"" + m.getRule()
                        + "\" at " + locate.apply(m.getRule())));
            }
            se.bedomning.facts.Addition added = additions.get(f);
            if (added != null) {
                // Said as a clause of the statement on the same indicator, whatever the caps decided about it alone.
                l.add(new Line("layer", "bedömning — said with a." + added.getStatement().id() + " by \"" + added.getRule()
                        + "\" at " + locate.apply(added.getRule())));
                return l;
            }
            Selection s = selections.get(f);
            if (s == null) {
                if (ms.isEmpty()) {
                    l.add(new Line("layer", "underlag only — no selection rule gives it a merit (neutral, stable, a caveat,"
                            + " a level without a concern, suppressed, or on a stale series)"));
                } else {
                    Selection w = onSeries.getOrDefault(f.getSeries(), List.of()).stream()
                            .filter(x -> !x.getFinding().equals(f)).findFirst().orElse(null);
                    l.add(new Line("layer", "underlag only — the bedömning has one sentence per series and "
                            + (w == null ? "another finding" : w.getKey()) + " weighs more"
                            + (w == null ? "" : " (" + w.getWeight().toPlainString() + ")")));
                }
                return l;
            }
            Demotion d = demotions.get(f);
            if (d != null) {
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
}
