package se.bedomning.facts;

import java.math.BigDecimal;
import java.util.Objects;

/** One number an åtgärd produced ("100 yrkesverksamma", "90 procent nöjda"), with the quote it came from. */
public record ActionOutput(BigDecimal value, Measure measure, boolean approximate, String quote) {

    public ActionOutput {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(measure, "measure");
    }
}
