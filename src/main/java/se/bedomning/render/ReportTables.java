package se.bedomning.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.bedomning.evaluation.Assessment;
import se.bedomning.facts.Indicator;
import se.bedomning.facts.MissingReason;
import se.bedomning.facts.MissingValue;
import se.bedomning.facts.Point;
import se.bedomning.facts.Selection;
import se.bedomning.facts.SeriesData;
import se.bedomning.facts.Unit;
import se.bedomning.lexicon.Wording;
import se.bedomning.render.sv.SwedishFormat;

/**
 * What the report shows per Mål beside its prose, independent of the output format: a table of the facts in
 * the report's shape (a row per indicator and group, and the national median below it where the facts have
 * one; a column per year) and a chart per headline indicator. Every cell and every chart point is read from
 * the facts, never from the text; a year the source lists without a value stays missing (never 0), a range or
 * "cirka" value stays as the source gave it.
 *
 * <p>Which indicators are headline is the selection rules' decision: those whose findings rules/selection.drl
 * chose for the Mål's bedömning, heaviest first. Tables and charts are numbered through the document, as the
 * report numbers its Tabell and Diagram.
 */
public record ReportTables(List<GoalTable> goals) {

    public ReportTables {
        goals = List.copyOf(goals);
    }

    /** The tables and charts of one Mål; {@code rows} is empty (and no table drawn) when it has no values. */
    public record GoalTable(int goal, int number, String caption, List<String> header, List<Integer> years,
            List<Row> rows, List<String> sources, String sourceNote, List<Chart> charts) {

        public GoalTable {
            header = List.copyOf(header);
            years = List.copyOf(years);
            rows = List.copyOf(rows);
            sources = List.copyOf(sources);
            charts = List.copyOf(charts);
        }

        public boolean hasTable() {
            return !rows.isEmpty();
        }
    }

    /**
     * One row: a series (indicator × group) or, when {@code median} is true, the national median of that
     * series. {@code cells} has one cell per year of the table, in the table's year order.
     */
    public record Row(String indicator, String group, String indicatorName, String groupLabel, Unit unit,
            String unitLabel, boolean median, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        public Cell cell(int year) {
            return cells.stream().filter(c -> c.year() == year).findFirst().orElseThrow();
        }
    }

    /** What a cell holds: a value, a year the source lists without one (with the reason), or no entry at all. */
    public enum State {
        VALUE, MISSING, ABSENT
    }

    /**
     * One year of a row. A value keeps the range ({@code low}–{@code high}) and the "cirka" mark the source
     * gave; {@code text} is the cell as printed ("6,9", "2 455 914", "94–95", "cirka 60"; the missing reason's
     * marker "..", "." or "-"; empty when the source has no entry for the year).
     */
    public record Cell(int year, State state, BigDecimal value, BigDecimal low, BigDecimal high, boolean approximate,
            MissingReason reason, String text, String quote) {

        static Cell of(Unit unit, Point p) {
            return new Cell(p.year(), State.VALUE, p.value(), p.low(), p.high(), p.approximate(), null,
                    SwedishFormat.cell(unit, p), p.quote());
        }

        static Cell median(Unit unit, Point p) {
            return new Cell(p.year(), State.VALUE, p.median(), null, null, false, null,
                    SwedishFormat.cell(unit, p.median()), p.quote());
        }

        static Cell missing(MissingValue m) {
            return new Cell(m.year(), State.MISSING, null, null, null, false, m.reason(), m.reason().marker(),
                    m.quote());
        }

        static Cell absent(int year) {
            return new Cell(year, State.ABSENT, null, null, null, false, null, "", "");
        }
    }

    /** How a chart draws its series: lines over years, or bars when there is a single year. */
    public enum ChartKind {
        LINE, BAR
    }

    /** A chart of one headline indicator: a series per group (and the national median where there is one). */
    public record Chart(String indicator, int number, String caption, String title, Unit unit, String unitLabel,
            ChartKind kind, List<Integer> years, List<ChartSeries> series, String source, String sourceNote) {

        public Chart {
            years = List.copyOf(years);
            series = List.copyOf(series);
        }
    }

