package se.bedomning.facts;

/** What a series note says about the data; a caveat is one the source itself states ("mäter endast …"). */
public enum NoteKind implements Codes.Coded {
    SERIES_BREAK("series_break"),
    DISCONTINUED("discontinued"),
    CORRECTION("correction"),
    CAVEAT("caveat"),
    /** The report shows the series' values only in a diagram or figure, so the fact file has none of them. */
    DIAGRAM_ONLY("diagram_only"),
    /**
     * The report speaks of the series in words but gives no figures for it ("ökat", "lägstanivåer"), so the
     * fact file has none: a draft names what is missing rather than saying the Mål has no data.
     */
    NO_FIGURES("no_figures");

    private final String code;

    NoteKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The note a data_caveat finding of a variant passes on ("source_note" → caveat), or null. */
    public static NoteKind ofVariant(String variant) {
        return switch (variant) {
            case "series_break" -> SERIES_BREAK;
            case "discontinued" -> DISCONTINUED;
            case "correction" -> CORRECTION;
            case "source_note" -> CAVEAT;
            case "diagram_only" -> DIAGRAM_ONLY;
            case "no_figures" -> NO_FIGURES;
            default -> null;
        };
    }
}
