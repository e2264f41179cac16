package se.bedomning.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.ExitCode;
import se.bedomning.problem.Problem;

/** Collects problems while reading so that a user sees all of them in one run. */
final class Problems {

    /**
     * A file that is wrong on every line (wrong separator, wrong file) would print megabytes; the first
     * few hundred already say what to fix, and the count says how much is left.
     */
    static final int MAX_SHOWN = 200;

    /** Kept problems; beyond this many only the count grows, so a hostile file cannot fill memory with them. */
    static final int MAX_KEPT = 10 * MAX_SHOWN;

    private int total;
    private final List<Problem> list = new ArrayList<>() {
        @Override
        public boolean add(Problem p) {
            total++;
            return size() < MAX_KEPT && super.add(p);
        }
    };

    List<Problem> list() {
        return list;
    }

    void throwIfAny(ExitCode code, String summary) {
        if (!list.isEmpty()) {
            List<Problem> sorted = new ArrayList<>(list.stream()
                    .sorted(Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
                            .thenComparingInt(Problem::column))
                    .limit(MAX_SHOWN).toList());
            if (total > MAX_SHOWN) {
                sorted.add(Problem.at(sorted.get(0).file(), 0, 0, "", "… and " + (total - MAX_SHOWN)
                        + " more problems; fix the ones above (often one cause) and run again"));
            }
            throw new BedomningException(code, summary, sorted);
        }
    }
}
