package se.bedomning.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.bedomning.cli.BatchCommand;
import se.bedomning.cli.DataOption;
import se.bedomning.cli.Pipeline;
import se.bedomning.cli.RulesOption;
import se.bedomning.cli.Watcher;
import se.bedomning.evaluation.Evaluator;
import se.bedomning.facts.FactSet;
import se.bedomning.io.Definitions;
import se.bedomning.io.InputFiles;
import se.bedomning.io.Folders;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.ExitCode;
import se.bedomning.problem.Problem;
import se.bedomning.rules.CompiledRulesCache;
import se.bedomning.rules.RuleLoader;
import se.bedomning.rules.RuleSet;

/**
 * {@code bedomning bench}: in-process timings (rule-base build, one draft) as medians with min–max.
 * Whole-process times come from {@code scripts/bench.sh}, which starts a fresh JVM per run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure rule-base build time and draft time inside one JVM; prints median (min–max) in ms.",
        subcommands = {BenchCommand.Generate.class, BenchCommand.Firing.class})
public final class BenchCommand implements Callable<Integer> {

    /** {@code bench generate}: writes the generated national data set used by the batch benchmark. */
    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Write a generated data set: one fact file per region (default: the size of the country).")
    static final class Generate implements Callable<Integer> {
        @Option(names = "--out-dir", required = true, paramLabel = "DIR")
        Path outDir;

        @Option(names = "--regions", description = "Default: ${DEFAULT-VALUE} (kommuner and län)")
        int regions = 311;

        @Option(names = "--series", description = "Series per region. Default: ${DEFAULT-VALUE}")
        int series = 300;

        @Option(names = "--years", description = "Default: ${DEFAULT-VALUE}")
        int years = 6;

        @CommandLine.Mixin
        RulesOption rulesOption = new RulesOption();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            atLeast(spec, "--regions", regions, 1);
            atLeast(spec, "--series", series, 1);
            atLeast(spec, "--years", years, 1);
            try {
                return write();
            } catch (IOException e) {
                throw new BedomningException(ExitCode.BAD_INPUT, "The data set was not written.",
                        List.of(Problem.at(outDir.toString(), 0, 0, "--out-dir",
                                "cannot be written (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                                        + "); pass a folder you can write to")));
            }
        }

        private Integer write() throws IOException {
            var catalog = Definitions.readCatalog(rulesOption.rules.resolve(RuleLoader.CATALOG),
                    rulesOption.rules.resolve(RuleLoader.CATALOG).toString());
            List<Path> files = NationalData.write(outDir, catalog, regions, series, years);
            spec.commandLine().getErr().println("wrote " + files.size() + " fact files to " + outDir);
            return ExitCode.OK.code();
        }
    }

    /**
     * {@code bench firing}: rules against the plain-Java baseline in a warm JVM, the way JMH measures a
     * throughput ratio: warm-up passes first (JIT, Drools' constraint jitting), then timed passes over
     * every region, alternating which side goes first. A batch run mixes in JVM warm-up and two threads
     * sharing two cores; this isolates what the rule engine itself costs.
     */
    @Command(name = "firing", mixinStandardHelpOptions = true,
            description = "Time the rules against the plain-Java baseline over every fact file in --data-dir, in a"
                    + " warm JVM; prints medians (min–max) and checks that both conclude the same.")
    static final class Firing implements Callable<Integer> {
        @Option(names = "--data-dir", required = true, paramLabel = "DIR")
        Path dataDir;

        @Option(names = "--runs", description = "Timed passes over all regions. Default: ${DEFAULT-VALUE}")
        int runs = 10;

        @Option(names = "--warmup", description = "Untimed passes first. Default: ${DEFAULT-VALUE}")
        int warmup = 3;

        @CommandLine.Mixin
        RulesOption rulesOption = new RulesOption();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            atLeast(spec, "--runs", runs, 1);
            atLeast(spec, "--warmup", warmup, 0);
            PrintWriter out = spec.commandLine().getOut();
            RuleSet set = RuleLoader.load(rulesOption.rules);
            List<FactSet> regions = new ArrayList<>();
            List<Path> files = BatchCommand.factFiles(dataDir);
            if (files.isEmpty()) {
                throw new BedomningException(ExitCode.BAD_INPUT, "Nothing to measure.",
                        List.of(Problem.at(dataDir.toString(), 0, 0, "--data-dir",
                                "holds no fact files (*.json); `bedomning bench generate --out-dir DIR` writes some")));
            }
            for (Path f : files) {
                regions.add(InputFiles.read(f, set.catalog(), set.kolada()));
            }
            JavaBaseline baseline = new JavaBaseline(set);
            int differ = 0;
            long findings = 0;
            long series = 0;
            for (var r : regions) {
                var rules = Evaluator.evaluate(set, r);
                findings += rules.findings().size();
                series += rules.series().size();
                if (!rules.conclusions().equals(baseline.assess(set, r).conclusions())) {
                    differ++;
                }
            }
            List<Double> rulesMs = new ArrayList<>();
            List<Double> javaMs = new ArrayList<>();
            List<Double> metricsMs = new ArrayList<>();
            for (int pass = 0; pass < warmup + runs; pass++) {
                double m = pass(() -> regions.forEach(r -> Evaluator.series(set, r)));
                double a;
                double b;
                if (pass % 2 == 0) {
                    a = pass(() -> regions.forEach(r -> Evaluator.evaluate(set, r)));
                    b = pass(() -> regions.forEach(r -> baseline.assess(set, r)));
                } else {
                    b = pass(() -> regions.forEach(r -> baseline.assess(set, r)));
                    a = pass(() -> regions.forEach(r -> Evaluator.evaluate(set, r)));
                }
                if (pass >= warmup) {
                    rulesMs.add(a);
                    javaMs.add(b);
                    metricsMs.add(m);
                }
            }
            double rules = median(rulesMs);
            double java = median(javaMs);
            double metrics = median(metricsMs);
            out.printf(Locale.ROOT, "%d regions, %d series, %d findings per pass; %d warm-up and %d timed passes%n",
                    regions.size(), series, findings, warmup, runs);
            out.println(line("rules (Drools), whole", rulesMs));
            out.println(line("plain-Java baseline, whole", javaMs));
            out.println(line("series metrics (both share)", metricsMs));
            out.printf(Locale.ROOT, "rules / baseline: %.2f whole; %.2f without the shared series metrics%n",
                    rules / java, (rules - metrics) / Math.max(1e-9, java - metrics));
            out.printf("identical conclusions: %s%n", differ == 0 ? "yes (" + regions.size() + " regions)"
                    : "NO (" + differ + " of " + regions.size() + " regions differ; `batch --baseline` shows how)");
            out.flush();
            return differ == 0 ? ExitCode.OK.code() : ExitCode.DIFFERENCES.code();
        }

        private static double pass(Runnable work) {
            long t = System.nanoTime();
            work.run();
            return (System.nanoTime() - t) / 1e6;
        }
    }

    /** A count option below its least sensible value is a usage error (exit 2, with the usage), not a crash. */
    static void atLeast(CommandLine.Model.CommandSpec spec, String option, int value, int least) {
        if (value < least) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    option + " is " + value + "; expected a whole number of at least " + least);
        }
    }

    static double median(List<Double> ms) {
        List<Double> sorted = ms.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    @Option(names = "--runs", description = "Measured runs per figure. Default: ${DEFAULT-VALUE}")
    int runs = 10;

    @CommandLine.Mixin
    DataOption dataOption = new DataOption();

    @CommandLine.Mixin
    RulesOption rulesOption = new RulesOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        atLeast(spec, "--runs", runs, 1);
        PrintWriter out = spec.commandLine().getOut();
        // The rule-build figures are Drools builds, so the compiled-rules cache is off while they run.
        String cache = System.getProperty(CompiledRulesCache.PROPERTY);
        System.setProperty(CompiledRulesCache.PROPERTY, "off");
        long t0 = System.nanoTime();
        RuleSet first = RuleLoader.load(rulesOption.rules);
        double coldBuild = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        Pipeline.run(first, dataOption.data);
        double coldDraft = (System.nanoTime() - t0) / 1e6;
        out.printf(Locale.ROOT, "first rule build in this JVM : %8.1f ms%n", coldBuild);
        out.printf(Locale.ROOT, "first draft in this JVM      : %8.1f ms%n", coldDraft);
        out.println(line("rule build, warm JVM", time(() -> RuleLoader.load(rulesOption.rules))));
        if (cache == null) {
            System.clearProperty(CompiledRulesCache.PROPERTY);
        } else {
            System.setProperty(CompiledRulesCache.PROPERTY, cache);
        }
        RuleLoader.load(rulesOption.rules);
        out.println(line("rules from the compiled cache", time(() -> RuleLoader.load(rulesOption.rules))));
        out.println(line("draft (read+fire+render), warm", time(() -> Pipeline.render(first,
                Pipeline.run(first, dataOption.data).draft(), Pipeline.Format.md))));
        out.println(line("watch: threshold edit → draft", watchLoop("thresholds.json")));
        out.println(line("watch: DRL edit → draft", watchLoop("level.drl")));
        out.flush();
        return ExitCode.OK.code();
    }

    /**
     * Edit-to-draft time in the watch loop: copies the rules folder, then repeatedly appends to one file
     * (a blank line, or a new comment to a DRL file) and times from the save until the watcher has the
     * new draft (detection included).
     */
    private List<Double> watchLoop(String file) {
        try {
            Path copy = Folders.copy(rulesOption.rules,
                    Files.createTempDirectory("bedomning-bench"));
            Watcher w = new Watcher(copy, dataOption.data, Pipeline.Format.md);
            w.start();
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                // A DRL edit gets a comment no run wrote before, so the compiled-rules cache cannot answer it.
                String edit = file.endsWith(".drl") ? "// bench edit " + System.nanoTime() + "\n" : "\n";
                Files.writeString(copy.resolve(file), edit, StandardOpenOption.APPEND);
                Watcher.Outcome o;
                while ((o = w.poll()) == null) {
                    Thread.sleep(POLL_MS);
                }
                if (o.problem() != null) {
                    throw o.problem();
                }
                ms.add((System.nanoTime() - t) / 1e6);
            }
            return ms;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The watch loop's default polling interval, so the figure includes realistic detection time. */
    private static final long POLL_MS = 100;

    private List<Double> time(Supplier<?> work) {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.get();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        return ms;
    }

    static String line(String what, List<Double> ms) {
        List<Double> sorted = ms.stream().sorted().toList();
        int n = sorted.size();
        return String.format(Locale.ROOT, "%-29s: %8.1f ms median (%.1f–%.1f, %d runs)", what, median(ms),
                sorted.get(0), sorted.get(n - 1), n);
    }
}
