package se.bedomning.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.bedomning.cli.Pipeline;
import se.bedomning.evaluation.Assessment;
import se.bedomning.facts.MissingReason;
import se.bedomning.facts.MissingValue;
import se.bedomning.facts.Point;
import se.bedomning.facts.SeriesData;
import se.bedomning.render.ReportTables.Cell;
import se.bedomning.render.ReportTables.Chart;
import se.bedomning.render.ReportTables.ChartKind;
import se.bedomning.render.ReportTables.ChartSeries;
import se.bedomning.render.ReportTables.GoalTable;
import se.bedomning.render.ReportTables.Row;
import se.bedomning.render.ReportTables.State;
import se.bedomning.render.sv.SwedishFormat;
import se.bedomning.testing.Facts;

/** The renderer-neutral tables and charts: every cell and chart point is the fact it shows; a gap stays a gap. */
class ReportTablesTest {

    static final Path BAD_CASES = Path.of("src/test/resources/report-tables/bad-cases.json");

    static Assessment assess(Path facts) {
        return Pipeline.run(Facts.rules(), facts, "rules").assessment();
    }

    static ReportTables tables(Assessment a) {
        return ReportTables.of(a, Facts.rules().wording());
    }

    static Row row(ReportTables t, SeriesData s, boolean median) {
        return t.goal(s.indicator().goal()).rows().stream()
                .filter(r -> r.indicator().equals(s.indicator().id()) && r.group().equals(s.group().id())
                        && r.median() == median)
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + s.key() + (median ? " median" : "")));
    }

    @TestFactory
    Stream<DynamicTest> everyCellOfEveryFixtureYearIsTheFactItShows() throws Exception {
        List<Path> files = new ArrayList<>(GoldenDraftTest.years().stream().map(d -> d.resolve("facts.json")).toList());
        files.add(BAD_CASES);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> {
            Assessment a = assess(f);
            ReportTables t = tables(a);
            int rows = 0;
            for (SeriesData s : a.facts().series()) {
                if (s.points().isEmpty() && s.missing().isEmpty()) {
                    continue;
                }
                rows += checkCells(t, s);
            }
            assertEquals(rows, t.rows().size(), "a row for every series with entries and every median, no other");
        }));
    }

    /** Checks the series' row (and its median row) cell by cell against the facts; returns the rows checked. */
    static int checkCells(ReportTables t, SeriesData s) {
        GoalTable g = t.goal(s.indicator().goal());
        Row r = row(t, s, false);
        assertEquals(g.years().size(), r.cells().size(), s.key());
        for (int year : g.years()) {
            Cell c = r.cell(year);
            Point p = s.points().stream().filter(x -> x.year() == year).findFirst().orElse(null);
            MissingValue m = s.missing().stream().filter(x -> x.year() == year).findFirst().orElse(null);
            String where = s.key() + " " + year;
            if (p != null) {
                assertEquals(State.VALUE, c.state(), where);
                assertEquals(0, p.value().compareTo(c.value()), where);
                assertEquals(p.low(), c.low(), where);
                assertEquals(p.high(), c.high(), where);
                assertEquals(p.approximate(), c.approximate(), where);
                assertEquals(SwedishFormat.cell(s.indicator().unit(), p), c.text(), where);
                assertEquals(p.quote(), c.quote(), where);
            } else if (m != null) {
                assertEquals(State.MISSING, c.state(), where);
                assertNull(c.value(), where + ": a missing year is never a number");
                assertEquals(m.reason(), c.reason(), where);
                assertEquals(m.reason().marker(), c.text(), where);
            } else {
                assertEquals(State.ABSENT, c.state(), where);
                assertNull(c.value(), where);
                assertEquals("", c.text(), where);
            }
        }
        if (s.points().stream().noneMatch(p -> p.median() != null)) {
            assertTrue(t.goal(s.indicator().goal()).rows().stream().noneMatch(x -> x.median()
                    && x.indicator().equals(s.indicator().id()) && x.group().equals(s.group().id())), s.key());
            return 1;
        }
        Row med = row(t, s, true);
        for (int year : g.years()) {
            Point p = s.points().stream().filter(x -> x.year() == year).findFirst().orElse(null);
            Cell c = med.cell(year);
            if (p != null && p.median() != null) {
                assertEquals(0, p.median().compareTo(c.value()), s.key() + " median " + year);
                assertEquals(SwedishFormat.cell(s.indicator().unit(), p.median()), c.text());
            } else {
                assertEquals(State.ABSENT, c.state(), s.key() + " median " + year);
            }
        }
        return 2;
    }

    @Test
    void missingValuesStayMissingAndAZeroStaysZero() {
        ReportTables t = tables(assess(BAD_CASES));
        Row none = t.goal(2).rows().stream().filter(r -> r.indicator().equals("inga_varden")).findFirst().orElseThrow();
        assertEquals(List.of("..", ".", "-"), none.cells().stream().map(Cell::text).toList());
        assertEquals(List.of(MissingReason.SUPPRESSED, MissingReason.NOT_APPLICABLE, MissingReason.MISSING),
                none.cells().stream().map(Cell::reason).toList());
        Row zero = t.goal(3).rows().stream().filter(r -> r.indicator().equals("med_noll") && r.group().equals("man"))
                .findFirst().orElseThrow();
        assertEquals(List.of("0", "..", "0"), zero.cells().stream().map(Cell::text).toList());
        assertEquals(List.of(State.VALUE, State.MISSING, State.VALUE), zero.cells().stream().map(Cell::state).toList());
    }

    @Test
    void cellsAreSwedishNumbersInTheirUnitWithRangesAndCirkaAsTheSourceGaveThem() {
        ReportTables t = tables(assess(BAD_CASES));
        assertEquals(List.of("", "94–95", "cirka 60"), texts(t, 3, "intervall"));
        assertEquals(List.of("", "6,9", "7,0"), texts(t, 3, "medelvarde"));
        assertEquals(List.of("2 455 914", "2 470 000"), texts(t, 4, "stort_tal"));
        Row range = t.goal(3).rows().stream().filter(r -> r.indicator().equals("intervall")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("94"), range.cell(2023).low());
        assertEquals(new BigDecimal("95"), range.cell(2023).high());
        assertTrue(range.cell(2024).approximate());
        assertEquals("procent", range.unitLabel());
        assertEquals(List.of("Indikator", "Grupp", "Enhet", "2022", "2023", "2024"), t.goal(3).header());
    }

    @Test
    void theMedianIsARowOfItsOwnWhereTheFactsHaveOne() {
        ReportTables t = tables(assess(BAD_CASES));
        List<Row> rows = t.goal(1).rows();
        assertEquals(2, rows.size());
        assertFalse(rows.get(0).median());
        assertEquals("Riket (median)", rows.get(1).groupLabel());
        assertEquals(List.of("45", "", "58"), rows.get(1).cells().stream().map(Cell::text).toList());
    }

    @Test
    void tablesAreNumberedThroughTheDocumentAndAGoalWithoutValuesHasNone() {
        ReportTables t = tables(assess(BAD_CASES));
        assertEquals(List.of(1, 2, 3, 4, 0, 0, 0, 0), t.goals().stream().map(GoalTable::number).toList());
        assertEquals("Tabell 3. Indikatorer för mål 3 per år", t.goal(3).caption());
        assertFalse(t.goal(5).hasTable());
        assertEquals("Källa: Testkälla C; Testkälla D; Testkälla E.", t.goal(3).sourceNote());
    }

    @Test
    void headlineIndicatorsAreThoseTheSelectionRulesPutInTheBedomning() {
        Assessment a = assess(Path.of("fixtures/stockholm/2024/facts.json"));
        ReportTables t = tables(a);
        for (GoalTable g : t.goals()) {
            List<String> chosen = a.plan().assessment(g.goal()).stream()
                    .map(s -> s.getSeries().getData().indicator().id()).distinct().toList();
            List<String> charted = g.charts().stream().map(Chart::indicator).toList();
            assertEquals(chosen.stream().filter(id -> a.facts().series().stream()
                    .anyMatch(s -> s.indicator().id().equals(id) && !s.points().isEmpty())).toList(), charted,
                    "Mål " + g.goal());
        }
        assertTrue(t.goals().stream().mapToInt(g -> g.charts().size()).sum() > 0, "the 2024 draft has charts");
    }

    @TestFactory
    Stream<DynamicTest> everyChartPointIsTheFactItShows() throws Exception {
        List<Path> files = new ArrayList<>(GoldenDraftTest.years().stream().map(d -> d.resolve("facts.json")).toList());
        files.add(BAD_CASES);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> {
            Assessment a = assess(f);
            for (GoalTable g : tables(a).goals()) {
                for (Chart c : g.charts()) {
                    checkChart(a, c);
                }
            }
        }));
    }

    static void checkChart(Assessment a, Chart c) {
        assertEquals(c.years().size() == 1 ? ChartKind.BAR : ChartKind.LINE, c.kind(), c.indicator());
        for (ChartSeries cs : c.series()) {
            SeriesData s = a.facts().series().stream()
                    .filter(x -> x.indicator().id().equals(c.indicator()) && x.group().id().equals(cs.group()))
                    .findFirst().orElseThrow();
            assertEquals(c.years().size(), cs.values().size());
            for (int i = 0; i < c.years().size(); i++) {
                int year = c.years().get(i);
                Point p = s.points().stream().filter(x -> x.year() == year).findFirst().orElse(null);
                BigDecimal expected = p == null ? null : cs.median() ? p.median() : p.value();
                BigDecimal actual = cs.values().get(i);
                String where = c.indicator() + "/" + cs.group() + (cs.median() ? " median " : " ") + year;
                if (expected == null) {
                    assertNull(actual, where + ": a gap, never 0");
                } else {
                    assertEquals(0, expected.compareTo(actual), where);
                }
            }
        }
    }

    @Test
    void aChartWithOneYearIsABarChartAndASeriesWithoutValuesGetsNoChart() {
        Assessment a = assess(BAD_CASES);
        List<SeriesData> one = a.facts().series().stream().filter(s -> s.indicator().id().equals("ett_varde")).toList();
        Chart bar = ReportTables.chart(one, 1, Facts.rules().wording());
        assertEquals(ChartKind.BAR, bar.kind());
        assertEquals(List.of(2024), bar.years());
        assertEquals(List.of(new BigDecimal("350")), bar.series().get(0).values());
        List<SeriesData> zero = a.facts().series().stream().filter(s -> s.indicator().id().equals("med_noll")).toList();
        Chart line = ReportTables.chart(zero, 2, Facts.rules().wording());
        assertEquals(ChartKind.LINE, line.kind());
        assertEquals(java.util.Arrays.asList(BigDecimal.ZERO, null, BigDecimal.ZERO).toString(),
                line.series().get(1).values().toString(), "0 is drawn as 0, the suppressed year as a gap");
        assertEquals("Diagram 2. Antalet anmälda brott (antal)", line.caption());
        assertFalse(ReportTables.chartable(a.facts().series().stream()
                .filter(s -> s.indicator().id().equals("inga_varden")).toList()), "no values, nothing to draw");
    }

    private static List<String> texts(ReportTables t, int goal, String indicator) {
        return t.goal(goal).rows().stream().filter(r -> r.indicator().equals(indicator) && !r.median()).findFirst()
                .orElseThrow().cells().stream().map(Cell::text).toList();
    }
}
