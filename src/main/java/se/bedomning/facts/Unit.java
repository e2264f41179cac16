package se.bedomning.facts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** The measure an indicator is given in; it decides which scale a change is judged in. */
public enum Unit implements Codes.Coded {
    PERCENT("percent"),
    COUNT("count"),
    MEAN_0_10("mean_0_10"),
    RATE_PER_100K("rate_per_100k");

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final int RELATIVE_SCALE = 1;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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

    /** The change from one value to another in this unit's judged scale. */
    public BigDecimal change(BigDecimal from, BigDecimal to) {
        return judgedAbsolute() ? to.subtract(from) : relative(from, to);
    }

    /**
     * How far apart a high and a low value are in the judged scale; for counts and rates in procent of
     * the high value, which is defined even when the low one is 0.
     */
    public BigDecimal spread(BigDecimal high, BigDecimal low) {
        BigDecimal spread = high.subtract(low);
        if (judgedAbsolute() || high.signum() == 0) {
            return spread;
        }
        return spread.multiply(HUNDRED).divide(high, MC).setScale(RELATIVE_SCALE, RoundingMode.HALF_UP);
    }

    /**
     * Relative change in procent, one decimal. A count that starts at 0 is measured against 1, so 0 → 3
     * is +300 % (a rise from nothing stays a rise) and 0 → 0 is no change.
     */
    private static BigDecimal relative(BigDecimal from, BigDecimal to) {
        BigDecimal base = from.signum() == 0 ? BigDecimal.ONE : from.abs();
        return to.subtract(from).multiply(HUNDRED).divide(base, MC).setScale(RELATIVE_SCALE, RoundingMode.HALF_UP);
    }
}
