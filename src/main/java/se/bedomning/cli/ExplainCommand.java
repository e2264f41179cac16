package se.bedomning.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.bedomning.facts.Finding;
import se.bedomning.facts.Point;
import se.bedomning.facts.Series;
import se.bedomning.facts.Suppression;
import se.bedomning.facts.Threshold;
import se.bedomning.lexicon.Wording;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.ExitCode;
import se.bedomning.problem.Problem;
import se.bedomning.render.Draft;
import se.bedomning.rules.NearMiss;
import se.bedomning.rules.RuleSet;
import se.bedomning.rules.RuleSources;

/**
 * {@code bedomning explain}: why a sentence is in the draft, or — for an indicator — every finding
 * and the thresholds its numbers came close to, so a reviewer sees why a conclusion is absent.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain a sentence (rule, facts, thresholds, template), an indicator (all findings and near misses)"
                + " or an åtgärd (status, quotes, rule, thresholds, selection).")
public final class ExplainCommand extends DataCommand implements Callable<Integer> {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--sentence", paramLabel = "ID", description = "A sentence or utvecklingsområde id from the JSON draft.")
        String sentence;

        @Option(names = "--indicator", paramLabel = "ID", description = "An indicator id.")
        String indicator;

        @Option(names = "--action", paramLabel = "ID", description = "An åtgärd of the handlingsplan, like 2.2.")
        String action;
    }


    @Override
    public Integer call() {
        RuleSet set = loadRules();
        Pipeline.Result r = Pipeline.run(set, dataFile());
        RuleSources sources = RuleSources.of(rulesFolder());
        PrintWriter out = out();
        out.print(target.sentence != null ? ActionExplanation.summary(r, sources, set.thresholds(), target.sentence)
                        .orElseGet(() -> sentence(r, sources, target.sentence))
                : target.action != null ? ActionExplanation.action(r, sources, set.thresholds(), target.action)
                : indicator(set, r, sources, target.indicator));
        out.flush();
        return ExitCode.OK.code();
    }

    /** A handlingsplan sentence: the åtgärder it speaks of, the report's quotes, rule, thresholds and template. */
    private static String actionSentence(int goal, Draft.ActionSentence x, RuleSources sources,
            List<se.bedomning.facts.Action> actions) {
        StringBuilder sb = new StringBuilder();
        boolean summary = x.kind().equals("action_summary");
        sb.append("Sentence ").append(x.id()).append(" (Mål ").append(goal).append(", handlingsplanen)\n");
        sb.append("  text:       ").append(x.text()).append('\n');
        sb.append("  finding:    ").append(x.kind()).append(x.variant().isEmpty() ? "" : " / " + x.variant())
                .append(", valence ").append(x.valence()).append('\n');
        sb.append("  rule:       ").append(summary ? x.rule() : "\"" + x.rule() + "\" at " + sources.locate(x.rule()))
                .append('\n');
        sb.append("  åtgärder:   ").append(String.join(", ", x.actions())).append('\n');
        for (se.bedomning.facts.Action a : actions) {
            if (x.actions().contains(a.id())) {
                sb.append("  status:     ").append(a.id()).append(' ').append(a.status().code()).append(" (")
                        .append(a.status().swedish()).append("), ").append(a.actor())
                        .append(" — explain --action ").append(a.id()).append('\n');
            }
        }
        for (String q : x.quotes()) {
            sb.append("  quote:      «").append(q.replaceAll("\\s+", " ")).append("»\n");
        }
        for (Draft.ThresholdUse t : x.thresholds()) {
            sb.append("  threshold:  ").append(t.name()).append(" = ").append(t.value().toPlainString()).append('\n');
        }
        if (x.thresholds().isEmpty()) {
            sb.append("  threshold:  none — ").append(summary ? "counted from the findings" : "the status alone decides")
                    .append('\n');
        }
        sb.append("  template:   ").append(summary ? "document." : "sentences.").append(x.template())
                .append(" in wording/sv.json\n");
        return sb.toString();
    }

    static String sentence(Pipeline.Result r, RuleSources sources, String id) {
        StringBuilder sb = new StringBuilder();
        for (Draft.Section s : r.draft().sections()) {
            for (Draft.Sentence x : s.sentences()) {
                if (x.id().equals(id)) {
                    sb.append("Sentence ").append(id).append(" (Mål ").append(s.goal()).append(")\n");
                    sb.append("  text:       ").append(x.text()).append('\n');
                    sb.append("  finding:    ").append(x.kind()).append(x.variant().isEmpty() ? "" : " / " + x.variant())
                            .append(", valence ").append(x.valence()).append('\n');
                    sb.append("  rule:       \"").append(x.rule()).append("\" at ").append(sources.locate(x.rule())).append('\n');
                    for (Draft.Value v : x.values()) {
                        sb.append("  fact:       ").append(v.indicator()).append('/').append(v.group()).append(' ')
                                .append(v.year()).append(" = ").append(v.value().toPlainString())
                                .append(v.median() == null ? "" : " (median " + v.median().toPlainString() + ")")
                                .append(v.quote().isEmpty() ? "" : "  «" + v.quote().replaceAll("\\s+", " ") + "»").append('\n');
                    }
                    for (Draft.ThresholdUse t : x.thresholds()) {
                        sb.append("  threshold:  ").append(t.name())
                                .append(t.unit() == null ? "" : "[" + t.unit() + (t.baseKind() == null ? "" : "/" + t.baseKind()) + "]")
                                .append(" = ").append(t.value().toPlainString()).append('\n');
                    }
                    sb.append("  template:   sentences.").append(x.template()).append(" in ").append(Wording.FILE).append('\n');
                    sb.append("  source:     ").append(x.source()).append('\n');
                    sb.append(LayerExplanation.of(r.assessment(), sources, x.id()));
                    return sb.toString();
                }
            }
            for (Draft.Statement x : s.assessment()) {
                if (x.id().equals(id)) {
                    sb.append("Bedömning sentence ").append(id).append(" (Mål ").append(s.goal()).append(")\n");
                    sb.append("  text:       ").append(x.text()).append('\n');
                    sb.append("  template:   ").append(x.template()).append(" in wording/sv.json\n");
                    sb.append("  rule:       ").append(x.rule()).append(" (").append(x.because()).append(")\n");
                    for (Draft.Stated f : x.findings()) {
                        sb.append("  states:     ").append(f.id()).append(" (explain --sentence ").append(f.id())
                                .append(" for its facts, thresholds and source)\n");
                        sb.append(LayerExplanation.of(r.assessment(), sources, f.id()));
                    }
                    return sb.toString();
                }
            }
            for (Draft.ActionSentence x : s.handlingsplan()) {
                if (x.id().equals(id)) {
                    return actionSentence(s.goal(), x, sources, r.assessment().facts().actions());
                }
            }
            for (Draft.Area a : s.developmentAreas()) {
                if (a.id().equals(id)) {
                    sb.append("Utvecklingsområde ").append(id).append(" (Mål ").append(s.goal()).append(")\n");
                    sb.append("  text:       ").append(a.text()).append('\n');
                    sb.append("  rule:       \"").append(a.rule()).append("\" at ").append(sources.locate(a.rule())).append('\n');
                    a.basis().forEach(b -> sb.append("  rests on:   ").append(b).append('\n'));
                    sb.append("  template:   ").append(a.template()).append(" in ").append(Wording.FILE).append('\n');
                    return sb.toString();
                }
            }
        }
        throw new BedomningException(ExitCode.BAD_INPUT, "Nothing to explain.", List.of(Problem.at("--sentence", 0, 0,
                "", "\"" + id + "\" is not a sentence or utvecklingsområde id of this draft; ids are in `draft --format json`")));
    }

    static String indicator(RuleSet set, Pipeline.Result r, RuleSources sources, String id) {
        List<Series> series = r.assessment().series().stream().filter(s -> s.getIndicatorId().equals(id)).toList();
        if (series.isEmpty()) {
            throw new BedomningException(ExitCode.BAD_INPUT, "Nothing to explain.", List.of(Problem.at("--indicator", 0,
                    0, "", "\"" + id + "\" has no series in this fact file")));
        }
        StringBuilder sb = new StringBuilder("Indicator ").append(id).append(" — ")
                .append(series.get(0).getIndicator().name()).append('\n')
                .append("Each threshold below is compared with this series' numbers; whether its rule applies also\n")
                .append("depends on the rule's other conditions (unit, base kind, polarity), see the rule file.\n");
        for (Series s : series) {
            sb.append("\n").append(s.getKey()).append(" (").append(s.getUnit().code()).append(", ")
                    .append(s.getPolarity().code()).append(s.getBaseKind() == null ? "" : ", base " + s.getBaseKind().code())
                    .append("): ");
            for (Point p : s.getData().points()) {
                sb.append(p.year()).append(' ').append(p.value().toPlainString()).append("  ");
            }
            sb.append('\n');
            List<Finding> findings = r.assessment().findings().stream()
                    .filter(f -> f.getSeries() == s || f.getOther() == s).toList();
            if (findings.isEmpty()) {
                sb.append("  no findings\n");
            }
            for (Finding f : findings) {
                List<Suppression> unsaid = r.assessment().suppressionsOf(f);
                sb.append("  finding     ").append(f.id()).append("  by \"").append(f.getRule()).append("\" (")
                        .append(sources.locate(f.getRule())).append(")")
                        .append(unsaid.isEmpty() ? "" : "  — unsaid: " + unsaid.get(0).getRule()).append('\n');
            }
            for (Threshold t : set.thresholds().all()) {
                if (NearMiss.appliesTo(t, s, set.thresholds().all())) {
                    for (String field : t.getCompares()) {
                        sb.append(NearMiss.compare(s, t, field, NearMiss.nearMiss(set.thresholds(), t)));
                    }
                }
            }
        }
        return sb.toString();
    }
}
