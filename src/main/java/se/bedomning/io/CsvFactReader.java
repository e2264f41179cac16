package se.bedomning.io;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.bedomning.facts.ActionSource;
import se.bedomning.facts.Codes;
import se.bedomning.facts.FactSet;
import se.bedomning.facts.Group;
import se.bedomning.facts.Indicator;
import se.bedomning.facts.InputNote;
import se.bedomning.facts.MissingReason;
import se.bedomning.facts.MissingValue;
import se.bedomning.facts.Note;
import se.bedomning.facts.NoteKind;
import se.bedomning.facts.Point;
import se.bedomning.facts.Unit;
import se.bedomning.io.CsvRecords.Field;
import se.bedomning.io.CsvRecords.Record;
import se.bedomning.problem.ExitCode;
import se.bedomning.problem.Problem;

/**
 * Reads long-form CSV (one row per indicator, group and year) as Swedish Excel saves it: {@code ;}
 * between fields, decimal comma, UTF-8 with or without BOM, CRLF. Leading {@code # key: value} lines
 * give region, report, year and notes. Kolada's markers in the value column become missing values with
 * a reason, never zero. Every problem names file, line, column, the column name, the value and what was
 * expected, and all of them are reported in one run.
 */
public final class CsvFactReader {

    /** The columns of the format, with the Swedish names a colleague's spreadsheet may use. */
    enum Column {
        INDICATOR(CsvColumn.of("indicator", true, "indikator")),
        GROUP(CsvColumn.of("group", true, "grupp")),
        YEAR(CsvColumn.of("year", true, "år")),
        VALUE(CsvColumn.of("value", true, "värde")),
        MEDIAN(CsvColumn.of("median", false)),
        BASE(CsvColumn.of("base", false, "bas")),
        COUNT(CsvColumn.of("count", false, "antal")),
        QUOTE(CsvColumn.of("quote", false, "citat")),
        NOTE(CsvColumn.of("note", false, "not"));

        final CsvColumn spec;

        Column(CsvColumn spec) {
            this.spec = spec;
        }

        static Optional<Column> named(String header) {
            return CsvColumn.named(values(), c -> c.spec, header);
        }
    }

