package se.bedomning.facts;

/** One of the strategy's eight goals, inserted so rules can reason per goal even when it has no findings. */
public final class Goal {

    private final int number;

    public Goal(int number) {
        if (number < Indicator.FIRST_GOAL || number > Indicator.LAST_GOAL) {
            throw new IllegalArgumentException("goal must be 1–8, was " + number);
        }
        this.number = number;
    }

    public int getNumber() {
        return number;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Goal g && g.number == number;
    }

    @Override
    public int hashCode() {
        return number;
    }
}
