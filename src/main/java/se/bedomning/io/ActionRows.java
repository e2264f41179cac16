package se.bedomning.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.bedomning.facts.Action;
import se.bedomning.facts.ActionOutput;
import se.bedomning.facts.ActionStatus;
import se.bedomning.facts.Codes;
import se.bedomning.facts.Measure;
import se.bedomning.facts.Reach;
import se.bedomning.io.CsvRecords.Field;
import se.bedomning.io.CsvRecords.Record;
import se.bedomning.problem.Problem;

/**
 * The {@code # åtgärder} section of a long-form CSV: one row per åtgärd of the handlingsplan as analysts
 * collect them from the actors (id;mål;titel;aktör;status;utfall;citat). The section has its own header
 * row. Problems name file, line, column, the column as the header spells it, the value and what was
 * expected, and are reported with the series' problems.
 */
final class ActionRows {

    /** A line that opens the section: "# åtgärder" or "# actions", with or without a colon. */
    static final Pattern SECTION = Pattern.compile("(?iu)#\\s*(åtgärder|actions)\\s*:?\\s*");

    enum Column {
        ID(CsvColumn.of("id", true)),
        GOAL(CsvColumn.of("goal", true, "mål")),
        TITLE(CsvColumn.of("title", true, "titel")),
        ACTOR(CsvColumn.of("actor", true, "aktör")),
        STATUS(CsvColumn.of("status", true)),
        OUTPUTS(CsvColumn.of("outputs", false, "utfall")),
        QUOTE(CsvColumn.of("quote", true, "citat", "källa")),
        UNDER(CsvColumn.of("reported_under", false, "redovisas under"));

        final CsvColumn spec;

        Column(CsvColumn spec) {
            this.spec = spec;
        }

        static Optional<Column> named(String header) {
            return CsvColumn.named(values(), c -> c.spec, header);
        }
    }

    static final String EXPECTED_HEADER = "id;mål;titel;aktör;status;citat (required) and utfall;redovisas under"
            + " (optional)";
    /** "3 av 6 kommuner": how far an åtgärd has reached. */
    private static final Pattern REACH = Pattern.compile("(?iu)(\\d+)\\s+av\\s+(\\d+)\\s+(\\S+)");
    /** "cirka 350 deltagare", "90 % andel_nöjda", "6 600 utbildade". */
    private static final Pattern OUTPUT = Pattern.compile(
            "(?iu)(cirka\\s+|ca\\.?\\s+)?(\\d{1,3}(?:[ \u00A0\u202F]\\d{3})+|\\d+)([.,]\\d+)?\\s*(%)?\\s+(\\S+)");

    private final String file;
    private final List<Problem> problems;
    private final Map<Column, Integer> columns = new EnumMap<>(Column.class);
    private final Map<String, Integer> seen = new HashMap<>();
    private final List<Action> actions = new ArrayList<>();
    /** The "redovisas under" cell of each åtgärd reported under another, checked against every id at the end. */
    private final Map<String, Field> underCells = new java.util.LinkedHashMap<>();
    private final int sectionLine;
    private List<Field> header;
    private int rows;

    ActionRows(String file, List<Problem> problems, int sectionLine) {
        this.file = file;
        this.problems = problems;
        this.sectionLine = sectionLine;
    }

    void record(Record r) {
        if (header == null) {
            header(r);
        } else if (!columns.isEmpty()) {
            rows++;
            row(r);
        }
    }

    /** The åtgärder read, in file order; reports a section without header or rows. */
    List<Action> finish() {
        if (header == null) {
            problems.add(Problem.at(file, sectionLine, 1, "", "the section \"# åtgärder\" has no header row; expected"
                    + " a line that names the columns: " + EXPECTED_HEADER));
        } else if (!columns.isEmpty() && rows == 0) {
            problems.add(Problem.at(file, header.get(0).line(), 1, "", "the section \"# åtgärder\" has no rows below"
                    + " its header; expected one row per åtgärd, or remove the section"));
        }
        for (Action a : actions) {
            if (a.reportedUnder() != null && !seen.containsKey(a.reportedUnder())) {
                problem(underCells.get(a.id()), Column.UNDER, ActionFacts.unknownUnder(a.reportedUnder(), seen.keySet()));
            }
        }
        return actions;
    }

