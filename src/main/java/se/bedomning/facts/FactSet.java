package se.bedomning.facts;

import java.util.List;
import java.util.Objects;

/**
 * Everything one fact file says: the region, the report year and its series in file order, and the åtgärder
 * with what they are ({@link ActionSource}: the handlingsplan's åtgärder or the agency's own activities).
 */
public record FactSet(String file, String region, int year, String report, List<String> notes, List<SeriesData> series,
        List<InputNote> inputNotes, List<Action> actions, ActionSource actionSource) {

    public FactSet(String file, String region, int year, String report, List<String> notes, List<SeriesData> series,
            List<InputNote> inputNotes, List<Action> actions) {
        this(file, region, year, report, notes, series, inputNotes, actions, ActionSource.HANDLINGSPLAN);
    }

    public FactSet(String file, String region, int year, String report, List<String> notes, List<SeriesData> series) {
        this(file, region, year, report, notes, series, List.of(), List.of());
    }

    public FactSet(String file, String region, int year, String report, List<String> notes, List<SeriesData> series,
            List<InputNote> inputNotes) {
        this(file, region, year, report, notes, series, inputNotes, List.of());
    }

    /** The same facts with the handlingsplan's åtgärder as the report follows them up. */
    public FactSet withActions(List<Action> more) {
        return new FactSet(file, region, year, report, notes, series, inputNotes, more, actionSource);
    }

    /** The same facts with their åtgärder said to be of {@code source}. */
    public FactSet withActionSource(ActionSource source) {
        return new FactSet(file, region, year, report, notes, series, inputNotes, actions, source);
    }

    /** The same facts with one more note for the draft about how they were read. */
    public FactSet withNote(InputNote note) {
        List<InputNote> more = new java.util.ArrayList<>(inputNotes);
        more.add(note);
        return new FactSet(file, region, year, report, notes, series, more, actions, actionSource);
    }

    public FactSet {
        inputNotes = List.copyOf(inputNotes);
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(report, "report");
        notes = List.copyOf(notes);
        series = List.copyOf(series);
        actions = List.copyOf(actions);
        Objects.requireNonNull(actionSource, "actionSource");
    }
}
