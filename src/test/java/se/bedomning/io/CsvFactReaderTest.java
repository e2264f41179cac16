package se.bedomning.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bedomning.facts.FactSet;
import se.bedomning.facts.MissingReason;
import se.bedomning.facts.MissingValue;
import se.bedomning.facts.NoteKind;
import se.bedomning.facts.Point;
import se.bedomning.facts.SeriesData;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.ExitCode;
import se.bedomning.problem.Problem;
import se.bedomning.testing.Facts;

/** Long-form CSV as Swedish Excel, Kolada exports and colleagues' spreadsheets write it. */
class CsvFactReaderTest {

    private static final String TOP = "# region: Stockholms län\r\n# report: Testrapport\r\n";

    private static FactSet read(String csv) {
        return CsvFactReader.read(csv, "F.csv", Facts.rules().catalog());
    }

    private static List<String> problems(String csv) {
        BedomningException e = assertThrows(BedomningException.class, () -> read(csv));
        assertEquals(ExitCode.BAD_INPUT, e.exitCode());
        return e.problems().stream().map(Problem::render).toList();
    }

    private static List<BigDecimal> values(SeriesData s) {
        return s.points().stream().map(Point::value).toList();
    }

    @Test
    void semicolonCsvWithDecimalCommaReadsAsNumbers() {
        FactSet f = read(TOP + "indicator;group;year;value;median\r\n"
                + "kontaktforbud_kvalificerade;total;2023;1,16;1,05\r\n"
                + "kontaktforbud_kvalificerade;total;2024;1,71;\r\n");
        assertEquals("Stockholms län", f.region());
        assertEquals(List.of(new BigDecimal("1.16"), new BigDecimal("1.71")), values(f.series().get(0)));
        assertEquals(new BigDecimal("1.05"), f.series().get(0).points().get(0).median());
    }

