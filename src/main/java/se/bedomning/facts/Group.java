package se.bedomning.facts;

import java.util.Objects;

/** A population a series is about; label is the Swedish phrase that follows the subject ("för kvinnor"). */
public record Group(String id, String label, Sex sex, String segment) {

    public Group {
        Indicator.requireId(id, "group");
        Objects.requireNonNull(label, "label");
    }
}
