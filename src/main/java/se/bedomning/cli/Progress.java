package se.bedomning.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The progress bar of a long batch on a terminal: shown only for runs over two seconds (shorter ones
 * would only flicker), redrawn in place, and never written when standard error is not a terminal.
 */
final class Progress {

    /** Runs shorter than this show no progress bar: it would only flicker. */
    static final long SHOW_AFTER_MS = 2_000;
    static final long EVERY_MS = 200;
    static final int BAR_WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private final long start;
    private final boolean terminal;
    private final AtomicInteger done = new AtomicInteger();

    Progress(PrintWriter err, int total, long start, boolean terminal) {
        this.err = err;
        this.total = total;
        this.start = start;
        this.terminal = terminal;
    }

    /** One more region is finished (drafted or failed). */
    void advance() {
        done.incrementAndGet();
    }

    /** Redraws the bar, once the run has lasted long enough to deserve one. */
    void show() {
        if (!visible()) {
            return;
        }
        int n = done.get();
        int filled = total == 0 ? BAR_WIDTH : n * BAR_WIDTH / total;
        err.printf(Locale.ROOT, "\r[%s%s] %d/%d regions  %.1f s", "#".repeat(filled), ".".repeat(BAR_WIDTH - filled),
                n, total, (System.nanoTime() - start) / 1e9);
        err.flush();
    }

    /** The last state of the bar and a line break, so the summary starts on a line of its own. */
    void finish() {
        if (visible()) {
            show();
            err.println();
        }
    }

    private boolean visible() {
        return terminal && System.nanoTime() - start > SHOW_AFTER_MS * 1_000_000;
    }
}
