package se.bedomning.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.ExitCode;
import se.bedomning.problem.Problem;

/** Collects problems while reading so that a user sees all of them in one run. */
final class Problems {

    private final List<Problem> list = new ArrayList<>();

    List<Problem> list() {
        return list;
    }

    void throwIfAny(ExitCode code, String summary) {
        if (!list.isEmpty()) {
            List<Problem> sorted = list.stream()
                    .sorted(Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
                            .thenComparingInt(Problem::column))
                    .toList();
            throw new BedomningException(code, summary, sorted);
        }
    }
}
