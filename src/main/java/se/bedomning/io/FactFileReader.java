package se.bedomning.io;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.bedomning.facts.BaseRange;
import se.bedomning.facts.Codes;
import se.bedomning.facts.ActionSource;
import se.bedomning.facts.FactSet;
import se.bedomning.facts.Group;
import se.bedomning.facts.Indicator;
import se.bedomning.facts.MissingReason;
import se.bedomning.facts.MissingValue;
import se.bedomning.facts.Note;
import se.bedomning.facts.NoteKind;
import se.bedomning.facts.Point;
import se.bedomning.facts.SeriesData;
import se.bedomning.problem.ExitCode;

/** Reads and validates a {@code bedomning-facts/1} file against the catalog before any rule runs. */
public final class FactFileReader {

    public static final String FORMAT = "bedomning-facts/1";
    /** Years outside this window are typing mistakes, not data. */
    public static final int FIRST_YEAR = 1990;
    public static final int LAST_YEAR = 2100;

    private static final Set<String> TOP_FIELDS = Set.of("format", "region", "year", "report", "notes",
            "indicators", "groups", "series", "actions", "actionSource");
    private static final Set<String> SERIES_FIELDS = Set.of("indicator", "group", "points", "notes", "baseRange");
    private static final Set<String> POINT_FIELDS = Set.of("year", "value", "low", "high", "approximate",
            "missing", "median", "base", "count", "quote");
    private static final Set<String> NOTE_FIELDS = Set.of("kind", "year", "text", "quote");
    private static final Set<String> RANGE_FIELDS = Set.of("min", "max", "quote");

    private FactFileReader() {
    }

    public static FactSet read(Path file, Catalog catalog) {
        String label = file.toString();
        return read(JsonFiles.read(file, label, ExitCode.BAD_INPUT), label, catalog);
    }

    /** Validates an already parsed fact document (e.g. one embedded in a rule test case). */
    public static FactSet read(Node root, String label, Catalog catalog) {
        Problems problems = new Problems();
        Fields f = new Fields(label, problems.list());
        FactSet result = null;
        if (f.isObject(root, "(top level)")) {
            result = readTop(f, root, catalog);
        }
        problems.throwIfAny(ExitCode.BAD_INPUT, "The fact file " + label + " has problems; nothing was drafted.");
        return result;
    }

    private static FactSet readTop(Fields f, Node root, Catalog catalog) {
        f.onlyKnown(root, "", TOP_FIELDS);
        String format = f.text(root, "", "format");
        if (format != null && !FORMAT.equals(format)) {
            f.problem(root.fields().get("format"), "format", "is \"" + format + "\"; expected \"" + FORMAT + "\"");
        }
        String region = f.text(root, "", "region");
        Integer year = f.integer(root, "", "year", FIRST_YEAR, LAST_YEAR);
        String report = f.text(root, "", "report");
        check(f, root.fields().get("region"), "", "region", PointChecks.headingText(region, "Stockholms län"));
        check(f, root.fields().get("report"), "", "report", PointChecks.headingText(report, "Lägesrapport 2024"));
        if (region != null && region.isBlank() || report != null && report.isBlank()) {
            region = null;
        }
        List<String> notes = new ArrayList<>();
        List<Node> noteNodes = f.list(root, "", "notes", false);
        for (int i = 0; i < noteNodes.size(); i++) {
            Node n = noteNodes.get(i);
            if (n.isText()) {
                notes.add((String) n.value());
            } else {
                f.problem(n, "notes[" + i + "]", "is " + n.describe() + "; expected a text");
            }
        }
        Catalog all = catalog.with(Definitions.read(f, root, false));
        List<SeriesData> series = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, Node> firstAt = new HashMap<>();
        for (Fields.Item item : f.objects(root, "", "series", true)) {
            String path = item.path();
            Node s = item.node();
            SeriesData data = readSeries(f, s, path, all, item.index(), year);
            if (data != null) {
                if (!seen.add(data.key())) {
                    Node first = firstAt.get(data.key());
                    f.problem(s, path, "indicator \"" + data.indicator().id() + "\" with group \"" + data.group().id()
                            + "\" is already given at line " + first.line() + "; merge the two series");
                } else {
                    firstAt.put(data.key(), s);
                    series.add(data);
                }
            }
        }
        List<se.bedomning.facts.Action> actions = ActionFacts.read(f, root);
        ActionSource actionSource = f.optionalCode(root, "", "actionSource", ActionSource.class);
        // A file of åtgärder alone is a real draft (the handlingsplan paragraphs); one with neither series nor
        // åtgärder would be eight empty sections that look like a real draft.
        Node seriesList = root.fields().get("series");
        if (seriesList != null && seriesList.isArray() && seriesList.items().isEmpty() && actions.isEmpty()) {
            f.problem(seriesList, "series", "is empty and there are no actions; a draft needs at least one series"
                    + " of values or one åtgärd (with neither it would be eight empty sections that look like a real"
                    + " draft) — add the series or check that this is the file you meant");
        }
        if (region == null || year == null || report == null) {
            return null;
        }
        return new FactSet(f.file(), region, year, report, notes, series).withActions(actions)
                .withActionSource(actionSource == null ? ActionSource.HANDLINGSPLAN : actionSource);
    }

