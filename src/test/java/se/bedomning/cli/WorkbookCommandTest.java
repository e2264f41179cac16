package se.bedomning.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bedomning.testing.Cli;

/** {@code workbook}: next year's column, atomic output, no clobbering, never over its own data. */
class WorkbookCommandTest {

    @TempDir
    Path tmp;

    @Test
    void writesTheNextYearAsAHighlightedColumnByDefault() throws Exception {
        Path out = tmp.resolve("2025.xlsx");
        Cli.Run r = Cli.run("workbook", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("the column 2025 to fill in"), r.err());
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("Mål 6");
            int last = s.getRow(0).getLastCellNum();
            assertEquals("2025 källa", s.getRow(0).getCell(last - 1).getStringCellValue());
            assertEquals(3, s.getPaneInformation().getVerticalSplitLeftColumn(), "ids and name stay in view");
            assertTrue(s.getDataValidations().size() > 0, "unit-bound cells are validated");
        }
    }

    @Test
    void theInstructionsSayHowToFillInÅtgärdskällaForBothKindsOfReport() throws Exception {
        // The field decides whether the draft speaks of the handlingsplan's åtgärder or of the agency's activities:
        // an analyst filling in next year must learn of it where the other fields are explained, whichever it is now.
        for (String data : new String[] {"fixtures/stockholm/2024/facts.json", "fixtures/stockholm/2023/facts.json"}) {
            Path out = tmp.resolve(data.replaceAll("\\D", "") + ".xlsx");
            Cli.Run r = Cli.run("workbook", "--data", data, "--out", out.toString());
            assertEquals(0, r.code(), r.err());
            StringBuilder help = new StringBuilder();
            try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                Sheet s = wb.getSheet("Om filen");
                for (int i = 0; i <= s.getLastRowNum(); i++) {
                    if (s.getRow(i) != null && s.getRow(i).getCell(3) != null) {
                        help.append(s.getRow(i).getCell(3).getStringCellValue()).append('\n');
                    }
                }
            }
            String text = help.toString();
            assertTrue(text.contains("åtgärdskälla"), text);
            assertTrue(text.contains("activities") && text.contains("aktiviteter"), text);
            assertTrue(text.contains("handlingsplan"), text);
        }
    }

    @Test
    void refusesToReplaceAnExistingFileWithoutForce() throws Exception {
        Path out = tmp.resolve("w.xlsx");
        Files.write(out, new byte[] {1, 2, 3});
        Cli.Run r = Cli.run("workbook", "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("already exists; pass --force"), r.err());
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(out));
        assertEquals(0, Cli.run("workbook", "--out", out.toString(), "--force").code());
        assertTrue(Files.size(out) > 1000);
    }

    @Test
    void refusesToWriteOverItsOwnData() throws Exception {
        Path data = tmp.resolve("w.xlsx");
        assertEquals(0, Cli.run("workbook", "--year", "2024", "--out", data.toString()).code());
        byte[] before = Files.readAllBytes(data);
        Cli.Run r = Cli.run("workbook", "--data", data.toString(), "--out", data.toString(), "--force");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("is the --data file itself"), r.err());
        assertArrayEquals(before, Files.readAllBytes(data));
    }

    @Test
    void aYearBeforeTheDataOrANameWithoutXlsxIsAUsageError() {
        Cli.Run early = Cli.run("workbook", "--year", "2020", "--out", tmp.resolve("w.xlsx").toString());
        assertEquals(2, early.code());
        assertTrue(early.err().contains("--year is 2020; expected a year from the data's year 2024"), early.err());
        Cli.Run csv = Cli.run("workbook", "--out", tmp.resolve("w.csv").toString());
        assertEquals(2, csv.code());
        assertFalse(Files.exists(tmp.resolve("w.csv")));
    }
}