    @Test
    void aTabInABadCellIsShownAsASpaceSoTheMessageStaysOneReadableLine() {
        List<String> p = problems(TOP + "indicator;group;year;value;base\r\n"
                + "kontaktforbud_kvalificerade;total;2024;1,71;{\tat 34\r\n");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).contains("base: is \"{ at 34\""), p.get(0));
        assertFalse(p.get(0).contains("\t"), p.get(0));
    }

    @Test
    void commaSeparatedCsvWithDecimalPointsReads() {
        FactSet f = read(TOP.replace("\r\n", "\n") + "indicator,group,year,value\n"
                + "kontaktforbud_kvalificerade,total,2024,1.71\n");
        assertEquals(List.of(new BigDecimal("1.71")), values(f.series().get(0)));
    }

    @Test
    void koladaMarkersBecomeMissingValuesWithTheirReasonNeverZero() {
        FactSet f = read(TOP + "indicator;group;year;value;quote\r\n"
                + "kontaktforbud_beviljade;total;2021;..;för få fall\r\n"
                + "kontaktforbud_beviljade;total;2022;.;\r\n"
                + "kontaktforbud_beviljade;total;2023;-;\r\n"
                + "kontaktforbud_beviljade;total;2024;37;\r\n");
        SeriesData s = f.series().get(0);
        assertEquals(List.of(new BigDecimal("37")), values(s));
        assertEquals(List.of(new MissingValue(2021, MissingReason.SUPPRESSED, "för få fall"),
                new MissingValue(2022, MissingReason.NOT_APPLICABLE, ""),
                new MissingValue(2023, MissingReason.MISSING, "")), s.missing());
    }

    @Test
    void quotedFieldsKeepSeparatorsEscapedQuotesAndLineBreaks() {
        FactSet f = read(TOP + "indicator;group;year;value;quote\r\n"
                + "kontaktforbud_beviljade;total;2024;37;\"Tabell 3; rad \"\"beviljade\"\"\r\nandra raden\"\r\n");
        assertEquals("Tabell 3; rad \"beviljade\"\nandra raden", f.series().get(0).points().get(0).quote());
    }

    @Test
    void reportYearDefaultsToTheNewestYearInTheFile() {
        FactSet f = read(TOP + "indicator;group;year;value\r\n"
                + "kontaktforbud_beviljade;total;2022;31\r\n"
                + "kontaktforbud_overtradelse;total;2023;640\r\n");
        assertEquals(2023, f.year());
    }

    @Test
    void excelsTrailingSeparatorsBlankRowsAndQuotedCommentsAreIgnored() {
        FactSet f = read("\"# region: Stockholms län; hela länet\";;;\r\n# report: Testrapport;;;\r\n;;;\r\n"
                + "indicator;group;year;value\r\n;;;\r\nkontaktforbud_beviljade;total;2024;37;;\r\n\r\n");
        assertEquals("Stockholms län; hela länet", f.region());
        assertEquals(1, f.series().get(0).points().size());
    }

    @Test
    void thousandsSpacesMinusSignAndPercentSignOnSharesAreRead() {
        FactSet f = read(TOP + "Indikator;Grupp;År;Värde\r\n"
                + "kontaktforbud_overtradelse;total;2024;1\u00a0234\r\n"
                + "kontaktforbud_beviljade;total;2024;37 %\r\n");
        assertEquals(List.of(new BigDecimal("1234")), values(f.series().get(0)));
        assertEquals(List.of(new BigDecimal("37")), values(f.series().get(1)));
    }

    @Test
    void noteColumnGivesSeriesNotesAndARepeatedCaveatIsKeptOnce() {
        FactSet f = read(TOP + "indicator;group;year;value;note\r\n"
                + "kontaktforbud_beviljade;total;2023;31;series_break: frågan delades upp\r\n"
                + "kontaktforbud_beviljade;total;2024;37;caveat: endast nära relationer\r\n"
                + "kontaktforbud_beviljade;total;2022;30;caveat: endast nära relationer\r\n");
        SeriesData s = f.series().get(0);
        assertEquals(List.of(NoteKind.SERIES_BREAK, NoteKind.CAVEAT), s.notes().stream().map(n -> n.kind()).toList());
        assertEquals(2023, s.notes().get(0).year());
    }

    @Test
    void everyProblemOfTheFileIsReportedAtOnceWithLineAndColumn() {
        assertEquals(List.of(
                "F.csv:4:1: indicator: is \"okänd\", which is not in the catalog; use an id from rules/catalog.json or"
                        + " add it there",
                "F.csv:5:31: year: is \"2o24\"; expected a whole number from 1990 to 2100 (for a school year such as"
                        + " 2023/2024, the later year)",
                "F.csv:6:36: value: is 120; a share is given in percent from 0 to 100"),
                problems(TOP + "indicator;group;year;value\r\n"
                        + "okänd;total;2024;1\r\n"
                        + "kontaktforbud_beviljade;total;2o24;37\r\n"
                        + "kontaktforbud_beviljade;total;2023;120\r\n"));
    }

    @Test
    void aLineLongerThanTheCapIsRefusedWithoutReadingTheRestAsOneField() {
        List<String> p = problems(TOP + "indicator;group;year;value;quote\r\n"
                + "kontaktforbud_beviljade;total;2024;37;\"" + "x".repeat(CsvRecords.MAX_RECORD_CHARS) + "\r\n"
                + "kontaktforbud_beviljade;total;2023;31;\r\n");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("F.csv:4:39: the quote opened here runs on for more than 65536 characters"),
                p.get(0));
    }

    @Test
    void rowsWithMoreFieldsThanTheCapAreRefused() {
        List<String> p = problems(TOP + "indicator;group;year;value\r\n" + ";x".repeat(CsvRecords.MAX_FIELDS + 5)
                + "\r\n");
        assertTrue(p.get(0).contains("the line has more than 64 fields separated by ;"), p.toString());
    }

    @Test
    void fileOverTheSizeCapIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.csv");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(JsonFiles.MAX_BYTES + 1);
        }
        BedomningException e = assertThrows(BedomningException.class,
                () -> CsvFactReader.read(big, Facts.rules().catalog()));
        assertEquals(ExitCode.BAD_INPUT, e.exitCode());
        assertTrue(e.report().contains("is 33554433 bytes; the limit is 33554432 bytes"), e.report());
    }
}
