package se.bedomning.io;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of the analyst's workbook, shared by {@link WorkbookWriter} and {@link WorkbookReader} so the two
 * cannot drift apart: sheet names, column headings, and how a value that is not a plain number (a range,
 * an approximate value, a missing value) is written in a cell. Free of POI types, so naming the layout
 * never loads the spreadsheet library.
 */
final class WorkbookLayout {

    static final String ABOUT = "Om filen";
    static final String INDICATORS = "Indikatorer";
    static final String GROUPS = "Grupper";
    static final String NOTES = "Noter";
    /** The handlingsplan's åtgärder, one row each; written only when the fact file has them. */
    static final String ACTIONS = "Åtgärder";
    /**
     * Columns of the Åtgärder sheet. "utfall" is the CSV section's text form ("cirka 350 deltagare | 3 av 6
     * kommuner"); "utfall citat" gives each item's quote, one per line in the same order (empty: the status quote).
     */
    static final List<String> ACTION_COLUMNS = List.of("id", "mål", "titel", "aktör", "status", "citat", "utfall",
            "utfall citat", "redovisas under", "ämne", "aktörer");
    static final String GOAL_PREFIX = "Mål ";
    static final Pattern GOAL_SHEET = Pattern.compile("Mål ([1-8])");

    /** Keys of the "Om filen" sheet (column A), values in column B. */
    static final String KEY_FORMAT = "format";
    static final String KEY_REGION = "region";
    static final String KEY_REPORT = "rapport";
    static final String KEY_YEAR = "år";
    static final String KEY_NOTE = "anteckning";
    /** What the Åtgärder sheet holds: handlingsplan (the default) or activities (fact files' actionSource). */
    static final String KEY_ACTION_SOURCE = "åtgärdskälla";
    static final String FORMAT = "bedomning-workbook/1";

    /** Fixed columns of a Mål sheet: ids (read) and a name (for the analyst only, never read). */
    static final String COL_INDICATOR = "indikator";
    static final String COL_GROUP = "grupp";
    static final String COL_NAME = "namn";
    static final int FIXED_COLUMNS = 3;

    /** The columns per year: "2024", "2024 median", "2024 bas", "2024 antal", "2024 källa". */
    enum YearField {
        VALUE(""), MEDIAN("median"), BASE("bas"), COUNT("antal"), QUOTE("källa");

        final String suffix;

        YearField(String suffix) {
            this.suffix = suffix;
        }

        String heading(int year) {
            return suffix.isEmpty() ? Integer.toString(year) : year + " " + suffix;
        }
    }

    static final Pattern YEAR_HEADING = Pattern.compile("(\\d{4})(?:\\s+(\\p{L}+))?");

    /** Columns of the "Indikatorer" sheet: the catalog's field names, so a row reads like a catalog entry. */
    static final List<String> INDICATOR_COLUMNS = List.of("id", "name", "subject", "goal", "violenceType", "unit",
            "polarity", "source", "baseKind", "respondent", "question", "family", "population", "distribution", "topic",
            "targetGroup", "provision", "actor");
    static final List<String> GROUP_COLUMNS = List.of("id", "label", "sex", "segment");
    static final List<String> NOTE_COLUMNS = List.of("indikator", "grupp", "typ", "år", "text", "källa");
    /** A note type beside the note kinds: the base given only as a range over the period, text "5–13". */
    static final String BASE_RANGE = "base_range";

    static final String APPROXIMATE_WORD = "cirka";
    static final char RANGE_DASH = '–';
    static final Pattern RANGE_TEXT = Pattern.compile("(\\S+?)\\s*[–-]\\s*(\\S+)");

    private WorkbookLayout() {
    }

    static String goalSheet(int goal) {
        return GOAL_PREFIX + goal;
    }

    /** A number as Swedish Excel shows it in text: decimal comma, no grouping ("94,5"). */
    static String swedish(BigDecimal v) {
        return v.toPlainString().replace('.', ',');
    }

    /** "94–95", the way the report writes a range and the analyst types it. */
    static String range(BigDecimal low, BigDecimal high) {
        return swedish(low) + RANGE_DASH + swedish(high);
    }

    /** Column letters as Excel names them: 0 → A, 26 → AA. */
    static String columnName(int column) {
        StringBuilder sb = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            sb.append((char) ('A' + (c - 1) % 26));
        }
        return sb.reverse().toString();
    }

    /** {@code Mål 4!F12}: where the analyst finds a cell (0-based row and column). */
    static String cell(String sheet, int row, int column) {
        return sheet + "!" + columnName(column) + (row + 1);
    }

    static String lower(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    /** "cirka 60", "ca 60", "ca. 60", "~60": as the CSV reader accepts them. */
    private static final Pattern APPROXIMATE = Pattern.compile("(?i)(cirka|ca\\.?|~)\\s*(.+)");

    static Matcher approximate(String text) {
        return APPROXIMATE.matcher(text);
    }
}
