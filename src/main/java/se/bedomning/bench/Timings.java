package se.bedomning.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** Timing for the benchmarks: repeated runs in milliseconds, reported as a median with min–max. */
final class Timings {

    private Timings() {
    }

    /** Milliseconds one run of {@code work} takes. */
    static double once(Runnable work) {
        long t = System.nanoTime();
        work.run();
        return (System.nanoTime() - t) / 1e6;
    }

    /** {@code runs} runs of {@code work}, in milliseconds each. */
    static List<Double> repeat(int runs, Supplier<?> work) {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ms.add(once(work::get));
        }
        return ms;
    }

    static double median(List<Double> ms) {
        List<Double> sorted = ms.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** "what : 12.3 ms median (11.0–15.2, 10 runs)". */
    static String line(String what, List<Double> ms) {
        List<Double> sorted = ms.stream().sorted().toList();
        int n = sorted.size();
        return String.format(Locale.ROOT, "%-32s: %8.1f ms median (%.1f–%.1f, %d runs)", what, median(ms),
                sorted.get(0), sorted.get(n - 1), n);
    }
}
