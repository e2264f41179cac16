package se.bedomning.facts;

/** Whether a finding is good news given the indicator's polarity. */
public enum Valence implements Codes.Coded {
    POSITIVE("positive"),
    NEGATIVE("negative"),
    NEUTRAL("neutral");

    private final String code;

    Valence(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
