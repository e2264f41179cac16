import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import se.bedomning.cli.Pipeline;
import se.bedomning.render.docx.DocxStyles;
import se.bedomning.rules.RuleLoader;
import se.bedomning.rules.RuleSet;

/**
 * The Word writer's own cost, apart from the rules: drafts every fact file in a folder once (not timed), then
 * writes each draft as a .docx in memory, one thread, and prints the first document (POI's class loading
 * included: what a fresh `draft --format docx` pays on top of Markdown), then per pass over all the regions
 * the total and the median per region with min–max. A benchmark, not a test.
 * Run by scripts/bench-docx.sh: java -cp target/bedomning.jar scripts/DocxWriteBench.java RULES DIR PASSES
 */
public final class DocxWriteBench {
    /** CPU time as well as wall time: on a shared machine the wall time measures the neighbours too. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        RuleSet rules = RuleLoader.load(Path.of(args[0]));
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[1]))) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        int passes = Integer.parseInt(args[2]);
        List<Pipeline.Result> drafts = new ArrayList<>();
        for (Path f : files) {
            drafts.add(Pipeline.run(rules, f, "rules"));
        }
        DocxStyles styles = DocxStyles.defaults();
        long t0 = System.nanoTime();
        long bytes = Pipeline.bytes(rules, drafts.get(0), Pipeline.Format.docx, styles).length;
        System.out.printf(Locale.ROOT, "first document in a fresh JVM: %.0f ms (%d bytes)%n",
                (System.nanoTime() - t0) / 1e6, bytes);
        for (int pass = 0; pass < passes; pass++) {
            double[] ms = new double[drafts.size()];
            long start = System.nanoTime();
            long cpu0 = CPU.getCurrentThreadCpuTime();
            for (int i = 0; i < drafts.size(); i++) {
                long s = System.nanoTime();
                Pipeline.bytes(rules, drafts.get(i), Pipeline.Format.docx, styles);
                ms[i] = (System.nanoTime() - s) / 1e6;
            }
            double total = (System.nanoTime() - start) / 1e9;
            double cpu = (CPU.getCurrentThreadCpuTime() - cpu0) / 1e9;
            Arrays.sort(ms);
            int n = ms.length;
            double median = n % 2 == 1 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
            System.out.printf(Locale.ROOT, "pass %d: %d documents in %.1f s on one thread (%.1f s of CPU); per document"
                    + " %.1f ms median (%.1f–%.1f)%n", pass + 1, n, total, cpu, median, ms[0], ms[n - 1]);
        }
    }
}
