package se.bedomning.facts;

import java.util.Objects;

/** A statement about the data of a series: a method change, a discontinued indicator, a correction. */
public record Note(NoteKind kind, Integer year, String text, String quote) {

    public Note {
        Objects.requireNonNull(kind, "kind");
        text = text == null ? "" : text;
        quote = quote == null ? "" : quote;
    }
}
