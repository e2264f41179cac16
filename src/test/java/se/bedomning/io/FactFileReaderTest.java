package se.bedomning.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bedomning.facts.MissingReason;
import se.bedomning.facts.MissingValue;
import se.bedomning.facts.Point;
import se.bedomning.facts.SeriesData;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.ExitCode;
import se.bedomning.problem.Problem;
import se.bedomning.testing.Facts;

/** Bad fact files: every problem at once, each with file, line, field, value and what was expected. */
class FactFileReaderTest {

    @TempDir
    Path dir;

    private List<String> problems(String json) throws IOException {
        Path f = dir.resolve("facts.json");
        Files.writeString(f, json, StandardCharsets.UTF_8);
        BedomningException e = assertThrows(BedomningException.class,
                () -> FactFileReader.read(f, Facts.rules().catalog()));
        assertEquals(ExitCode.BAD_INPUT, e.exitCode());
        return e.problems().stream().map(Problem::render).map(s -> s.replace(f.toString(), "F")).toList();
    }

    private static String file(String series) {
        return "{\n \"format\": \"bedomning-facts/1\",\n \"region\": \"R\",\n \"year\": 2024,\n \"report\": \"T\",\n"
                + " \"series\": [\n" + series + "\n ]\n}\n";
    }

    @Test
    void everyProblemInTheFileIsReportedInOneRunWithItsLine() throws IOException {
        List<String> p = problems(file(
                "  {\"indicator\": \"kontaktforbud_beviljad\", \"group\": \"total\", \"points\": [{\"year\": 2024, \"value\": 37}]},\n"
                + "  {\"indicator\": \"kontaktforbud_beviljade\", \"group\": \"total\", \"points\": [\n"
                + "    {\"year\": 2023, \"value\": 131},\n"
                + "    {\"year\": 2023, \"value\": \"31,5\"}]}"));
        assertEquals(List.of(
                "F:7:17: series[0].indicator: \"kontaktforbud_beviljad\" is not in the catalog nor defined in this file;"
                        + " add it to rules/catalog.json or to this file's \"indicators\"; did you mean \"kontaktforbud_beviljade\"?",
                "F:9:5: series[1].points[0].value: is 131; a share is given in percent from 0 to 100",
                "F:10:14: series[1].points[1].year: year 2023 is already given at line 9; give each year once per series",
                "F:10:29: series[1].points[1].value: is \"31,5\"; expected a number (write a decimal point: 31.5)"),
                p);
    }

    @Test
    void malformedJsonNamesTheLine() throws IOException {
        List<String> p = problems("{\n \"format\": \"bedomning-facts/1\",\n \"region\": \"R\"\n \"year\": 2024\n}\n");
        assertEquals(1, p.size());
        assertTrue(p.get(0).startsWith("F:4:"), p.get(0));
        assertTrue(p.get(0).contains("malformed JSON"), p.get(0));
    }

    @Test
    void fileThatIsNotUtf8IsRefusedWithTheByte() throws IOException {
        Path f = dir.resolve("latin1.json");
        Files.write(f, "{\"region\": \"Sk\u00e5ne\"}".getBytes(StandardCharsets.ISO_8859_1));
        BedomningException e = assertThrows(BedomningException.class, () -> FactFileReader.read(f, Catalog.empty()));
        assertTrue(e.problems().get(0).message().contains("is not UTF-8 (invalid byte 0xE5"), e.report());
    }

    @Test
    void missingTopFieldsAndWrongTypesAreNamed() throws IOException {
        List<String> p = problems("{\"format\": \"bedomning-facts/2\", \"year\": \"2024\", \"series\": []}");
        assertEquals(List.of(
                "F:1:1: region: is missing; expected a text",
                "F:1:1: report: is missing; expected a text",
                "F:1:12: format: is \"bedomning-facts/2\"; expected \"bedomning-facts/1\"",
                "F:1:41: year: is \"2024\"; expected a number",
                "F:1:59: series: is empty and there are no actions; a draft needs at least one series of values or"
                        + " one åtgärd (with neither it would be eight empty sections that look like a real draft) — add"
                        + " the series or check that this is the file you meant"), p);
    }

    @Test
    void unknownFieldIsReportedWithTheFieldsThatExist() throws IOException {
        List<String> p = problems(file(
                "  {\"indicator\": \"kontaktforbud_beviljade\", \"group\": \"total\", \"point\": []}"));
        assertTrue(p.contains("F:7:71: series[0].point: unknown field; expected one of baseRange, group, indicator,"
                + " notes, points"), p.toString());
    }

    @Test
    void missingPointIsKeptWithItsReasonAndNeverAsAValue() throws IOException {
        Path f = dir.resolve("facts.json");
        Files.writeString(f, file("  {\"indicator\": \"kontaktforbud_beviljade\", \"group\": \"total\", \"points\": [\n"
                + "    {\"year\": 2023, \"missing\": \"suppressed\", \"quote\": \"..\"},\n"
                + "    {\"year\": 2024, \"value\": 37}]}"), StandardCharsets.UTF_8);
        SeriesData s = FactFileReader.read(f, Facts.rules().catalog()).series().get(0);
        assertEquals(List.of(2024), s.points().stream().map(Point::year).toList());
        assertEquals(List.of(new MissingValue(2023, MissingReason.SUPPRESSED, "..")), s.missing());
    }

    @Test
    void aFileWrongOnEveryLineShowsTheFirst200ProblemsAndCountsTheRest() throws IOException {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            points.append(i == 0 ? "" : ",\n").append("    {\"year\": 2024, \"value\": \"x\"}");
        }
        List<String> p = problems(file("  {\"indicator\": \"kontaktforbud_beviljade\", \"group\": \"total\", \"points\": [\n"
                + points + "]}"));
        assertEquals(201, p.size());
        assertEquals("F: … and 799 more problems; fix the ones above (often one cause) and run again", p.get(200));
    }
}
