package se.bedomning.io;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A column of a CSV section as its header may name it: the English name, the Swedish words an analyst's
 * spreadsheet may use instead (case-insensitive), and whether every row needs it. Each section's columns
 * are an enum holding one of these, so that headers are read the same way in every section.
 */
record CsvColumn(String name, boolean required, List<String> aliases) {

    static CsvColumn of(String name, boolean required, String... aliases) {
        return new CsvColumn(name, required, List.of(aliases));
    }

    boolean isNamed(String header) {
        String h = CsvRecords.lower(header);
        return name.equals(h) || aliases.contains(h);
    }

    /** The name a message uses for a column missing from the header: its first Swedish word, else its name. */
    String preferredName() {
        return aliases.isEmpty() ? name : aliases.get(0);
    }

    /** The column among {@code columns} that a header cell names. */
    static <E extends Enum<E>> Optional<E> named(E[] columns, Function<E, CsvColumn> spec, String header) {
        return Arrays.stream(columns).filter(c -> spec.apply(c).isNamed(header)).findFirst();
    }
}