    private void header(Record r) {
        header = r.fields();
        Map<Column, Field> named = new EnumMap<>(Column.class);
        for (int i = 0; i < header.size(); i++) {
            Field h = header.get(i);
            if (h.isBlank()) {
                continue;
            }
            Optional<Column> c = Column.named(h.text());
            if (c.isEmpty()) {
                problems.add(Problem.at(file, h.line(), h.column(), h.text(), "unknown column of the åtgärder section;"
                        + " expected " + EXPECTED_HEADER + Suggest.closest(CsvRecords.lower(h.text()),
                                Arrays.stream(Column.values()).flatMap(x -> x.spec.aliases().stream()).toList())));
            } else if (named.containsKey(c.get())) {
                problems.add(Problem.at(file, h.line(), h.column(), h.text(), "the column is already named at column "
                        + named.get(c.get()).column() + "; name each column once"));
            } else {
                named.put(c.get(), h);
                columns.put(c.get(), i);
            }
        }
        List<String> missing = Arrays.stream(Column.values()).filter(c -> c.spec.required() && !named.containsKey(c))
                .map(c -> c.spec.preferredName()).toList();
        if (!missing.isEmpty()) {
            problems.add(Problem.at(file, r.line(), 1, "", "the åtgärder header lacks the column"
                    + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing) + "; expected " + EXPECTED_HEADER));
            columns.clear();
        }
    }

    private void row(Record r) {
        String id = required(r, Column.ID, "the åtgärd's number, like 2.4");
        Field goalCell = cell(r, Column.GOAL);
        Integer goal = null;
        if (goalCell.text().strip().matches("[1-8]")) {
            goal = Integer.parseInt(goalCell.text().strip());
        } else {
            problem(goalCell, Column.GOAL, "is " + CsvRecords.shortQuote(goalCell.text().strip())
                    + "; expected the Mål number, a whole number from 1 to 8");
        }
        String title = required(r, Column.TITLE, "the åtgärd's title as the handlingsplan gives it");
        String actor = required(r, Column.ACTOR, "the responsible actor, like Länsstyrelsen");
        ActionStatus status = status(cell(r, Column.STATUS));
        String quote = required(r, Column.QUOTE, "the sentence of the report that gives the status");
        String under = columns.containsKey(Column.UNDER) && !cell(r, Column.UNDER).isBlank()
                ? cell(r, Column.UNDER).text().strip() : null;
        boolean ok = id != null && goal != null && title != null && actor != null && status != null && quote != null;
        if (id != null) {
            String wrong = ActionFacts.checkId(id, goal);
            if (wrong != null) {
                problem(cell(r, Column.ID), Column.ID, wrong);
                ok = false;
            }
        }
        String wrongUnder = ActionFacts.checkReportedUnder(status, under, id);
        if (wrongUnder != null) {
            Field at = columns.containsKey(Column.UNDER) ? cell(r, Column.UNDER) : cell(r, Column.STATUS);
            problem(at, Column.UNDER, wrongUnder);
            ok = false;
        }
        List<ActionOutput> outputs = List.of();
        Reach reach = null;
        Field out = columns.containsKey(Column.OUTPUTS) ? cell(r, Column.OUTPUTS) : null;
        if (out != null && !out.isBlank()) {
            Outputs parsed = outputs(out.text(), null, quote, m -> problem(out, Column.OUTPUTS, m));
            outputs = parsed.outputs();
            reach = parsed.reach();
            ok &= parsed.ok();
        }
        // A repeated id is a problem of its own, even when either row has others.
        Integer first = id == null ? null : seen.putIfAbsent(id, r.line());
        if (first != null) {
            problem(cell(r, Column.ID), Column.ID, "\"" + id + "\" is already given at line " + first
                    + "; give each åtgärd once");
            return;
        }
        if (!ok) {
            return;
        }
        actions.add(new Action(id, goal, title, actor, status, quote, outputs, reach, under, actions.size()));
        if (under != null) {
            underCells.put(id, cell(r, Column.UNDER));
        }
    }

    /** The outputs and reach an "utfall" text gives, and whether every item was sound. */
    record Outputs(List<ActionOutput> outputs, Reach reach, boolean ok, int items) {
    }

    /**
     * Parses the "utfall" text, items separated by |, as both the CSV section and the workbook's Åtgärder sheet
     * write it ({@link #outputsText}). Item i takes {@code quotes.get(i)} when quotes are given (the workbook's
     * column of output quotes), else the status quote. Each problem goes to {@code problem}.
     */
    static Outputs outputs(String text, List<String> quotes, String statusQuote, java.util.function.Consumer<String> problem) {
        List<ActionOutput> outputs = new ArrayList<>();
        Reach reach = null;
        boolean ok = true;
        int item = 0;
        for (String part : text.split("\\|")) {
            String s = part.strip();
            if (s.isEmpty()) {
                continue;
            }
            String quote = quotes != null && item < quotes.size() ? quotes.get(item)
                    : statusQuote == null ? "" : statusQuote;
            item++;
            Matcher reachMatch = REACH.matcher(s);
            Matcher outMatch = OUTPUT.matcher(s);
            if (reachMatch.matches()) {
                Measure m = measure(reachMatch.group(3), problem);
                int count = Integer.parseInt(reachMatch.group(1));
                int of = Integer.parseInt(reachMatch.group(2));
                String wrong = ActionFacts.checkReach(count, of, m);
                if (of == 0) {
                    wrong = "a reach of 0; expected \"count av of\" with of above 0";
                }
                if (wrong != null) {
                    problem.accept("\"" + s + "\": " + wrong);
                    ok = false;
                } else if (reach != null) {
                    problem.accept("gives two reaches (\"… av …\"); give one reach per åtgärd");
                    ok = false;
                } else if (m != null) {
                    reach = new Reach(count, of, m, quote);
                } else {
                    ok = false;
                }
            } else if (outMatch.matches()) {
                Measure m = measure(outMatch.group(5), problem);
                String digits = outMatch.group(2).replaceAll("[ \u00A0\u202F]", "")
                        + (outMatch.group(3) == null ? "" : "." + outMatch.group(3).substring(1));
                BigDecimal v = new BigDecimal(digits);
                if (m != null && outMatch.group(4) != null && !m.isShare()) {
                    problem.accept("\"" + s + "\" has a % sign but " + m.code() + " is a count;"
                            + " a share is andel_nöjda");
                    ok = false;
                    continue;
                }
                String wrong = ActionFacts.checkOutput(v, m);
                if (wrong != null) {
                    problem.accept("\"" + s + "\": " + wrong);
                    ok = false;
                } else if (m != null) {
                    outputs.add(new ActionOutput(v, m, outMatch.group(1) != null, quote));
                } else {
                    ok = false;
                }
            } else if (s.matches("[-−]\\s*\\d.*")) {
                problem.accept("\"" + s + "\" is below 0; an output is a count or a share, never below 0");
                ok = false;
            } else {
                problem.accept("has " + CsvRecords.shortQuote(s) + "; expected outputs separated by"
                        + " |, each a number and a measure (\"cirka 350 deltagare\", \"90 % andel_nöjda\") or a"
                        + " reach (\"3 av 6 kommuner\"); measures: " + Codes.allowed(Measure.class));
                ok = false;
            }
        }
        return new Outputs(outputs, reach, ok, item);
    }

    /** The "utfall" text of an åtgärd, outputs then reach, that {@link #outputs} reads back to the same facts. */
    static String outputsText(Action a) {
        List<String> items = new ArrayList<>();
        for (ActionOutput o : a.outputs()) {
            items.add((o.approximate() ? "cirka " : "") + o.value().toPlainString().replace('.', ',')
                    + (o.measure().isShare() ? " % " : " ") + o.measure().code());
        }
        if (a.reach() != null) {
            items.add(a.reach().count() + " av " + a.reach().of() + " " + a.reach().measure().code());
        }
        return String.join(" | ", items);
    }

    /** The quotes of the items of {@link #outputsText}, in the same order. */
    static List<String> outputQuotes(Action a) {
        List<String> quotes = new ArrayList<>();
        a.outputs().forEach(o -> quotes.add(o.quote()));
        if (a.reach() != null) {
            quotes.add(a.reach().quote());
        }
        return quotes;
    }

    private static Measure measure(String word, java.util.function.Consumer<String> problem) {
        Optional<Measure> m = Codes.find(Measure.class, CsvRecords.lower(word));
        if (m.isEmpty()) {
            problem.accept("names the measure \"" + word + "\"; expected one of "
                    + Codes.allowed(Measure.class) + Suggest.closest(CsvRecords.lower(word),
                            Arrays.stream(Measure.values()).map(Measure::code).toList()));
        }
        return m.orElse(null);
    }

    /** The status a cell gives, by code or Swedish word; null when it is neither. */
    static ActionStatus status(String text) {
        String s = CsvRecords.lower(text.strip());
        for (ActionStatus st : ActionStatus.values()) {
            if (st.code().equals(s) || st.swedish().equals(s)) {
                return st;
            }
        }
        return null;
    }

    static String statusExpected() {
        return "one of " + Codes.allowed(ActionStatus.class) + " (or in Swedish: " + String.join(", ",
                Arrays.stream(ActionStatus.values()).map(ActionStatus::swedish).toList()) + ")";
    }

    private ActionStatus status(Field f) {
        ActionStatus st = status(f.text());
        if (st == null) {
            problem(f, Column.STATUS, "is " + CsvRecords.shortQuote(f.text().strip()) + "; expected " + statusExpected());
        }
        return st;
    }

    private String required(Record r, Column c, String expected) {
        Field f = cell(r, c);
        if (f.isBlank()) {
            problem(f, c, "is empty; expected " + expected);
            return null;
        }
        return f.text().strip();
    }

    private void problem(Field f, Column c, String message) {
        Integer i = columns.get(c);
        String name = i == null ? c.spec.name() : header.get(i).text().strip();
        problems.add(Problem.at(file, f.line(), f.column(), name, message));
    }

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
