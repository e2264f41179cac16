package se.bedomning.facts;

/** What an output of an åtgärd counts. Swedish codes: the analysts' spreadsheets are in Swedish. */
public enum Measure implements Codes.Coded {
    DELTAGARE("deltagare"),
    KOMMUNER("kommuner"),
    STADSDELAR("stadsdelar"),
    UTBILDADE("utbildade"),
    ENHETER("enheter"),
    ARENDEN("ärenden"),
    ANDEL_NOJDA("andel_nöjda");

    private final String code;

    Measure(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** A share in procent (0–100) rather than a count. */
    public boolean isShare() {
        return this == ANDEL_NOJDA;
    }
}
