package se.bedomning.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.bedomning.bench.JavaBaseline;
import se.bedomning.evaluation.Assessment;
import se.bedomning.evaluation.Evaluator;
import se.bedomning.facts.FactSet;
import se.bedomning.io.AtomicWriter;
import se.bedomning.io.InputFiles;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.ExitCode;
import se.bedomning.problem.Problem;
import se.bedomning.rules.RuleLoader;
import se.bedomning.rules.RuleSet;

/**
 * {@code bedomning batch}: one draft per fact file in a folder (every kommun or län), streamed so only
 * the files in progress are in memory. A bad file is reported and the others are still drafted.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Draft every data file in --data-dir (fact files and Kolada downloads *.json, long-form *.csv)"
                + " into --out-dir, one draft per region.")
public final class BatchCommand implements java.util.concurrent.Callable<Integer> {

    /** Runs shorter than this show no progress bar: it would only flicker. */
    static final long PROGRESS_AFTER_MS = 2_000;
    static final long PROGRESS_EVERY_MS = 200;
    static final int BAR_WIDTH = 30;

    @Option(names = "--data-dir", required = true, paramLabel = "DIR", description = "Folder of fact files.")
    Path dataDir;

    @Option(names = "--out-dir", required = true, paramLabel = "DIR", description = "Folder for the drafts.")
    Path outDir;

    @CommandLine.Mixin
    RulesOption rulesOption = new RulesOption();

    @Option(names = "--format", paramLabel = "md|json", description = "Output format. Default: ${DEFAULT-VALUE}")
    Pipeline.Format format = Pipeline.Format.md;

    @Option(names = "--threads", description = "Regions drafted at once. Default: the number of cores")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--force", description = "Replace drafts that already exist in --out-dir.")
    boolean force;

    @Option(names = "--baseline", description = "Also compute the findings and utvecklingsområden with the plain-Java"
            + " baseline, compare them with the rules' and report both times (benchmark).")
    boolean baseline;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final AtomicLong firingNanos = new AtomicLong();
    private final AtomicLong baselineNanos = new AtomicLong();
    private final AtomicLong findings = new AtomicLong();
    private final AtomicLong mismatches = new AtomicLong();
    private final AtomicInteger done = new AtomicInteger();

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        List<Path> files = factFiles(dataDir);
        Outputs.refuseInputFolderAsOutput(outDir, dataDir);
        refuseSameDraftName(files);
        if (!force) {
            refuseExistingDrafts(files);
        }
        AtomicWriter.removeStaleTemporaries(outDir);
        RuleSet set = RuleLoader.load(rulesOption.rules);
        long rulesMs = (System.nanoTime() - start) / 1_000_000;
        PrintWriter err = spec.commandLine().getErr();
        List<BedomningException> failures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<BedomningException>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> draftOne(set, f)));
            }
            boolean tty = System.console() != null;
            for (Future<BedomningException> fu : futures) {
                while (!fu.isDone()) {
                    if (tty && System.nanoTime() - start > PROGRESS_AFTER_MS * 1_000_000) {
                        progress(err, files.size(), start);
                    }
                    Thread.sleep(PROGRESS_EVERY_MS);
                }
                if (fu.get() != null) {
                    failures.add(fu.get());
                }
            }
            if (tty && System.nanoTime() - start > PROGRESS_AFTER_MS * 1_000_000) {
                progress(err, files.size(), start);
                err.println();
            }
        } finally {
            pool.shutdownNow();
        }
        double total = (System.nanoTime() - start) / 1e9;
        err.printf(Locale.ROOT, "drafted %d of %d regions in %.2f s (rules loaded in %d ms; rule firing %.2f s,"
                + " %d findings; peak heap %d MB)%n", files.size() - failures.size(), files.size(), total, rulesMs,
                firingNanos.get() / 1e9, findings.get(), peakHeapMb());
        if (baseline) {
            err.printf(Locale.ROOT, "plain-Java baseline: %.2f s; rules / baseline = %.2f; findings identical: %s%n",
                    baselineNanos.get() / 1e9, firingNanos.get() / (double) Math.max(1, baselineNanos.get()),
                    mismatches.get() == 0 ? "yes" : "NO (" + mismatches.get() + " regions differ)");
        }
        err.flush();
        if (!failures.isEmpty()) {
            throw failed(failures, files.size());
        }
        return mismatches.get() == 0 ? ExitCode.OK.code() : ExitCode.DIFFERENCES.code();
    }

    /** Peak heap use over the run, to show that memory stays bounded as the number of regions grows. */
    static long peakHeapMb() {
        long bytes = 0;
        for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }

    /**
     * One error for the regions that were not drafted. Rules that fail are exit 3 even when a fact file
     * is bad too, since they will fail again on the next run; the same rule error met in many regions is
     * listed once.
     */
    static BedomningException failed(List<BedomningException> failures, int total) {
        long byRules = failures.stream().filter(e -> e.exitCode() == ExitCode.BAD_RULES).count();
        List<Problem> problems = failures.stream().flatMap(e -> e.problems().stream()).distinct().toList();
        if (byRules == 0) {
            return BedomningException.badInput(failures.size() + " of " + total
                    + " fact files have problems; the others were drafted.", problems);
        }
        long byInput = failures.size() - byRules;
        return BedomningException.badRules("The rules failed on " + byRules + " of " + total + " regions"
                + (byInput > 0 ? " and " + byInput + " fact files have problems" : "") + "; those were not drafted"
                + (failures.size() < total ? ", the others were." : "."), problems);
    }

    private void progress(PrintWriter err, int total, long start) {
        int n = done.get();
        int filled = total == 0 ? BAR_WIDTH : n * BAR_WIDTH / total;
        err.printf(Locale.ROOT, "\r[%s%s] %d/%d regions  %.1f s", "#".repeat(filled), ".".repeat(BAR_WIDTH - filled),
                n, total, (System.nanoTime() - start) / 1e9);
        err.flush();
    }

    /** The draft a data file becomes in --out-dir: its name without the extension, then the format. */
    private Path draftOf(Path file) {
        return outDir.resolve(file.getFileName().toString().replaceFirst("(?i)\\.(json|csv)$", "") + "." + format);
    }

    /** a.json and a.csv would both become a.md, the second overwriting the first. */
    private void refuseSameDraftName(List<Path> files) {
        java.util.Map<Path, Path> first = new java.util.HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Path f : files) {
            Path earlier = first.putIfAbsent(draftOf(f), f);
            if (earlier != null) {
                problems.add(Problem.at(f.toString(), 0, 0, "", "would be drafted to " + draftOf(f) + " like "
                        + earlier.getFileName() + "; rename one of them"));
            }
        }
        if (!problems.isEmpty()) {
            throw BedomningException.badInput("Two data files in " + dataDir + " have the same name before the"
                    + " extension; nothing was drafted.", problems);
        }
    }

    /**
     * A rerun without --force stops before drafting anything when drafts exist, and names them: reporting
     * them one by one as failed regions blamed the fact files and left a half-updated folder.
     */
    private void refuseExistingDrafts(List<Path> files) {
        List<Problem> problems = new ArrayList<>();
        for (Path f : files) {
            Path draft = draftOf(f);
            if (Files.exists(draft)) {
                problems.add(Problem.at(draft.toString(), 0, 0, "", "already exists; pass --force to replace the"
                        + " drafts (an edited draft is not overwritten by accident)"));
            }
        }
        if (!problems.isEmpty()) {
            throw BedomningException.badInput(problems.size() + " of " + files.size() + " drafts already exist in "
                    + outDir + "; nothing was drafted.", problems);
        }
    }

    /** Whether the file is one a batch drafts: a fact file or Kolada download (JSON) or a long-form CSV. */
    static boolean isDataFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".json") || name.endsWith(".csv")) && !name.startsWith(".");
    }

    /** The data files in a --data-dir, in name order; a path that is no folder is bad input. */
    public static List<Path> factFiles(Path dataDir) throws IOException {
        if (!Files.isDirectory(dataDir)) {
            throw new BedomningException(ExitCode.BAD_INPUT, "The --data-dir folder cannot be used.",
                    List.of(Problem.at(dataDir.toString(), 0, 0, "--data-dir", "is not a folder; pass --data-dir DIR"
                            + " with the data files (*.json, *.csv), one per region")));
        }
        try (Stream<Path> s = Files.list(dataDir)) {
            return s.filter(BatchCommand::isDataFile).sorted().toList();
        }
    }

    /** Drafts one region; returns the error that stopped it, or null when its draft was written. */
    private BedomningException draftOne(RuleSet set, Path file) {
        try {
            FactSet facts = Pipeline.labelled(InputFiles.read(file, set.catalog(), set.kolada()), file);
            long t = System.nanoTime();
            Assessment a = Evaluator.evaluate(set, facts);
            firingNanos.addAndGet(System.nanoTime() - t);
            findings.addAndGet(a.findings().size());
            if (baseline) {
                compareWithBaseline(set, facts, a);
            }
            AtomicWriter.write(draftOf(file),
                    Pipeline.render(set, Pipeline.draft(set, a, Home.label(set.folder())), format), force, false);
            return null;
        } catch (BedomningException e) {
            return e;
        } finally {
            done.incrementAndGet();
        }
    }

    /** Differences printed per region before the rest are counted: enough to see what the rule edit did. */
    static final int SHOWN_DIFFERENCES = 5;

    private void compareWithBaseline(RuleSet set, FactSet facts, Assessment a) {
        long t = System.nanoTime();
        Assessment plain = new JavaBaseline(set).assess(set, facts);
        baselineNanos.addAndGet(System.nanoTime() - t);
        List<String> rules = a.conclusions();
        List<String> java = plain.conclusions();
        if (!rules.equals(java)) {
            mismatches.incrementAndGet();
            List<String> onlyRules = new ArrayList<>(rules);
            onlyRules.removeAll(new HashSet<>(java));
            List<String> onlyJava = new ArrayList<>(java);
            onlyJava.removeAll(new HashSet<>(rules));
            spec.commandLine().getErr().println(facts.file() + ": the rules and the plain-Java baseline disagree ("
                    + onlyRules.size() + " lines only from the rules, " + onlyJava.size() + " only from the baseline"
                    + (onlyRules.isEmpty() && onlyJava.isEmpty() ? "; same lines in another order" : "") + ")"
                    + shown("only the rules: ", onlyRules) + shown("only the baseline: ", onlyJava));
        }
    }

    private static String shown(String label, List<String> lines) {
        if (lines.isEmpty()) {
            return "";
        }
        String more = lines.size() > SHOWN_DIFFERENCES ? "\n    … and " + (lines.size() - SHOWN_DIFFERENCES) + " more" : "";
        return "\n  " + label + "\n    " + String.join("\n    ", lines.subList(0, Math.min(SHOWN_DIFFERENCES, lines.size())))
                + more;
    }
}