    private static final String EXPECTED_HEADER = "indicator;group;year;value (required) and median;base;count;"
            + "quote;note (optional)";
    private static final String MISSING_MARKERS = Arrays.stream(MissingReason.values())
            .map(r -> r.marker() + " (" + r.code() + ")").collect(Collectors.joining(", "));
    private static final Pattern META = Pattern.compile("#\\s*([\\p{L}]+)\\s*:(.*)", Pattern.DOTALL);
    private static final List<String> META_KEYS = List.of("region", "report", "year", "note", "actionsource");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][-+]?\\d{1,3})?");
    /** "cirka 60", "ca 60", "ca. 60", "~60": a value the source gives approximately. */
    private static final Pattern APPROXIMATE = Pattern.compile("(?i)(cirka|ca\\.?|~)\\s*(.+)");
    /** "94–95", "94-95 %", "94 – 95": a range (en dash or hyphen between two numbers). */
    private static final Pattern RANGE = Pattern.compile("(\\d[\\d ,.]*?)\\s*[–-]\\s*(\\d[\\d ,.]*%?)");
    private static final Pattern GROUPED_NUMBER = Pattern.compile("[-+]?\\d{1,3}([ \u00A0\u202F]\\d{3})+([.,]\\d+)?");

    private final String file;
    private final Catalog catalog;
    private final List<Problem> problems;
    private final SeriesAssembly assembly;
    private final Map<String, Integer> metaLine = new HashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<Column, Integer> columns = new EnumMap<>(Column.class);
    private List<Field> header;
    private char separator;
    private String region;
    private String report;
    private Integer year;
    /** What the # åtgärder section holds ({@code # actionSource:}); the handlingsplan's åtgärder unless it says. */
    private ActionSource actionSource = ActionSource.HANDLINGSPLAN;
    private int dataRows;
    /** Set once the {@code # åtgärder} section begins; every later row belongs to it. */
    private ActionRows actionRows;

    private CsvFactReader(String file, Catalog catalog, Problems problems) {
        this.file = file;
        this.catalog = catalog;
        this.problems = problems.list();
        this.assembly = new SeriesAssembly(file, this.problems);
    }

    public static FactSet read(Path path, Catalog catalog) {
        String label = path.toString();
        JsonFiles.Decoded d = JsonFiles.readText(path, label, ExitCode.BAD_INPUT, true);
        FactSet facts = read(d.text(), label, catalog);
        return d.windows1252() ? facts.withNote(new InputNote(InputNote.WINDOWS_1252,
                Map.of("file", path.getFileName().toString()))) : facts;
    }

    /** Reads CSV text already decoded (BOM removed); {@code label} names the file in problems. */
    public static FactSet read(String text, String label, Catalog catalog) {
        Problems problems = new Problems();
        CsvFactReader r = new CsvFactReader(label, catalog, problems);
        FactSet facts = r.readAll(text);
        problems.throwIfAny(ExitCode.BAD_INPUT, "The CSV file " + label + " has problems; nothing was drafted.");
        return facts;
    }

    private FactSet readAll(String text) {
        separator = CsvRecords.detectSeparator(text);
        CsvRecords records = new CsvRecords(text, separator, file, problems);
        for (Record r = records.next(); r != null; r = records.next()) {
            if (r.broken()) {
                // Already reported; counted so the file is not also said to have no rows.
                dataRows += header == null ? 0 : 1;
                continue;
            }
            if (r.isBlank()) {
                continue;
            }
            Field first = r.fields().get(0);
            if (actionRows == null && header != null && ActionRows.SECTION.matcher(first.text()).matches()) {
                actionRows = new ActionRows(file, problems, first.line());
            } else if (actionRows != null && !first.text().startsWith("#")) {
                actionRows.record(r);
            } else if (first.text().startsWith("#")) {
                comment(first);
            } else if (header == null) {
                header(r);
            } else if (!columns.isEmpty()) {
                row(r);
            }
        }
        if (header == null) {
            problems.add(Problem.at(file, 1, 1, "", "has no header row; expected a first line that names the columns: "
                    + EXPECTED_HEADER));
            return null;
        }
        if (!columns.isEmpty() && dataRows == 0) {
            problems.add(Problem.at(file, header.get(0).line(), 1, "", "has no data rows below the header; expected one"
                    + " row per indicator, group and year"));
        }
        if (region == null) {
            problems.add(Problem.at(file, 1, 1, "region", "is missing; add a line \"# region: Stockholms län\" above"
                    + " the header"));
        }
        if (report == null) {
            problems.add(Problem.at(file, 1, 1, "report", "is missing; add a line \"# report: <the report or data"
                    + " delivery the values come from>\" above the header"));
        }
        int reportYear = year != null ? year : assembly.newestYear();
        List<se.bedomning.facts.Action> actions = actionRows == null ? List.of() : actionRows.finish();
        if (region == null || report == null || reportYear == 0) {
            return null;
        }
        return new FactSet(file, region, reportYear, report, notes, assembly.build()).withActions(actions)
                .withActionSource(actionSource);
    }

    /** {@code # key: value} above the header sets a top-level field; any other {@code #} line is a comment. */
    private void comment(Field f) {
        Matcher m = META.matcher(f.text());
        if (!m.matches()) {
            return;
        }
        String key = CsvRecords.lower(m.group(1));
        String value = m.group(2).strip();
        int column = f.column() + (f.quoted() ? 1 : 0) + m.start(2) + (m.group(2).length() - m.group(2).stripLeading().length());
        if (!META_KEYS.contains(key)) {
            String hint = Suggest.closest(key, META_KEYS);
            if (!hint.isEmpty()) {
                problems.add(Problem.at(file, f.line(), f.column(), "", "\"# " + m.group(1) + ":\" is not a known"
                        + " line" + hint + " (known: # region:, # report:, # year:, # note:, # actionSource:)"));
            }
            return;
        }
        if (header != null) {
            problems.add(Problem.at(file, f.line(), f.column(), key, "\"# " + key + ":\" comes after the header; move"
                    + " it above the header line"));
            return;
        }
        if (!key.equals("note") && metaLine.containsKey(key)) {
            problems.add(Problem.at(file, f.line(), f.column(), key, "is already given at line " + metaLine.get(key)
                    + "; give it once"));
            return;
        }
        metaLine.put(key, f.line());
        if (value.isEmpty()) {
            problems.add(Problem.at(file, f.line(), column, key, "is empty; expected a text after \"# " + key + ":\""));
            return;
        }
        switch (key) {
            case "region" -> region = value;
            case "report" -> report = value;
            case "note" -> notes.add(value);
            case "actionsource" -> {
                Optional<ActionSource> source = Codes.find(ActionSource.class, value);
                if (source.isEmpty()) {
                    problems.add(Problem.at(file, f.line(), column, "actionSource", "is \"" + value
                            + "\"; expected one of " + Codes.allowed(ActionSource.class)));
                } else {
                    actionSource = source.get();
                }
            }
            default -> year = integer(value, f.line(), column, "year", FactFileReader.FIRST_YEAR,
                    FactFileReader.LAST_YEAR);
        }
    }

    private void header(Record r) {
        header = r.fields();
        Map<Column, Field> seen = new EnumMap<>(Column.class);
        for (int i = 0; i < header.size(); i++) {
            Field h = header.get(i);
            if (h.isBlank()) {
                continue;
            }
            Optional<Column> c = Column.named(h.text());
            if (c.isEmpty()) {
                problems.add(Problem.at(file, h.line(), h.column(), h.text(), "unknown column; expected "
                        + EXPECTED_HEADER + Suggest.closest(CsvRecords.lower(h.text()),
                                Arrays.stream(Column.values()).map(x -> x.spec.name()).toList())));
            } else if (seen.containsKey(c.get())) {
                problems.add(Problem.at(file, h.line(), h.column(), h.text(), "the column is already named at column "
                        + seen.get(c.get()).column() + "; name each column once"));
            } else {
                seen.put(c.get(), h);
                columns.put(c.get(), i);
            }
        }
        List<String> missing = Arrays.stream(Column.values()).filter(c -> c.spec.required() && !seen.containsKey(c))
                .map(c -> c.spec.name()).toList();
        if (!missing.isEmpty()) {
            String hint = header.size() == 1 ? " — the line has no " + CsvRecords.describe(separator)
                    + "; separate the column names with ; (Swedish Excel's CSV does)" : "";
            problems.add(Problem.at(file, r.line(), 1, "", "the header lacks the column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + "; expected " + EXPECTED_HEADER + hint));
            columns.clear();
        }
    }

    private void row(Record r) {
        dataRows++;
        List<Field> fields = r.fields();
        if (fields.size() > header.size()) {
            List<Field> extra = fields.subList(header.size(), fields.size());
            if (extra.stream().anyMatch(f -> !f.isBlank())) {
                problems.add(Problem.at(file, r.line(), extra.get(0).column(), "", "the row has " + fields.size()
                        + " fields but the header names " + header.size() + " columns" + (separator == ','
                        ? "; with , as separator a decimal comma splits a number in two — save the file with ; as"
                                + " separator (Swedish Excel's CSV does) or write decimal points"
                        : "; remove the extra fields or name their column in the header")));
                return;
            }
        }
        Indicator indicator = lookup(r, Column.INDICATOR, catalog.indicators(), "an indicator id");
        Group group = lookup(r, Column.GROUP, catalog.groups(), "a group id");
        Field yearField = cell(r, Column.YEAR);
        Integer y = yearField.isBlank()
                ? empty(yearField, Column.YEAR, "a year")
                : integer(yearField.text(), yearField.line(), yearField.column(), name(Column.YEAR),
                        FactFileReader.FIRST_YEAR, year != null ? year : FactFileReader.LAST_YEAR);
        Unit unit = indicator == null ? null : indicator.unit();
        Field valueField = cell(r, Column.VALUE);
        MissingReason reason = MissingReason.ofMarker(valueField.text().strip());
        BigDecimal value = null;
        BigDecimal low = null;
        BigDecimal high = null;
        boolean approximate = false;
        if (reason == null && valueField.isBlank()) {
            empty(valueField, Column.VALUE, "a number, or " + MISSING_MARKERS + " when the source gives none");
        } else if (reason == null) {
            Field v = valueField;
            Matcher about = APPROXIMATE.matcher(v.text().strip());
            if (about.matches()) {
                approximate = true;
                v = new Field(about.group(2), v.line(), v.column(), v.quoted());
            }
            Matcher range = RANGE.matcher(v.text().strip());
            if (range.matches()) {
                low = number(new Field(range.group(1), v.line(), v.column(), v.quoted()), Column.VALUE, unit);
                high = number(new Field(range.group(2), v.line(), v.column(), v.quoted()), Column.VALUE, unit);
                if (low != null && high != null && low.compareTo(high) > 0) {
                    problem(valueField, Column.VALUE, "is " + CsvRecords.shortQuote(valueField.text()) + ", a range"
                            + " whose low end is above its high end; expected low–high, such as 94–95");
                    low = null;
                }
            } else {
                value = number(v, Column.VALUE, unit);
            }
        }
        BigDecimal median = optionalNumber(r, Column.MEDIAN, unit);
        BigDecimal base = optionalNumber(r, Column.BASE, null);
        BigDecimal count = optionalNumber(r, Column.COUNT, null);
        check(r, Column.BASE, PointChecks.negative(base));
        check(r, Column.BASE, PointChecks.zeroBase(base, value));
        check(r, Column.COUNT, PointChecks.negative(count));
        check(r, Column.COUNT, PointChecks.countAboveBase(count, base));
        check(r, Column.VALUE, PointChecks.shareOfBase(value, count, base, unit));
        if (reason != null) {
            for (Column c : List.of(Column.MEDIAN, Column.BASE, Column.COUNT)) {
                if (!cell(r, c).isBlank() && MissingReason.ofMarker(cell(r, c).text().strip()) == null) {
                    problem(cell(r, c), c, "is " + CsvRecords.shortQuote(cell(r, c).text()) + " but the value is "
                            + valueField.text().strip() + " (" + reason.code() + "); a row has either a value or a"
                            + " reason why it has none — empty this cell or give the value");
                }
            }
        }
        String quote = cell(r, Column.QUOTE).text().strip();
        Note note = note(r, y);
        if (indicator == null || group == null || y == null) {
            return;
        }
        if (!assembly.claimYear(indicator, group, y, yearField.line(), yearField.column(), name(Column.YEAR))) {
            return;
        }
        if (note != null) {
            assembly.note(indicator, group, note);
        }
        if (reason != null) {
            assembly.missing(indicator, group, new MissingValue(y, reason, quote));
        } else if (low != null && high != null) {
            assembly.point(indicator, group, Point.range(y, low, high, median, base, count, quote, approximate));
        } else if (value != null) {
            assembly.point(indicator, group, new Point(y, value, median, base, count, quote, null, null, approximate));
        }
    }

    private <T> T lookup(Record r, Column c, Map<String, T> known, String expected) {
        Field f = cell(r, c);
        if (f.isBlank()) {
            return empty(f, c, expected + " from rules/catalog.json");
        }
        String id = f.text().strip();
        T t = known.get(id);
        if (t == null) {
            problem(f, c, "is \"" + id + "\", which is not in the catalog; use an id from rules/catalog.json or add"
                    + " it there" + Suggest.closest(id, known.keySet()));
        }
        return t;
    }

    /** {@code kind} or {@code kind: text}, e.g. {@code series_break: Frågan delades upp 2023}. */
    private Note note(Record r, Integer y) {
        Field f = cell(r, Column.NOTE);
        if (f.isBlank()) {
            return null;
        }
        String[] parts = f.text().split(":", 2);
        Optional<NoteKind> kind = Codes.find(NoteKind.class, CsvRecords.lower(parts[0]));
        String text = parts.length > 1 ? parts[1].strip() : null;
        if (kind.isEmpty()) {
            problem(f, Column.NOTE, "is " + CsvRecords.shortQuote(f.text()) + "; expected a note kind ("
                    + Codes.allowed(NoteKind.class) + "), optionally followed by \": text\"");
            return null;
        }
        if ((kind.get() == NoteKind.CAVEAT || kind.get() == NoteKind.NO_FIGURES) && (text == null || text.isEmpty())) {
            problem(f, Column.NOTE, "is \"" + kind.get().code() + "\" without a text; write \"" + kind.get().code()
                    + ": <what the source says>\"");
            return null;
        }
        String quote = cell(r, Column.QUOTE).text().strip();
        // A caveat is about the series, not a year: repeated on every row it is still one caveat.
        return new Note(kind.get(), kind.get() == NoteKind.CAVEAT ? null : y, text, quote);
    }

    private BigDecimal optionalNumber(Record r, Column c, Unit unit) {
        Field f = cell(r, c);
        if (f.isBlank() || MissingReason.ofMarker(f.text().strip()) != null) {
            return null;
        }
        return number(f, c, unit);
    }

    /** A number with decimal comma or point; {@code unit} (when known) is checked, and allows a % sign for shares. */
    private BigDecimal number(Field f, Column c, Unit unit) {
        String raw = f.text().strip();
        String s = raw.replace('\u2212', '-');
        boolean percentSign = s.endsWith("%");
        if (percentSign) {
            s = s.substring(0, s.length() - 1).strip();
        }
        BigDecimal v = null;
        if (s.length() <= 40 && GROUPED_NUMBER.matcher(s).matches()) {
            v = new BigDecimal(s.replaceAll("[ \u00A0\u202F]", "").replace(',', '.'));
        } else if (s.length() <= 40 && PLAIN_NUMBER.matcher(s).matches()) {
            v = new BigDecimal(s.replace(',', '.'));
        }
        if (v == null) {
            String hint = s.indexOf(',') >= 0 && s.indexOf('.') >= 0 ? " (use either a decimal comma or a decimal point,"
                    + " without thousands separators)" : "";
            problem(f, c, "is " + CsvRecords.shortQuote(raw) + "; expected a number such as 12,5 or 12.5"
                    + (c == Column.VALUE ? ", or " + MISSING_MARKERS + " when the source gives none" : "") + hint);
            return null;
        }
        if (percentSign && unit != Unit.PERCENT) {
            problem(f, c, "is " + CsvRecords.shortQuote(raw) + " with a % sign, but the indicator's unit is "
                    + (unit == null ? "not known" : unit.code()) + "; write the number without %");
            return null;
        }
        String wrong = PointChecks.size(v);
        if (wrong == null && unit != null) {
            wrong = PointChecks.range(v, unit);
        }
        if (wrong != null) {
            problem(f, c, wrong);
            return null;
        }
        return v;
    }

    private Integer integer(String raw, int line, int column, String field, int min, int max) {
        String s = raw.strip();
        if (s.matches("\\d{1,9}") && Integer.parseInt(s) >= min && Integer.parseInt(s) <= max) {
            return Integer.parseInt(s);
        }
        problems.add(Problem.at(file, line, column, field, "is " + CsvRecords.shortQuote(s) + "; expected a whole"
                + " number from " + min + " to " + max + (field.equals("year") || field.equals(name(Column.YEAR))
                ? " (for a school year such as 2023/2024, the later year)" : "")));
        return null;
    }

    private <T> T empty(Field f, Column c, String expected) {
        problem(f, c, "is empty; expected " + expected);
        return null;
    }

    private void check(Record r, Column c, String message) {
        if (message != null) {
            problem(cell(r, c), c, message);
        }
    }

    private void problem(Field f, Column c, String message) {
        problems.add(Problem.at(file, f.line(), f.column(), name(c), message));
    }

    /** The column as the header spells it, so the message uses the user's word. */
    private String name(Column c) {
        Integer i = columns.get(c);
        return i == null ? c.spec.name() : header.get(i).text().strip();
    }

    /** The cell of column {@code c}; a row cut short (or a column the header lacks) gives an empty cell at the row's end. */
    private Field cell(Record r, Column c) {
        Integer i = columns.get(c);
        List<Field> fields = r.fields();
        if (i != null && i < fields.size()) {
            return fields.get(i);
        }
        Field last = fields.get(fields.size() - 1);
        return new Field("", last.line(), last.column() + last.text().length(), false);
    }
}