    private static SeriesData readSeries(Fields f, Node s, String path, Catalog all, int position, Integer reportYear) {
        f.onlyKnown(s, path, SERIES_FIELDS);
        String indicatorId = f.text(s, path, "indicator");
        String groupId = f.text(s, path, "group");
        Indicator indicator = null;
        Group group = null;
        if (indicatorId != null) {
            indicator = all.indicators().get(indicatorId);
            if (indicator == null) {
                f.problem(s.fields().get("indicator"), path + ".indicator", "\"" + indicatorId
                        + "\" is not in the catalog nor defined in this file; add it to rules/catalog.json or to"
                        + " this file's \"indicators\"" + Suggest.closest(indicatorId, all.indicators().keySet()));
            }
        }
        if (groupId != null) {
            group = all.groups().get(groupId);
            if (group == null) {
                f.problem(s.fields().get("group"), path + ".group", "\"" + groupId
                        + "\" is not in the catalog nor defined in this file; add it to rules/catalog.json or to"
                        + " this file's \"groups\"" + Suggest.closest(groupId, all.groups().keySet()));
            }
        }
        List<Point> points = new ArrayList<>();
        List<MissingValue> missing = new ArrayList<>();
        Map<Integer, Node> years = new HashMap<>();
        for (Fields.Item item : f.objects(s, path, "points", true)) {
            String pp = item.path();
            Node p = item.node();
            f.onlyKnown(p, pp, POINT_FIELDS);
            Integer year = f.integer(p, pp, "year", FIRST_YEAR, reportYear == null ? LAST_YEAR : reportYear);
            boolean isMissing = p.fields().containsKey("missing");
            MissingValue m = isMissing ? readMissing(f, p, pp, year) : null;
            Point point = isMissing ? null : readPoint(f, p, pp, year, indicator);
            if (year != null && years.containsKey(year)) {
                f.problem(p.fields().get("year"), pp + ".year", "year " + year + " is already given at line "
                        + years.get(year).line() + "; give each year once per series");
                continue;
            }
            if (year != null) {
                years.put(year, p);
            }
            if (m != null) {
                missing.add(m);
            }
            if (point != null) {
                points.add(point);
            }
        }
        List<Note> notes = readNotes(f, s, path);
        Node pointList = s.fields().get("points");
        if (pointList != null && pointList.isArray() && pointList.items().isEmpty() && notes.isEmpty()) {
            f.problem(s, path + ".points", "is empty; give at least one point, or a note (e.g. discontinued) that"
                    + " says why there is no data");
        }
        BaseRange baseRange = readBaseRange(f, s, path);
        if (indicator == null || group == null) {
            return null;
        }
        return new SeriesData(indicator, group, points, missing, notes, baseRange, position);
    }

