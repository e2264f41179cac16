package se.bedomning.facts;

import java.util.Objects;

/** A year the source lists without a value, and why; never part of any arithmetic. */
public record MissingValue(int year, MissingReason reason, String quote) {

    public MissingValue {
        Objects.requireNonNull(reason, "reason");
        quote = quote == null ? "" : quote;
    }
}
