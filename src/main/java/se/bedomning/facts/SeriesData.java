package se.bedomning.facts;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * One indicator × group as read from a fact file, points sorted by year; {@code position} keeps file order.
 * Years the source lists without a value are kept apart in {@code missing}, so no rule can compute with them.
 */
public record SeriesData(Indicator indicator, Group group, List<Point> points, List<MissingValue> missing,
        List<Note> notes, BaseRange baseRange, int position) {

    public SeriesData {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(group, "group");
        if (position < 0) {
            throw new IllegalArgumentException("position must be 0 or more, was " + position);
        }
        points = byYear(points, Point::year);
        missing = byYear(missing, MissingValue::year);
        notes = List.copyOf(notes);
        Set<Integer> years = new HashSet<>();
        for (Point p : points) {
            if (!years.add(p.year())) {
                throw new IllegalArgumentException("year " + p.year() + " appears twice");
            }
        }
        for (MissingValue m : missing) {
            if (!years.add(m.year())) {
                throw new IllegalArgumentException("year " + m.year() + " appears twice");
            }
        }
    }

    public SeriesData(Indicator indicator, Group group, List<Point> points, List<Note> notes, BaseRange baseRange,
            int position) {
        this(indicator, group, points, List.of(), notes, baseRange, position);
    }

    /**
     * The items in year order. Fact files list them so, and a batch builds a hundred thousand series: a list
     * already in order is only copied, without a sort.
     */
    private static <T> List<T> byYear(List<T> items, ToIntFunction<T> year) {
        for (int i = 1; i < items.size(); i++) {
            if (year.applyAsInt(items.get(i)) < year.applyAsInt(items.get(i - 1))) {
                return items.stream().sorted(Comparator.comparingInt(year)).toList();
            }
        }
        return List.copyOf(items);
    }

    public String key() {
        return indicator.id() + "/" + group.id();
    }
}
