package se.bedomning.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.bedomning.facts.Group;
import se.bedomning.facts.Indicator;
import se.bedomning.facts.MissingValue;
import se.bedomning.facts.Note;
import se.bedomning.facts.Point;
import se.bedomning.facts.SeriesData;
import se.bedomning.problem.Problem;

/**
 * Groups the rows of a flat format (CSV, Kolada), one year of one series each, into series in the
 * order they first appear, and reports a year given twice against the line that gave it first.
 */
final class SeriesAssembly {

    private final String file;
    private final List<Problem> problems;
    private final Map<String, Entry> series = new LinkedHashMap<>();

    private static final class Entry {
        final Indicator indicator;
        final Group group;
        final List<Point> points = new ArrayList<>();
        final List<MissingValue> missing = new ArrayList<>();
        final Set<Note> notes = new LinkedHashSet<>();
        final Map<Integer, Integer> lineOfYear = new HashMap<>();

        Entry(Indicator indicator, Group group) {
            this.indicator = indicator;
            this.group = group;
        }
    }

    SeriesAssembly(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    private Entry entry(Indicator i, Group g) {
        return series.computeIfAbsent(i.id() + "/" + g.id(), k -> new Entry(i, g));
    }

    /** Claims {@code year} for the series; false (and a problem at the year) when an earlier row has it. */
    boolean claimYear(Indicator i, Group g, int year, int line, int column, String field) {
        Integer first = entry(i, g).lineOfYear.putIfAbsent(year, line);
        if (first != null) {
            problems.add(Problem.at(file, line, column, field, "year " + year + " of " + i.id() + " / " + g.id()
                    + " is already given at line " + first + "; give each indicator, group and year once"));
            return false;
        }
        return true;
    }

    void point(Indicator i, Group g, Point p) {
        entry(i, g).points.add(p);
    }

    void missing(Indicator i, Group g, MissingValue m) {
        entry(i, g).missing.add(m);
    }

    /** A note repeated on several rows of the same series is kept once. */
    void note(Indicator i, Group g, Note n) {
        entry(i, g).notes.add(n);
    }

    List<SeriesData> build() {
        List<SeriesData> out = new ArrayList<>();
        for (Entry e : series.values()) {
            out.add(new SeriesData(e.indicator, e.group, e.points, e.missing, new ArrayList<>(e.notes), null,
                    out.size()));
        }
        return out;
    }

    int newestYear() {
        return series.values().stream().flatMap(e -> e.lineOfYear.keySet().stream()).mapToInt(Integer::intValue)
                .max().orElse(0);
    }
}
