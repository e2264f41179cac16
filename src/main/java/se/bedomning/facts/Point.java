package se.bedomning.facts;

import java.math.BigDecimal;
import java.util.Objects;

/** One year's value of a series, with the national median, base and numerator when the source states them. */
public record Point(int year, BigDecimal value, BigDecimal median, BigDecimal base, BigDecimal count, String quote) {

    public Point {
        Objects.requireNonNull(value, "value");
        quote = quote == null ? "" : quote;
    }
}
