package se.bedomning.facts;

import java.util.List;

/**
 * The comparable part of a series: its points from the latest series break on. A change across a
 * method change is not a trend, so every metric of {@link Series} is computed on these points only.
 * Positions are indices into {@code points}; -1 stands for "no such point".
 *
 * @param lowest the position of the lowest value (the first of equal ones), found once here because
 *     {@link Levels}, {@link Steps}, {@link Changes} and {@link Decimals} all start from it
 * @param highest the same for the highest value
 */
record Segment(List<Point> points, int breakYear, int lowest, int highest) {

    Segment(List<Point> points, int breakYear) {
        this(points, breakYear, extremeBefore(points, points.size(), -1), extremeBefore(points, points.size(), 1));
    }

    static Segment of(SeriesData data) {
        int breakYear = 0;
        for (Note n : data.notes()) {
            if (n.kind() == NoteKind.SERIES_BREAK && n.year() != null) {
                breakYear = Math.max(breakYear, n.year());
            }
        }
        // Points are in year order, so those from the break on are a tail of the list.
        List<Point> points = data.points();
        int from = 0;
        while (from < points.size() && points.get(from).year() < breakYear) {
            from++;
        }
        // With no data yet under the new method, the old series is still the comparable one.
        return new Segment(from == 0 || from == points.size() ? points : points.subList(from, points.size()), breakYear);
    }

    boolean isEmpty() {
        return points.isEmpty();
    }

    int size() {
        return points.size();
    }

    /** The point at a position; null for -1. */
    Point at(int index) {
        return index < 0 ? null : points.get(index);
    }

    Point first() {
        return points.get(0);
    }

    Point last() {
        return points.get(points.size() - 1);
    }

    /** The point before the last; null with fewer than two. */
    Point previous() {
        return points.size() < 2 ? null : points.get(points.size() - 2);
    }

    /** The point of a year; null when the segment has none. */
    Point inYear(int year) {
        for (Point p : points) {
            if (p.year() == year) {
                return p;
            }
        }
        return null;
    }

    /** The latest point that has a national median; null when none has. */
    Point lastWithMedian() {
        Point found = null;
        for (Point p : points) {
            found = p.median() == null ? found : p;
        }
        return found;
    }

    /** -1, 0 or 1: how the value at a position compares with the one before it. */
    int step(int index) {
        return points.get(index).value().compareTo(points.get(index - 1).value());
    }

    /** The position of the highest (sign 1) or lowest (sign -1) value, the first of equal ones. */
    int extreme(int sign) {
        return sign > 0 ? highest : lowest;
    }

    /** As {@link #extreme(int)} among the points before a position; -1 when there are none. */
    int extremeBefore(int end, int sign) {
        return extremeBefore(points, end, sign);
    }

    private static int extremeBefore(List<Point> points, int end, int sign) {
        int best = -1;
        for (int i = 0; i < end; i++) {
            if (best < 0 || points.get(i).value().compareTo(points.get(best).value()) * sign > 0) {
                best = i;
            }
        }
        return best;
    }

    /** The first year of the recent window that ends with the last year; 0 when there are no points. */
    int recentFrom(int windowYears) {
        if (points.isEmpty()) {
            return 0;
        }
        // In year order, the first point inside the window has its first year.
        int wanted = last().year() - windowYears;
        for (Point p : points) {
            if (p.year() >= wanted) {
                return p.year();
            }
        }
        return 0;
    }

    /**
     * Every value stated exactly. Only such values can be called the same: "94–95 procent" each year
     * or "cirka 60" twice says the level held within the range, not that it did not change.
     */
    static boolean exact(Point p) {
        return !p.isRange() && !p.approximate();
    }
}
