package se.bedomning.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.bedomning.cli.Pipeline;
import se.bedomning.cli.RulesCommand;
import se.bedomning.evaluation.Assessment;
import se.bedomning.evaluation.Engine;
import se.bedomning.evaluation.Evaluator;
import se.bedomning.facts.FactSet;
import se.bedomning.io.InputFiles;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.ExitCode;
import se.bedomning.problem.Problem;
import se.bedomning.rules.RuleSet;

/**
 * {@code bench firing}: the rules against the plain-Java baseline in a warm JVM, the way JMH measures a
 * throughput ratio: warm-up passes first (JIT, Drools' constraint jitting), then timed passes over every
 * region, rotating which side goes first. A batch run mixes in JVM warm-up and threads sharing the cores;
 * this isolates what the rule engine itself costs. The baseline mirrors the classification layer only,
 * so the ratio that has a target (≤ 2) is the classification rules' against it; the whole rules' time
 * is shown beside it, and the decision layers are held by the national batch's time budget instead.
 */
@Command(name = "firing", mixinStandardHelpOptions = true,
        description = "Time the rules against the plain-Java baseline over every fact file in --data-dir, in a"
                + " warm JVM; prints medians (min–max) and checks line for line that both find the same,"
                + " naming each region where they differ.")
public final class FiringCommand extends RulesCommand implements Callable<Integer> {

    @Option(names = "--data-dir", required = true, paramLabel = "DIR")
    Path dataDir;

    @Option(names = "--runs", description = "Timed passes over all regions. Default: ${DEFAULT-VALUE}")
    int runs = 10;

    @Option(names = "--warmup", description = "Untimed passes first. Default: ${DEFAULT-VALUE}")
    int warmup = 3;

    @Override
    public Integer call() throws IOException {
        atLeast("--runs", runs, 1);
        atLeast("--warmup", warmup, 0);
        RuleSet set = loadRules();
        List<Path> files = InputFiles.factFiles(dataDir);
        if (files.isEmpty()) {
            throw new BedomningException(ExitCode.BAD_INPUT, "Nothing to measure.",
                    List.of(Problem.at(dataDir.toString(), 0, 0, "--data-dir",
                            "holds no fact files (*.json); `bedomning bench generate --out-dir DIR` writes some")));
        }
        List<FactSet> regions = new ArrayList<>();
        for (Path f : files) {
            regions.add(Pipeline.read(set, f));
        }
        Engine whole = new Evaluator(set);
        Engine classification = new Evaluator(ClassificationLayer.load(rulesFolder()));
        Engine baseline = new JavaBaseline(set);
        int differ = 0;
        long findings = 0;
        long series = 0;
        for (FactSet r : regions) {
            Assessment a = whole.assess(r);
            findings += a.findings().size();
            series += a.series().size();
            String d = Comparison.differences(r.file(), a, baseline.assess(r));
            if (d != null) {
                differ++;
                err().println(d);
            }
        }
        List<Engine> engines = List.of(whole, classification, baseline);
        List<List<Double>> ms = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<Double> metricsMs = new ArrayList<>();
        for (int pass = 0; pass < warmup + runs; pass++) {
            double m = Timings.once(() -> regions.forEach(r -> Evaluator.series(set, r)));
            double[] t = new double[engines.size()];
            // Each engine goes first in turn, so none always runs on the others' garbage.
            for (int k = 0; k < engines.size(); k++) {
                int i = (pass + k) % engines.size();
                Engine e = engines.get(i);
                t[i] = Timings.once(() -> regions.forEach(e::assess));
            }
            if (pass >= warmup) {
                for (int i = 0; i < t.length; i++) {
                    ms.get(i).add(t[i]);
                }
                metricsMs.add(m);
            }
        }
        double rules = Timings.median(ms.get(0));
        double classifying = Timings.median(ms.get(1));
        double java = Timings.median(ms.get(2));
        double metrics = Timings.median(metricsMs);
        PrintWriter out = out();
        out.printf(Locale.ROOT, "%d regions, %d series, %d findings per pass; %d warm-up and %d timed passes%n",
                regions.size(), series, findings, warmup, runs);
        out.println(Timings.line("rules (Drools), all layers", ms.get(0)));
        out.println(Timings.line("rules, classification layer", ms.get(1)));
        out.println(Timings.line("plain-Java baseline (findings)", ms.get(2)));
        out.println(Timings.line("series metrics (all share)", metricsMs));
        out.printf(Locale.ROOT, "classification rules / baseline: %.2f whole; %.2f without the shared series metrics"
                + " (target: at most 2)%n", classifying / java, (classifying - metrics) / Math.max(1e-9, java - metrics));
        out.printf(Locale.ROOT, "all rules / baseline: %.2f (the decision layers are not mirrored; the national batch's"
                + " time budget holds them)%n", rules / java);
        out.printf("identical findings: %s%n", differ == 0 ? "yes (" + regions.size() + " regions)"
                : "NO (" + differ + " of " + regions.size() + " regions differ; see above)");
        out.flush();
        return differ == 0 ? ExitCode.OK.code() : ExitCode.DIFFERENCES.code();
    }
}
