package se.bedomning.facts;

/** The measure an indicator is given in; it decides which scale a change is judged in. */
public enum Unit implements Codes.Coded {
    PERCENT("percent"),
    COUNT("count"),
    MEAN_0_10("mean_0_10"),
    RATE_PER_100K("rate_per_100k");

    private final String code;

    Unit(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * Shares and means are compared in their own scale (procentenheter, points on the 0–10 scale);
     * counts and rates only make sense relative to their size, so they are judged in procent.
     */
    public boolean judgedAbsolute() {
        return this == PERCENT || this == MEAN_0_10;
    }
}
