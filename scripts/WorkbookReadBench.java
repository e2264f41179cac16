import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import se.bedomning.facts.FactSet;
import se.bedomning.io.Catalog;
import se.bedomning.io.Definitions;
import se.bedomning.io.WorkbookReader;

/**
 * Reads one workbook N times in this JVM and prints the first read (what a fresh `draft --data FILE.xlsx` pays,
 * POI's class loading included) and the median with min–max of the later ones. A benchmark, not a test.
 * Run by scripts/bench-workbook.sh: java -cp target/bedomning.jar scripts/WorkbookReadBench.java RULES FILE N
 */
public final class WorkbookReadBench {
    public static void main(String[] args) {
        Catalog catalog = Definitions.readCatalog(Path.of(args[0], "catalog.json"), "catalog.json");
        Path file = Path.of(args[1]);
        int runs = Integer.parseInt(args[2]);
        double[] ms = new double[runs];
        int series = 0;
        double first = 0;
        for (int i = -1; i < runs; i++) {
            long start = System.nanoTime();
            FactSet f = WorkbookReader.read(file, catalog);
            double t = (System.nanoTime() - start) / 1e6;
            series = f.series().size();
            if (i < 0) {
                first = t;
            } else {
                ms[i] = t;
            }
        }
        Arrays.sort(ms);
        double median = runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
        System.out.printf(Locale.ROOT, "read workbook (%d series), first in a fresh JVM: %.1f ms%n", series, first);
        System.out.printf(Locale.ROOT, "read workbook (%d series), warm JVM:  %.1f ms median (%.1f–%.1f, %d runs)%n",
                series, median, ms[0], ms[runs - 1], runs);
    }
}
