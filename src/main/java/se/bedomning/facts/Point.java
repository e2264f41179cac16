package se.bedomning.facts;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One year's value of a series, with the national median, base and numerator when the source states them.
 * A source that gives only a range ("94–95 procent") has {@code low} and {@code high}, and {@code value} is
 * their midpoint, which the arithmetic uses; a source that gives an approximate value ("cirka 60 procent")
 * is {@code approximate}. The draft words both as the source did.
 */
public record Point(int year, BigDecimal value, BigDecimal median, BigDecimal base, BigDecimal count, String quote,
        BigDecimal low, BigDecimal high, boolean approximate) {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    public Point {
        Objects.requireNonNull(value, "value");
        quote = quote == null ? "" : quote;
        if ((low == null) != (high == null)) {
            throw new IllegalArgumentException("a range needs both low and high");
        }
        if (low != null && low.compareTo(high) > 0) {
            throw new IllegalArgumentException("a range's low " + low + " is above its high " + high);
        }
    }

    public Point(int year, BigDecimal value, BigDecimal median, BigDecimal base, BigDecimal count, String quote) {
        this(year, value, median, base, count, quote, null, null, false);
    }

    /** A point the source gives only as a range: its value is the midpoint. */
    public static Point range(int year, BigDecimal low, BigDecimal high, BigDecimal median, BigDecimal base,
            BigDecimal count, String quote, boolean approximate) {
        BigDecimal mid = low.add(high).divide(TWO).stripTrailingZeros();
        return new Point(year, mid.scale() < 0 ? mid.setScale(0) : mid, median, base, count, quote, low, high,
                approximate);
    }

    public boolean isRange() {
        return low != null;
    }

    /** Neither a range nor approximate: the value is what the source says. */
    public boolean isExact() {
        return low == null && !approximate;
    }
}
