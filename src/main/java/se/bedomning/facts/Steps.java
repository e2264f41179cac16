package se.bedomning.facts;

/**
 * How the values of a segment move from year to year, by their order alone, so the unit does not
 * matter: the counts and runs of rises and falls behind "stadigt", "för tredje året i rad" and
 * "sedan dess". Computed once per series; {@link Series} hands the fields to the rules.
 *
 * @param consecutiveRises rises in a row that end with the last year
 * @param monotoneUp never falls and rises at least once ("har ökat" in the loose sense analysts use)
 * @param risingEveryStep every step is a rise: "stadigt" holds; a flat step breaks it
 * @param lastIsPeak the last value is above every earlier one
 * @param risingSinceLow every step after the lowest value is a rise or flat, at least one a rise
 * @param constant two or more values, all the same and all stated exactly
 * @param lastStepFlat the last value equals the one before it, both stated exactly
 */
record Steps(int rising, int falling, int flat, int consecutiveRises, int consecutiveFalls,
        boolean monotoneUp, boolean monotoneDown, boolean risingEveryStep, boolean fallingEveryStep,
        boolean lastIsPeak, boolean lastIsLow, boolean risingSinceLow, boolean fallingSincePeak,
        boolean constant, boolean lastStepFlat) {

    static Steps of(Segment s) {
        int rising = 0;
        int falling = 0;
        int flat = 0;
        for (int i = 1; i < s.size(); i++) {
            switch (s.step(i)) {
                case 1 -> rising++;
                case -1 -> falling++;
                default -> flat++;
            }
        }
        int steps = s.size() - 1;
        boolean lastStepFlat = s.size() >= 2 && s.step(s.size() - 1) == 0
                && Segment.exact(s.last()) && Segment.exact(s.previous());
        boolean constant = s.size() >= 2 && flat == steps && s.points().stream().allMatch(Segment::exact);
        return new Steps(rising, falling, flat, run(s, 1), run(s, -1),
                falling == 0 && rising > 0, rising == 0 && falling > 0,
                rising > 0 && rising == steps, falling > 0 && falling == steps,
                s.size() >= 2 && beyondEarlier(s, 1), s.size() >= 2 && beyondEarlier(s, -1),
                since(s, s.extreme(-1), 1), since(s, s.extreme(1), -1), constant, lastStepFlat);
    }

    /** Steps in the given direction in a row that end with the last year. */
    private static int run(Segment s, int sign) {
        int n = 0;
        for (int i = s.size() - 1; i > 0 && s.step(i) == sign; i--) {
            n++;
        }
        return n;
    }

    /** The last value is strictly above (sign 1) or below (sign -1) every earlier value. */
    private static boolean beyondEarlier(Segment s, int sign) {
        for (int i = 0; i < s.size() - 1; i++) {
            if (s.last().value().compareTo(s.points().get(i).value()) * sign <= 0) {
                return false;
            }
        }
        return true;
    }

    /** No step after the given position goes against the sign, and at least one goes with it. */
    private static boolean since(Segment s, int from, int sign) {
        if (from < 0) {
            return false;
        }
        boolean moved = false;
        for (int i = from + 1; i < s.size(); i++) {
            int c = s.step(i);
            if (c == -sign) {
                return false;
            }
            moved |= c == sign;
        }
        return moved;
    }
}
