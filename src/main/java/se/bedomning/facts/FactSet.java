package se.bedomning.facts;

import java.util.List;
import java.util.Objects;

/** Everything one fact file says: the region, the report year and its series in file order. */
public record FactSet(String file, String region, int year, String report, List<String> notes, List<SeriesData> series) {

    public FactSet {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(report, "report");
        notes = List.copyOf(notes);
        series = List.copyOf(series);
    }
}
