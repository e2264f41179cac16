package se.bedomning.facts;

import java.util.Map;
import java.util.TreeMap;

/**
 * Something a reader did with the input that the analyst must know and the draft says: a CSV read as
 * Windows-1252, Kolada values kept although Kolada marks them, a workbook value that is a formula's saved result. {@code key} names the wording template
 * (document.{key} in wording/sv.json); {@code values} fill its placeholders.
 */
public record InputNote(String key, Map<String, String> values) {

    /** The wording keys of the notes readers make. */
    public static final String WINDOWS_1252 = "windows1252Note";
    public static final String KOLADA_STATUS = "koladaStatusNote";
    public static final String WORKBOOK_FORMULA = "workbookFormulaNote";

    public InputNote {
        values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
    }
}
