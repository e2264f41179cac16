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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.bedomning.cli.DataCommand;
import se.bedomning.cli.Pipeline;
import se.bedomning.cli.Watcher;
import se.bedomning.io.Folders;
import se.bedomning.problem.ExitCode;
import se.bedomning.rules.CompiledRulesCache;
import se.bedomning.rules.RuleLoader;
import se.bedomning.rules.RuleSet;

/**
 * {@code bedomning bench}: in-process timings (rule-base build, one draft, the watch loop) as medians
 * with min–max. Whole-process times come from {@code scripts/bench.sh}, which starts a fresh JVM per
 * run. The benchmarks sit beside the command line: they use its pipeline, it never uses them.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure rule-base build time and draft time inside one JVM; prints median (min–max) in ms.",
        subcommands = {GenerateCommand.class, FiringCommand.class})
public final class BenchCommand extends DataCommand implements Callable<Integer> {

    /** The watch loop's default polling interval, so the figure includes realistic detection time. */
    private static final long POLL_MS = 100;

    @Option(names = "--runs", description = "Measured runs per figure. Default: ${DEFAULT-VALUE}")
    int runs = 10;

    @Override
    public Integer call() {
        atLeast("--runs", runs, 1);
        PrintWriter out = out();
        Path rules = rulesFolder();
        // The rule-build figures are Drools builds, so the compiled-rules cache is off while they run.
        String cache = System.getProperty(CompiledRulesCache.PROPERTY);
        System.setProperty(CompiledRulesCache.PROPERTY, "off");
        long t0 = System.nanoTime();
        RuleSet first = loadRules();
        double coldBuild = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        Pipeline.run(first, dataFile());
        double coldDraft = (System.nanoTime() - t0) / 1e6;
        out.printf(Locale.ROOT, "first rule build in this JVM    : %8.1f ms%n", coldBuild);
        out.printf(Locale.ROOT, "first draft in this JVM         : %8.1f ms%n", coldDraft);
        out.println(Timings.line("rule build, warm JVM", Timings.repeat(runs, () -> RuleLoader.load(rules))));
        if (cache == null) {
            System.clearProperty(CompiledRulesCache.PROPERTY);
        } else {
            System.setProperty(CompiledRulesCache.PROPERTY, cache);
        }
        loadRules();
        out.println(Timings.line("rules from the compiled cache", Timings.repeat(runs, () -> RuleLoader.load(rules))));
        out.println(Timings.line("draft (read+fire+render), warm", Timings.repeat(runs, () -> Pipeline.render(first,
                Pipeline.run(first, dataFile()), Pipeline.Format.md))));
        out.println(Timings.line("watch: threshold edit → draft", watchLoop("thresholds.json")));
        out.println(Timings.line("watch: DRL edit → draft", watchLoop("level.drl")));
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
            Path copy = Folders.copy(rulesFolder(), Files.createTempDirectory("bedomning-bench"));
            Watcher w = new Watcher(copy, dataFile(), Pipeline.Format.md);
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
}
