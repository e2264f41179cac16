package se.bedomning.facts;

/** What a share is a share of. */
public enum BaseKind implements Codes.Coded {
    MUNICIPALITIES("municipalities"),
    CASES("cases"),
    PERSONS("persons"),
    RESPONDENTS("respondents");

    private final String code;

    BaseKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
