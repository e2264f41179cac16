package se.bedomning.facts;

import java.util.Objects;

/** How far an åtgärd has reached: "3 av 6 kommuner" is count 3 of 6 kommuner, with its quote. */
public record Reach(int count, int of, Measure measure, String quote) {

    public Reach {
        Objects.requireNonNull(measure, "measure");
        if (count < 0 || of <= 0 || count > of) {
            throw new IllegalArgumentException("reach " + count + " of " + of);
        }
    }

    /** Share reached in procent; never NaN since {@code of} is positive. */
    public double percent() {
        return 100.0 * count / of;
    }

    public boolean isComplete() {
        return count == of;
    }
}
