package se.bedomning.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bedomning.cli.Pipeline;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.ExitCode;
import se.bedomning.problem.Problem;
import se.bedomning.testing.Facts;

/** A share is a share of its base: 58 procent with "7 of 12" is a data error, 58 procent of 7 of 12 is not. */
class ShareDenominatorTest {

    @TempDir
    Path dir;

    private Path file(String point) throws IOException {
        Path f = dir.resolve("f.json");
        Files.writeString(f, """
                {"format": "bedomning-facts/1", "region": "Testlän", "year": 2024, "report": "Handgjord",
                 "series": [{"indicator": "oj_rutin_vald_vuxen", "group": "total", "points": [%s]}]}
                """.formatted(point));
        return f;
    }

    @Test
    void aShareOnAnotherDenominatorThanItsBaseIsBadInput() throws IOException {
        Path f = file("{\"year\": 2023, \"value\": 61.5, \"base\": 23, \"count\": 16}");
        BedomningException e = assertThrows(BedomningException.class, () -> Pipeline.run(Facts.rules(), f, "rules"));
        assertEquals(ExitCode.BAD_INPUT, e.exitCode());
        List<String> problems = e.problems().stream().map(Problem::render).toList();
        assertTrue(problems.stream().anyMatch(p -> p.contains("points[0].value") && p.contains("69,6")
                || p.contains("69.6")), problems.toString());
    }

    @Test
    void aShareRoundedToWholeProcentIsNotAnError() throws IOException {
        Pipeline.run(Facts.rules(), file("{\"year\": 2023, \"value\": 70, \"base\": 23, \"count\": 16}"), "rules");
        Pipeline.run(Facts.rules(), file("{\"year\": 2023, \"value\": 69.6, \"base\": 23, \"count\": 16}"), "rules");
    }

    @Test
    void csvChecksTheSameWay() {
        BedomningException e = assertThrows(BedomningException.class, () -> CsvFactReader.read(
                "# region: Stockholms län\n# report: Test\nindicator;group;year;value;base;count\n"
                        + "oj_rutin_vald_vuxen;total;2023;61,5;23;16\n", "F.csv", Facts.rules().catalog()));
        assertTrue(e.problems().stream().map(Problem::render).anyMatch(p -> p.contains("F.csv:4")
                && p.contains("another denominator")), e.problems().toString());
    }
}
