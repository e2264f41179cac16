package se.bedomning.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bedomning.cli.Pipeline;
import se.bedomning.facts.FactSet;
import se.bedomning.facts.Point;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.ExitCode;
import se.bedomning.problem.Problem;
import se.bedomning.render.Draft;
import se.bedomning.testing.Facts;

/**
 * A report that gives "94–95 procent under åren 2019–2023" or "cirka 60 procent" is read as a range or an
 * approximate value in both JSON and CSV, and the draft words it so — never as an exact number.
 */
class RangesAndApproximateValuesTest {

    @TempDir
    Path dir;

    private static final String TOP = "# region: Stockholms län\r\n# report: Testrapport\r\n";

    @Test
    void csvReadsARangeAndAnApproximateValue() {
        FactSet f = CsvFactReader.read(TOP + "indicator;group;year;value\r\n"
                + "modravard_tillfragade_vald;total;2022;94–95\r\n"
                + "modravard_tillfragade_vald;total;2023;94-95 %\r\n"
                + "oj_stodsamtal_vald_utovare_bistand;man;2019;cirka 60\r\n"
                + "oj_stodsamtal_vald_utovare_bistand;man;2020;ca 62,5\r\n", "F.csv", Facts.rules().catalog());
        Point range = f.series().get(0).points().get(0);
        assertTrue(range.isRange());
        assertEquals(new BigDecimal("94"), range.low());
        assertEquals(new BigDecimal("95"), range.high());
        assertEquals(0, new BigDecimal("94.5").compareTo(range.value()));
        assertTrue(f.series().get(0).points().get(1).isRange());
        Point about = f.series().get(1).points().get(0);
        assertTrue(about.approximate());
        assertFalse(about.isRange());
        assertEquals(0, new BigDecimal("60").compareTo(about.value()));
        assertEquals(0, new BigDecimal("62.5").compareTo(f.series().get(1).points().get(1).value()));
    }

    @Test
    void csvRangeWithItsEndsSwappedIsAnError() {
        BedomningException e = assertThrows(BedomningException.class, () -> CsvFactReader.read(
                TOP + "indicator;group;year;value\r\nmodravard_tillfragade_vald;total;2023;95–94\r\n", "F.csv",
                Facts.rules().catalog()));
        assertEquals(ExitCode.BAD_INPUT, e.exitCode());
        assertTrue(e.problems().stream().map(Problem::render).anyMatch(p -> p.contains("F.csv:4")
                && p.contains("low end is above its high end")), e.problems().toString());
    }

    @Test
    void jsonRangeNeedsBothEndsAndNoValue() throws IOException {
        Path file = dir.resolve("f.json");
        Files.writeString(file, """
                {"format": "bedomning-facts/1", "region": "Testlän", "year": 2024, "report": "Handgjord",
                 "series": [{"indicator": "modravard_tillfragade_vald", "group": "total", "points": [
                   {"year": 2022, "low": 94},
                   {"year": 2023, "low": 94, "high": 95, "value": 94.5}]}]}
                """);
        BedomningException e = assertThrows(BedomningException.class, () -> Pipeline.run(Facts.rules(), file, "rules"));
        List<String> problems = e.problems().stream().map(Problem::render).toList();
        assertTrue(problems.stream().anyMatch(p -> p.contains("points[0].high") && p.contains("is missing")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("points[1].value") && p.contains("together with a range")),
                problems.toString());
    }

    @Test
    void theDraftWordsARangeAndAnApproximateValueAsTheSourceDid() throws IOException {
        Path file = dir.resolve("f.json");
        Files.writeString(file, """
                {"format": "bedomning-facts/1", "region": "Testlän", "year": 2024, "report": "Handgjord",
                 "series": [
                   {"indicator": "modravard_tillfragade_vald", "group": "total", "points": [
                     {"year": 2019, "low": 94, "high": 95}, {"year": 2020, "low": 94, "high": 95},
                     {"year": 2021, "low": 94, "high": 95}, {"year": 2022, "low": 94, "high": 95},
                     {"year": 2023, "low": 94, "high": 95}]},
                   {"indicator": "oj_stodsamtal_vald_utovare_bistand", "group": "man", "points": [
                     {"year": 2019, "value": 60, "approximate": true}, {"year": 2024, "value": 89}]}]}
                """);
        Draft d = Pipeline.run(Facts.rules(), file, "rules").draft();
        List<String> texts = d.sections().stream().flatMap(s -> s.sentences().stream()).map(Draft.Sentence::text)
                .toList();
        assertTrue(texts.stream().anyMatch(t -> t.contains("94–95 procent 2023")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.contains("cirka 60 procent")), texts.toString());
        assertFalse(texts.stream().anyMatch(t -> t.contains("94,5")), texts.toString());
        assertFalse(texts.stream().anyMatch(t -> t.matches(".*\\b60 procent.*") && !t.contains("cirka 60 procent")),
                texts.toString());
        // The size of a change from an approximate value is approximate too.
        assertTrue(texts.stream().filter(t -> t.contains("cirka 60 procent")).allMatch(
                t -> !t.contains("(29 procentenheter)") || t.contains("(cirka 29 procentenheter)")), texts.toString());
    }
}
