package se.bedomning.facts;

/** What a series note says about the data. */
public enum NoteKind implements Codes.Coded {
    SERIES_BREAK("series_break"),
    DISCONTINUED("discontinued"),
    CORRECTION("correction");

    private final String code;

    NoteKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
