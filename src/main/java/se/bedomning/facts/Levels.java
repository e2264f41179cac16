package se.bedomning.facts;

/**
 * The years and values the rules name at the ends and the extremes of a segment, as the rules compare
 * them; 0 where the segment has no such point (rules guard on {@code pointCount}).
 *
 * @param minYear the year of the lowest value (the first of equal ones)
 * @param dipInside the lowest value lies strictly inside the segment: a dip
 * @param peakInside the highest value lies strictly inside the segment
 */
record Levels(int firstYear, double firstValue, int lastYear, double lastValue, int previousYear,
        double previousValue, int minYear, double minValue, int maxYear, double maxValue, boolean dipInside,
        boolean peakInside) {

    private static final Levels NONE = new Levels(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, false, false);

    static Levels of(Segment s) {
        if (s.isEmpty()) {
            return NONE;
        }
        Point first = s.first();
        Point last = s.last();
        Point previous = s.previous();
        Point min = s.at(s.extreme(-1));
        Point max = s.at(s.extreme(1));
        return new Levels(first.year(), first.value().doubleValue(), last.year(), last.value().doubleValue(),
                previous == null ? 0 : previous.year(), previous == null ? 0 : previous.value().doubleValue(),
                min.year(), min.value().doubleValue(), max.year(), max.value().doubleValue(),
                inside(s, min), inside(s, max));
    }

    /** Neither the first nor the last point, in a segment of three or more. */
    private static boolean inside(Segment s, Point p) {
        return s.size() >= 3 && p.year() != s.first().year() && p.year() != s.last().year();
    }
}