    /**
     * One line (or set of bars) of a chart: {@code values} has one entry per year of the chart, null where the
     * source has no value (a gap in the line, never 0). A range is drawn at its midpoint, the value the rules
     * compute with; the table beside the chart prints the range.
     */
    public record ChartSeries(String group, String label, boolean median, List<BigDecimal> values) {

        public ChartSeries {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /** The tables and charts of an assessment's facts, captioned with the rules folder's wording. */
    public static ReportTables of(Assessment a, Wording wording) {
        Map<Integer, List<SeriesData>> byGoal = new LinkedHashMap<>();
        for (int g = Indicator.FIRST_GOAL; g <= Indicator.LAST_GOAL; g++) {
            byGoal.put(g, new ArrayList<>());
        }
        for (SeriesData s : a.facts().series()) {
            byGoal.get(s.indicator().goal()).add(s);
        }
        List<GoalTable> out = new ArrayList<>();
        int tableNumber = 0;
        int chartNumber = 0;
        for (Map.Entry<Integer, List<SeriesData>> e : byGoal.entrySet()) {
            int goal = e.getKey();
            List<SeriesData> shown = e.getValue().stream().filter(ReportTables::hasEntries).toList();
            List<Integer> years = years(shown);
            List<Row> rows = new ArrayList<>();
            Set<String> sources = new LinkedHashSet<>();
            for (SeriesData s : shown) {
                rows.add(row(s, years, wording, false));
                if (s.points().stream().anyMatch(p -> p.median() != null)) {
                    rows.add(row(s, years, wording, true));
                }
                sources.add(s.indicator().source());
            }
            int number = rows.isEmpty() ? 0 : ++tableNumber;
            String caption = rows.isEmpty() ? "" : DraftBuilder.fill(wording.document("tableCaption"),
                    Map.of("count", String.valueOf(number), "goal", String.valueOf(goal)));
            String sourceNote = sources.isEmpty() ? "" : DraftBuilder.fill(wording.document("tableSource"),
                    Map.of("values", String.join("; ", sources)));
            List<Chart> charts = new ArrayList<>();
            for (String indicator : headlineIndicators(a, goal)) {
                List<SeriesData> of = shown.stream().filter(s -> s.indicator().id().equals(indicator)).toList();
                if (chartable(of)) {
                    charts.add(chart(of, ++chartNumber, wording));
                }
            }
            List<String> header = new ArrayList<>(List.of(wording.document("tableIndicator"),
                    wording.document("tableGroup"), wording.document("tableUnit")));
            years.forEach(y -> header.add(String.valueOf(y)));
            out.add(new GoalTable(goal, number, caption, header, years, rows, List.copyOf(sources), sourceNote, charts));
        }
        return new ReportTables(out);
    }

    public GoalTable goal(int goal) {
        return goals.stream().filter(g -> g.goal() == goal).findFirst().orElseThrow();
    }

    private static boolean hasEntries(SeriesData s) {
        return !s.points().isEmpty() || !s.missing().isEmpty();
    }

    /** Every year any of the series has an entry for (a value or a listed gap), ascending. */
    private static List<Integer> years(List<SeriesData> series) {
        Set<Integer> years = new TreeSet<>();
        for (SeriesData s : series) {
            s.points().forEach(p -> years.add(p.year()));
            s.missing().forEach(m -> years.add(m.year()));
        }
        return List.copyOf(years);
    }

    private static Row row(SeriesData s, List<Integer> years, Wording wording, boolean median) {
        Unit unit = s.indicator().unit();
        List<Cell> cells = new ArrayList<>();
        for (int year : years) {
            Point p = s.points().stream().filter(x -> x.year() == year).findFirst().orElse(null);
            MissingValue m = s.missing().stream().filter(x -> x.year() == year).findFirst().orElse(null);
            if (median) {
                cells.add(p != null && p.median() != null ? Cell.median(unit, p) : Cell.absent(year));
            } else if (p != null) {
                cells.add(Cell.of(unit, p));
            } else if (m != null) {
                cells.add(Cell.missing(m));
            } else {
                cells.add(Cell.absent(year));
            }
        }
        String label = median ? wording.document("tableMedian") : groupLabel(s, wording);
        return new Row(s.indicator().id(), s.group().id(), s.indicator().name(), label, unit, unitLabel(unit, wording),
                median, cells);
    }

    /** The group as a table names it: its label capitalised ("För kvinnor"), the whole population "Totalt". */
    private static String groupLabel(SeriesData s, Wording wording) {
        String label = s.group().label();
        return label.isBlank() ? wording.document("tableTotal") : SwedishFormat.capitalize(label);
    }

    static String unitLabel(Unit unit, Wording wording) {
        return wording.document(switch (unit) {
            case PERCENT -> "unitPercent";
            case COUNT -> "unitCount";
            case MEAN_0_10 -> "unitMean";
            case RATE_PER_100K -> "unitRate";
        });
    }

    /** The indicators of the findings the selection rules put in the Mål's bedömning, heaviest first. */
    static List<String> headlineIndicators(Assessment a, int goal) {
        Set<String> ids = new LinkedHashSet<>();
        for (Selection s : a.plan().assessment(goal)) {
            ids.add(s.getSeries().getData().indicator().id());
        }
        return List.copyOf(ids);
    }

    /** Whether there is anything to draw: at least one value (a series of gaps alone is left to the table). */
    static boolean chartable(List<SeriesData> series) {
        return series.stream().anyMatch(s -> !s.points().isEmpty());
    }

    static Chart chart(List<SeriesData> series, int number, Wording wording) {
        Indicator ind = series.get(0).indicator();
        Set<Integer> yearSet = new TreeSet<>();
        for (SeriesData s : series) {
            s.points().forEach(p -> yearSet.add(p.year()));
            s.missing().forEach(m -> yearSet.add(m.year()));
        }
        List<Integer> years = List.copyOf(yearSet);
        List<ChartSeries> lines = new ArrayList<>();
        for (SeriesData s : series) {
            lines.add(new ChartSeries(s.group().id(), groupLabel(s, wording), false, values(s, years, false)));
        }
        // One median line per indicator: the national median is the same whichever group the region's
        // series is for only when the source gives it once; a series per group keeps them apart otherwise.
        for (SeriesData s : series) {
            if (s.points().stream().anyMatch(p -> p.median() != null)) {
                String label = series.size() == 1 ? wording.document("tableMedian")
                        : wording.document("tableMedian") + " – " + groupLabel(s, wording);
                lines.add(new ChartSeries(s.group().id(), label, true, values(s, years, true)));
            }
        }
        String unit = unitLabel(ind.unit(), wording);
        String title = SwedishFormat.capitalize(ind.subject());
        String caption = DraftBuilder.fill(wording.document("chartCaption"),
                Map.of("count", String.valueOf(number), "indicator", title, "unit", unit));
        String sourceNote = DraftBuilder.fill(wording.document("tableSource"), Map.of("values", ind.source()));
        return new Chart(ind.id(), number, caption, title, ind.unit(), unit,
                years.size() == 1 ? ChartKind.BAR : ChartKind.LINE, years, lines, ind.source(), sourceNote);
    }

    private static List<BigDecimal> values(SeriesData s, List<Integer> years, boolean median) {
        List<BigDecimal> out = new ArrayList<>();
        for (int year : years) {
            Point p = s.points().stream().filter(x -> x.year() == year).findFirst().orElse(null);
            out.add(p == null ? null : median ? p.median() : p.value());
        }
        return out;
    }

    /** Every row of every table, for renderers that list them flat. */
    public List<Row> rows() {
        return goals.stream().flatMap(g -> g.rows().stream()).toList();
    }
}