    private static Point readPoint(Fields f, Node p, String pp, Integer year, Indicator indicator) {
        boolean range = p.fields().containsKey("low") || p.fields().containsKey("high");
        if (range && p.fields().containsKey("value")) {
            f.problem(p.fields().get("value"), pp + ".value", "is given together with a range (low, high); a point"
                    + " has either a value or a range — remove one of them");
            return null;
        }
        if (!range && !p.fields().containsKey("value")) {
            f.problem(p, pp + ".value", "is missing; expected a number, a range (\"low\" and \"high\"), or"
                    + " \"missing\": " + Codes.allowed(MissingReason.class).replace(", ", " | ")
                    + " when the source gives no value");
            return null;
        }
        BigDecimal value = range ? null : f.number(p, pp, "value");
        BigDecimal low = range ? f.number(p, pp, "low") : null;
        BigDecimal high = range ? f.number(p, pp, "high") : null;
        Boolean approximate = f.optionalBoolean(p, pp, "approximate");
        BigDecimal median = f.optionalNumber(p, pp, "median");
        BigDecimal base = f.optionalNumber(p, pp, "base");
        BigDecimal count = f.optionalNumber(p, pp, "count");
        String quote = f.optionalText(p, pp, "quote");
        if (indicator != null) {
            check(f, p, pp, "value", PointChecks.range(value, indicator.unit()));
            check(f, p, pp, "median", PointChecks.range(median, indicator.unit()));
        }
        check(f, p, pp, "base", PointChecks.negative(base));
        check(f, p.fields().get("base"), pp, "base", PointChecks.zeroBase(base, value));
        check(f, p, pp, "count", PointChecks.negative(count));
        if (count != null) {
            check(f, p.fields().get("count"), pp, "count", PointChecks.countAboveBase(count, base));
            if (indicator != null && !range) {
                check(f, p.fields().get("value"), pp, "value", PointChecks.shareOfBase(value, count, base,
                        indicator.unit()));
            }
        }
        if (indicator != null) {
            check(f, p, pp, "low", PointChecks.range(low, indicator.unit()));
            check(f, p, pp, "high", PointChecks.range(high, indicator.unit()));
        }
        if (low != null && high != null && low.compareTo(high) > 0) {
            f.problem(p.fields().get("low"), pp + ".low", "is " + PointChecks.show(low) + ", above high "
                    + PointChecks.show(high) + "; expected low ≤ high");
            return null;
        }
        boolean about = approximate != null && approximate;
        if (year == null) {
            return null;
        }
        if (range) {
            return low == null || high == null ? null : Point.range(year, low, high, median, base, count, quote, about);
        }
        return value == null ? null : new Point(year, value, median, base, count, quote, null, null, about);
    }

    /** A year the source lists without a value: kept with its reason, never read as zero. */
    private static MissingValue readMissing(Fields f, Node p, String pp, Integer year) {
        MissingReason reason = f.code(p, pp, "missing", MissingReason.class);
        for (String field : List.of("value", "median", "base", "count")) {
            if (p.fields().containsKey(field)) {
                f.problem(p.fields().get(field), pp + "." + field, "is given together with \"missing\"; a point has"
                        + " either a value or a reason why it has none — remove one of them");
            }
        }
        String quote = f.optionalText(p, pp, "quote");
        return year == null || reason == null ? null : new MissingValue(year, reason, quote);
    }

    /** Records {@code message} as a problem of the field, when there is one; the path is joined only then. */
    private static void check(Fields f, Node at, String path, String field, String message) {
        if (message != null) {
            f.problem(at, Fields.join(path, field), message);
        }
    }

    private static List<Note> readNotes(Fields f, Node s, String path) {
        List<Note> notes = new ArrayList<>();
        for (Fields.Item item : f.objects(s, path, "notes", false)) {
            String np = item.path();
            Node n = item.node();
            f.onlyKnown(n, np, NOTE_FIELDS);
            NoteKind kind = f.code(n, np, "kind", NoteKind.class);
            Integer year = f.optionalInteger(n, np, "year", FIRST_YEAR, LAST_YEAR);
            String text = f.optionalText(n, np, "text");
            String quote = f.optionalText(n, np, "quote");
            if (kind != null && (kind == NoteKind.SERIES_BREAK || kind == NoteKind.DISCONTINUED) && year == null) {
                f.problem(n, np + ".year", "is missing; a " + kind.code() + " note needs the year it applies from"
                        + " (series_break) or the last year with data (discontinued)");
                continue;
            }
            if ((kind == NoteKind.CAVEAT || kind == NoteKind.NO_FIGURES) && (text == null || text.isBlank())) {
                f.problem(n, np + ".text", "is missing; a " + kind.code() + " note must say what "
                        + (kind == NoteKind.CAVEAT ? "the caveat is" : "the report says instead of figures"));
                continue;
            }
            if (kind != null) {
                notes.add(new Note(kind, year, text, quote));
            }
        }
        return notes;
    }

    private static BaseRange readBaseRange(Fields f, Node s, String path) {
        Node r = s.fields().get("baseRange");
        if (r == null || r.isNull()) {
            return null;
        }
        String rp = path + ".baseRange";
        if (!f.isObject(r, rp)) {
            return null;
        }
        f.onlyKnown(r, rp, RANGE_FIELDS);
        BigDecimal min = f.number(r, rp, "min");
        BigDecimal max = f.number(r, rp, "max");
        String quote = f.optionalText(r, rp, "quote");
        check(f, r, rp, "min", PointChecks.negative(min));
        if (min == null || max == null) {
            return null;
        }
        if (min.compareTo(max) > 0) {
            f.problem(r, rp, "min " + PointChecks.show(min) + " is above max " + PointChecks.show(max)
                    + "; swap them");
            return null;
        }
        return new BaseRange(min, max, quote);
    }
}
