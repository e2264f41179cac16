package se.bedomning.facts;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** One indicator × group as read from a fact file, points sorted by year; {@code position} keeps file order. */
public record SeriesData(
        Indicator indicator, Group group, List<Point> points, List<Note> notes, BaseRange baseRange, int position) {

    public SeriesData {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(group, "group");
        points = points.stream().sorted(Comparator.comparingInt(Point::year)).toList();
        notes = List.copyOf(notes);
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).year() == points.get(i - 1).year()) {
                throw new IllegalArgumentException("year " + points.get(i).year() + " appears twice");
            }
        }
    }

    public String key() {
        return indicator.id() + "/" + group.id();
    }
}
