package se.bedomning.facts;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Lookup of the lower-case codes that the JSON files use for enum values. */
public final class Codes {

    private Codes() {
    }

    /** An enum whose constants have a stable lower-case code in the files. */
    public interface Coded {
        String code();
    }

    public static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
    }

    public static <E extends Enum<E> & Coded> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }
}
