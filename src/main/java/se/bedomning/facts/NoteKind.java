package se.bedomning.facts;

/** What a series note says about the data; a caveat is one the source itself states ("mäter endast …"). */
public enum NoteKind implements Codes.Coded {
    SERIES_BREAK("series_break"),
    DISCONTINUED("discontinued"),
    CORRECTION("correction"),
    CAVEAT("caveat"),
    /** The report shows the series' values only in a diagram or figure, so the fact file has none of them. */
    DIAGRAM_ONLY("diagram_only");

    private final String code;

    NoteKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
