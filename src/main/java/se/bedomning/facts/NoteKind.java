package se.bedomning.facts;

/** What a series note says about the data; a caveat is one the source itself states ("mäter endast …"). */
public enum NoteKind implements Codes.Coded {
    SERIES_BREAK("series_break"),
    DISCONTINUED("discontinued"),
    CORRECTION("correction"),
    CAVEAT("caveat");

    private final String code;

    NoteKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
