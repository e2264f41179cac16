package se.bedomning.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.bedomning.evaluation.Assessment;
import se.bedomning.evaluation.Engine;
import se.bedomning.evaluation.Evaluator;
import se.bedomning.io.AtomicWriter;
import se.bedomning.io.InputFiles;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.ExitCode;
import se.bedomning.problem.Problem;
import se.bedomning.render.docx.DocxStyles;
import se.bedomning.rules.RuleSet;

/**
 * {@code bedomning batch}: one draft per data file in a folder (every kommun or län), streamed so only
 * the files in progress are in memory. A bad file is reported and the others are still drafted. Each
 * region goes through the same {@link Pipeline} as {@code draft}.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Draft every data file in --data-dir (fact files and Kolada downloads *.json, long-form *.csv, workbooks *.xlsx)"
                + " into --out-dir, one draft per region.")
public final class BatchCommand extends RulesCommand implements Callable<Integer> {

    @Option(names = "--data-dir", required = true, paramLabel = "DIR", description = "Folder of fact files.")
    Path dataDir;

    @Option(names = "--out-dir", required = true, paramLabel = "DIR", description = "Folder for the drafts.")
    Path outDir;

    @Option(names = "--format", paramLabel = "md|json|html|docx", description = "Output format. Default: ${DEFAULT-VALUE}")
    Pipeline.Format format = Pipeline.Format.md;

    @Option(names = "--template", paramLabel = "FILE", description = "With --format docx: take the styles from this"
            + " Word template (.dotx) or document (.docx); read once for the whole batch.")
    Path template;

    @Option(names = "--threads", description = "Regions drafted at once. Default: the number of cores")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--force", description = "Replace drafts that already exist in --out-dir.")
    boolean force;

    private final AtomicLong firingNanos = new AtomicLong();
    private final AtomicLong findings = new AtomicLong();

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        List<Path> files = InputFiles.factFiles(dataDir);
        Outputs.refuseInputFolderAsOutput(outDir, dataDir);
        Outputs.checkTemplate(template, format);
        // Read once: the template is never reopened per region.
        DocxStyles styles = format == Pipeline.Format.docx ? Pipeline.styles(template) : null;
        refuseSameDraftName(files);
        if (!force) {
            refuseExistingDrafts(files);
        }
        AtomicWriter.removeStaleTemporaries(outDir);
        RuleSet set = loadRules();
        long rulesMs = (System.nanoTime() - start) / 1_000_000;
        Progress progress = new Progress(err(), files.size(), start, System.console() != null);
        Engine engine = timed(new Evaluator(set));
        List<BedomningException> failures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<BedomningException>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> draftOne(set, engine, f, styles, progress)));
            }
            for (Future<BedomningException> fu : futures) {
                while (!fu.isDone()) {
                    progress.show();
                    Thread.sleep(Progress.EVERY_MS);
                }
                if (fu.get() != null) {
                    failures.add(fu.get());
                }
            }
            progress.finish();
        } finally {
            pool.shutdownNow();
        }
        double total = (System.nanoTime() - start) / 1e9;
        err().printf(Locale.ROOT, "drafted %d of %d regions in %.2f s (rules loaded in %d ms; rule firing %.2f s,"
                + " %d findings; peak heap %d MB)%n", files.size() - failures.size(), files.size(), total, rulesMs,
                firingNanos.get() / 1e9, findings.get(), peakHeapMb());
        err().flush();
        if (!failures.isEmpty()) {
            throw failed(failures, files.size());
        }
        return ExitCode.OK.code();
    }

    /** The engine, with the time it spends and the findings it concludes added to the run's totals. */
    private Engine timed(Engine engine) {
        return facts -> {
            long t = System.nanoTime();
            Assessment a = engine.assess(facts);
            firingNanos.addAndGet(System.nanoTime() - t);
            findings.addAndGet(a.findings().size());
            return a;
        };
    }

    /** Peak heap use over the run, to show that memory stays bounded as the number of regions grows. */
    static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
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

    /** The draft a data file becomes in --out-dir: its name without the extension, then the format. */
    private Path draftOf(Path file) {
        return outDir.resolve(file.getFileName().toString().replaceFirst("(?i)\\.(json|csv|xlsx)$", "") + "." + format);
    }

    /** a.json and a.csv would both become a.md, the second overwriting the first. */
    private void refuseSameDraftName(List<Path> files) {
        Map<Path, Path> first = new HashMap<>();
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

    /** Drafts one region; returns the error that stopped it, or null when its draft was written. */
    private BedomningException draftOne(RuleSet set, Engine engine, Path file, DocxStyles styles,
            Progress progress) {
        try {
            Pipeline.Result r = Pipeline.run(set, engine, file, Home.label(set.folder()));
            AtomicWriter.write(draftOf(file), Pipeline.bytes(set, r, format, styles), force, false);
            return null;
        } catch (BedomningException e) {
            return e;
        } finally {
            progress.advance();
        }
    }
}
