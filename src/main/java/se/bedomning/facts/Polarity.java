package se.bedomning.facts;

/** Whether a rise in the indicator is good news, bad news or neither. */
public enum Polarity implements Codes.Coded {
    RISE_GOOD("rise_good"),
    RISE_BAD("rise_bad"),
    NEUTRAL("neutral");

    private final String code;

    Polarity(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
