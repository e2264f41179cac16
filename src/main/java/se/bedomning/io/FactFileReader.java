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
import se.bedomning.facts.FactSet;
import se.bedomning.facts.Group;
import se.bedomning.facts.Indicator;
import se.bedomning.facts.Note;
import se.bedomning.facts.NoteKind;
import se.bedomning.facts.Point;
import se.bedomning.facts.SeriesData;
import se.bedomning.facts.Unit;
import se.bedomning.problem.ExitCode;

/** Reads and validates a {@code bedomning-facts/1} file against the catalog before any rule runs. */
public final class FactFileReader {

    public static final String FORMAT = "bedomning-facts/1";
    /** Years outside this window are typing mistakes, not data. */
    public static final int FIRST_YEAR = 1990;
    public static final int LAST_YEAR = 2100;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TEN = BigDecimal.TEN;

    private static final Set<String> TOP_FIELDS = Set.of("format", "region", "year", "report", "notes",
            "indicators", "groups", "series");
    private static final Set<String> SERIES_FIELDS = Set.of("indicator", "group", "points", "notes", "baseRange");
    private static final Set<String> POINT_FIELDS = Set.of("year", "value", "median", "base", "count", "quote");
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
        Catalog all = catalog.with(Definitions.read(f, root));
        List<SeriesData> series = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, Node> firstAt = new HashMap<>();
        List<Node> seriesNodes = f.list(root, "", "series", true);
        for (int i = 0; i < seriesNodes.size(); i++) {
            String path = "series[" + i + "]";
            Node s = seriesNodes.get(i);
            if (!f.isObject(s, path)) {
                continue;
            }
            SeriesData data = readSeries(f, s, path, all, i, year);
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
        if (region == null || year == null || report == null) {
            return null;
        }
        return new FactSet(f.file(), region, year, report, notes, series);
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
        Map<Integer, Node> years = new HashMap<>();
        List<Node> pointNodes = f.list(s, path, "points", true);
        for (int j = 0; j < pointNodes.size(); j++) {
            String pp = path + ".points[" + j + "]";
            Node p = pointNodes.get(j);
            if (!f.isObject(p, pp)) {
                continue;
            }
            f.onlyKnown(p, pp, POINT_FIELDS);
            Integer year = f.integer(p, pp, "year", FIRST_YEAR, reportYear == null ? LAST_YEAR : reportYear);
            BigDecimal value = f.number(p, pp, "value");
            BigDecimal median = f.optionalNumber(p, pp, "median");
            BigDecimal base = f.optionalNumber(p, pp, "base");
            BigDecimal count = f.optionalNumber(p, pp, "count");
            String quote = f.optionalText(p, pp, "quote");
            if (indicator != null) {
                checkRange(f, p, pp + ".value", value, indicator.unit());
                checkRange(f, p, pp + ".median", median, indicator.unit());
            }
            checkNotNegative(f, p, pp + ".base", base);
            checkNotNegative(f, p, pp + ".count", count);
            if (base != null && count != null && count.compareTo(base) > 0) {
                f.problem(p.fields().get("count"), pp + ".count", "is " + count.toPlainString()
                        + ", more than the base " + base.toPlainString() + "; the numerator cannot exceed the base");
            }
            if (year != null && years.containsKey(year)) {
                f.problem(p.fields().get("year"), pp + ".year", "year " + year + " is already given at line "
                        + years.get(year).line() + "; give each year once per series");
                continue;
            }
            if (year != null) {
                years.put(year, p);
            }
            if (year != null && value != null) {
                points.add(new Point(year, value, median, base, count, quote));
            }
        }
        List<Note> notes = readNotes(f, s, path);
        if (pointNodes.isEmpty() && notes.isEmpty() && s.fields().containsKey("points")) {
            f.problem(s, path + ".points", "is empty; give at least one point, or a note (e.g. discontinued) that"
                    + " says why there is no data");
        }
        BaseRange baseRange = readBaseRange(f, s, path);
        if (indicator == null || group == null) {
            return null;
        }
        return new SeriesData(indicator, group, points, notes, baseRange, position);
    }

    private static List<Note> readNotes(Fields f, Node s, String path) {
        List<Note> notes = new ArrayList<>();
        List<Node> nodes = f.list(s, path, "notes", false);
        for (int k = 0; k < nodes.size(); k++) {
            String np = path + ".notes[" + k + "]";
            Node n = nodes.get(k);
            if (!f.isObject(n, np)) {
                continue;
            }
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
            if (kind == NoteKind.CAVEAT && (text == null || text.isBlank())) {
                f.problem(n, np + ".text", "is missing; a caveat note must say what the caveat is");
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
        checkNotNegative(f, r, rp + ".min", min);
        if (min == null || max == null) {
            return null;
        }
        if (min.compareTo(max) > 0) {
            f.problem(r, rp, "min " + min.toPlainString() + " is above max " + max.toPlainString()
                    + "; swap them");
            return null;
        }
        return new BaseRange(min, max, quote);
    }

    private static void checkRange(Fields f, Node p, String path, BigDecimal v, Unit unit) {
        if (v == null) {
            return;
        }
        switch (unit) {
            case PERCENT -> {
                if (v.signum() < 0 || v.compareTo(HUNDRED) > 0) {
                    f.problem(p, path, "is " + v.toPlainString() + "; a share is given in percent from 0 to 100");
                }
            }
            case MEAN_0_10 -> {
                if (v.signum() < 0 || v.compareTo(TEN) > 0) {
                    f.problem(p, path, "is " + v.toPlainString() + "; a mean on the 0–10 scale must be from 0 to 10");
                }
            }
            case COUNT, RATE_PER_100K -> {
                if (v.signum() < 0) {
                    f.problem(p, path, "is " + v.toPlainString() + "; a " + unit.code() + " cannot be negative");
                }
            }
            default -> throw new IllegalStateException("unit " + unit);
        }
    }

    private static void checkNotNegative(Fields f, Node p, String path, BigDecimal v) {
        if (v != null && v.signum() < 0) {
            f.problem(p, path, "is " + v.toPlainString() + "; expected 0 or more");
        }
    }
}
