package se.bedomning.facts;

import java.math.BigDecimal;
import java.util.Objects;

/** A base that the source gives only as a range over the period ("5–13 till antalet"). */
public record BaseRange(BigDecimal min, BigDecimal max, String quote) {

    public BaseRange {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("baseRange min " + min + " is above max " + max);
        }
        quote = quote == null ? "" : quote;
    }
}
