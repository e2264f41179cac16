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
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.ExitCode;
import se.bedomning.problem.Problem;
import se.bedomning.render.Trace;
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

        @Option(names = "--action", paramLabel = "ID",
                description = "An åtgärd by its number, like 2.2 (for a report of activities: the number it is filed under).")
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

    /** The sentence's trace as text; the HTML draft shows the same {@link Trace} in each sentence's disclosure. */
    static String sentence(Pipeline.Result r, RuleSources sources, String id) {
        return Trace.of(r.draft(), r.assessment(), sources::locate, id).map(Trace::text)
                .orElseThrow(() -> new BedomningException(ExitCode.BAD_INPUT, "Nothing to explain.", List.of(Problem.at(
                        "--sentence", 0, 0, "", "\"" + id + "\" is not a sentence or utvecklingsområde id of this draft;"
                                + " ids are in `draft --format json`"))));
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
