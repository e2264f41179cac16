package se.bedomning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bedomning.testing.Cli;

/**
 * Bad workbooks are bad input: exit 2, every problem located as Excel names the cell ({@code Mål 4!F12}),
 * nothing written. Each bad file is made in the test's temp folder from a workbook of the 2024 fixture.
 */
class BadWorkbookTest {

    @TempDir
    Path tmp;

    private Path good;

    @BeforeEach
    void writeTheFixturesWorkbook() {
        good = tmp.resolve("2024.xlsx");
        Cli.Run r = Cli.run("workbook", "--data", "fixtures/stockholm/2024/facts.json", "--year", "2024", "--out",
                good.toString());
        assertEquals(0, r.code(), r.err());
    }

    /** A copy of the good workbook changed by {@code edit}, as an analyst would save it from Excel. */
    private Path edited(String name, Consumer<XSSFWorkbook> edit) throws Exception {
        Path p = tmp.resolve(name);
        try (InputStream in = Files.newInputStream(good); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            edit.accept(wb);
            try (OutputStream out = Files.newOutputStream(p)) {
                wb.write(out);
            }
        }
        return p;
    }

    /** The row of {@code indicator} on its Mål sheet. */
    private static Row row(Sheet s, String indicator) {
        for (Row r : s) {
            Cell c = r.getCell(0);
            if (r.getRowNum() > 0 && c != null && indicator.equals(c.getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError(indicator + " is not on " + s.getSheetName());
    }

    private static int column(Sheet s, String heading) {
        for (Cell c : s.getRow(0)) {
            if (heading.equals(c.getStringCellValue())) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + heading + " on " + s.getSheetName());
    }

    private static String cellName(Sheet s, Row r, int col) {
        return s.getSheetName() + "!" + (char) ('A' + col) + (r.getRowNum() + 1);
    }

    private static Cli.Run badInput(Path data) {
        Cli.Run r = Cli.run("draft", "--data", data.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.out().isEmpty(), "nothing is drafted");
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        return r;
    }

    // kontaktforbud_beviljade is a share (Mål 6) in the 2024 fixture with a 2024 value.
    private static final String SHARE = "kontaktforbud_beviljade";

    @Test
    void textInANumberCellIsNamedByItsCellAndHeading() throws Exception {
        String[] at = new String[1];
        Path p = edited("text.xlsx", wb -> {
            Sheet s = wb.getSheet("Mål 6");
            Row r = row(s, SHARE);
            int c = column(s, "2024");
            r.getCell(c).setCellValue("trettiosju");
            at[0] = cellName(s, r, c);
        });
        String err = badInput(p).err();
        assertTrue(err.contains(p + ": " + at[0] + " (2024): is \"trettiosju\"; expected a number"), err);
    }

    @Test
    void aShareOf250IsOutsideItsUnit() throws Exception {
        String[] at = new String[1];
        Path p = edited("share.xlsx", wb -> {
            Sheet s = wb.getSheet("Mål 6");
            Row r = row(s, SHARE);
            int c = column(s, "2024");
            r.getCell(c).setCellValue(250);
            at[0] = cellName(s, r, c);
        });
        String err = badInput(p).err();
        assertTrue(err.contains(at[0] + " (2024): is 250; a share is given in percent from 0 to 100"), err);
    }

    @Test
    void anUnknownIndicatorRowIsNamedWithTheClosestId() throws Exception {
        Path p = edited("unknown.xlsx", wb -> {
            Sheet s = wb.getSheet("Mål 6");
            Row r = s.createRow(s.getLastRowNum() + 1);
            r.createCell(0).setCellValue("kontaktforbud_bevilade");
            r.createCell(1).setCellValue("total");
            r.createCell(column(s, "2024")).setCellValue(40);
        });
        String err = badInput(p).err();
        assertTrue(err.matches("(?s).*Mål 6!A\\d+ \\(indikator\\): is \"kontaktforbud_bevilade\", which is neither on"
                + " the Indikatorer sheet nor in rules/catalog.json.*did you mean.*kontaktforbud_beviljade.*"), err);
    }

    @Test
    void aYearColumnGivenTwiceIsRefused() throws Exception {
        Path p = edited("twice.xlsx", wb -> {
            Sheet s = wb.getSheet("Mål 6");
            s.getRow(0).getCell(column(s, "2023")).setCellValue("2024");
        });
        String err = badInput(p).err();
        assertTrue(err.matches("(?s).*Mål 6!\\w+1: \"2024\" is already column \\w+; give each year's column once.*"), err);
    }

    @Test
    void anÅtgärdsStatusOutsideTheCodesIsNamedWithTheCodes() throws Exception {
        String[] at = new String[1];
        Path p = edited("status.xlsx", wb -> {
            Sheet s = wb.getSheet("Åtgärder");
            Row r = row(s, "1.2");
            int c = column(s, "status");
            r.getCell(c).setCellValue("klar");
            at[0] = cellName(s, r, c);
        });
        String err = badInput(p).err();
        assertTrue(err.contains(p + ": " + at[0] + " (status): is \"klar\"; expected one of carried_out, ongoing,"), err);
        assertTrue(err.contains("(or in Swedish: genomförd, pågår"), err);
    }

    @Test
    void aBadReachAndABadOutputAreBothNamedByTheirCells() throws Exception {
        String[] at = new String[2];
        Path p = edited("outputs.xlsx", wb -> {
            Sheet s = wb.getSheet("Åtgärder");
            int c = column(s, "utfall");
            Row reach = row(s, "1.2");
            // 1.2 gives three outputs and a reach, each with its quote: keep four items so the quotes still fit.
            reach.getCell(c).setCellValue("6 kommuner | cirka 350 deltagare | 90 % andel_nöjda | 8 av 6 kommuner");
            at[0] = cellName(s, reach, c);
            Row output = row(s, "1.1");
            output.getCell(c).setCellValue("100 deltagre");
            at[1] = cellName(s, output, c);
        });
        String err = badInput(p).err();
        assertTrue(err.contains(p + ": " + at[0] + " (utfall): \"8 av 6 kommuner\": count 8 is above of 6"), err);
        assertTrue(err.contains(p + ": " + at[1] + " (utfall): names the measure \"deltagre\"; expected one of"), err);
        assertTrue(err.contains("did you mean \"deltagare\"?"), err);
    }

    @Test
    void outputQuotesThatDoNotMatchTheOutputsAreCounted() throws Exception {
        String[] at = new String[1];
        Path p = edited("quotes.xlsx", wb -> {
            Sheet s = wb.getSheet("Åtgärder");
            Row r = row(s, "1.2");
            int c = column(s, "utfall citat");
            r.getCell(c).setCellValue("Ett citat.\nEtt till.");
            at[0] = cellName(s, r, c);
        });
        String err = badInput(p).err();
        assertTrue(err.contains(p + ": " + at[0] + " (utfall citat): gives 2 quotes but utfall has 4 items"), err);
    }

    @Test
    void aDeletedMetadataSheetIsNamed() throws Exception {
        Path p = edited("nometa.xlsx", wb -> wb.removeSheetAt(wb.getSheetIndex("Indikatorer")));
        String err = badInput(p).err();
        assertTrue(err.contains(p + ": Indikatorer: the sheet is missing; it holds the indicators' metadata"), err);
    }

    @Test
    void everyProblemIsReportedAtOnceAndNothingIsWritten() throws Exception {
        Path p = edited("many.xlsx", wb -> {
            Sheet s = wb.getSheet("Mål 6");
            Row r = row(s, SHARE);
            r.getCell(column(s, "2024")).setCellValue(250);
            r.getCell(column(s, "2023")).setCellValue("abc");
            wb.getSheet("Om filen").getRow(1).getCell(1).setCellValue("bedomning-workbook/9");
        });
        Path out = tmp.resolve("draft.md");
        Cli.Run r = Cli.run("draft", "--data", p.toString(), "--out", out.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("is 250") && r.err().contains("\"abc\"") && r.err().contains("bedomning-workbook/9"),
                r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aPasswordProtectedWorkbookIsRefusedWithWhatToDo() throws Exception {
        Path p = tmp.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("hemligt");
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(good, os);
            }
            try (OutputStream out = Files.newOutputStream(p)) {
                fs.writeFilesystem(out);
            }
        }
        String err = badInput(p).err();
        assertTrue(err.contains(p + ": is password-protected (encrypted)"), err);
    }

    @Test
    void aCorruptWorkbookIsSaidToBeDamaged() throws Exception {
        Path p = tmp.resolve("corrupt.xlsx");
        byte[] bytes = Files.readAllBytes(good);
        Files.write(p, Arrays.copyOf(bytes, bytes.length / 2));
        String err = badInput(p).err();
        assertTrue(err.contains(p + ": is damaged and cannot be read as a workbook"), err);

        Path text = tmp.resolve("renamed.xlsx");
        Files.writeString(text, "indicator;group;year;value\n");
        assertTrue(badInput(text).err().contains("is not an Excel workbook"));
    }

    @Test
    void a50MegabyteFileIsRefusedBySizeWithoutBeingParsed() throws Exception {
        Path p = tmp.resolve("big.xlsx");
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.write(Files.readAllBytes(good));
            f.setLength(50L * 1024 * 1024);
        }
        // The size says it was refused by the cap: a parse would have failed on the zip instead.
        String err = badInput(p).err();
        assertTrue(err.contains(p + ": is 50.0 MiB; a workbook is at most 16 MiB"), err);
    }

    @Test
    void mergedCellsOnAMaalSheetAreRefusedWithTheirRange() throws Exception {
        Path p = edited("merged.xlsx", wb -> wb.getSheet("Mål 6").addMergedRegion(
                new org.apache.poi.ss.util.CellRangeAddress(1, 2, 3, 3)));
        String err = badInput(p).err();
        assertTrue(err.contains(p + ": Mål 6!D2:D3: the cells are merged; unmerge them"), err);
    }

    @Test
    void aFormulasCachedValueIsReadAndSaidSoAndAHiddenRowIsRead() throws Exception {
        Path plain = edited("plain.xlsx", wb -> { });
        Path p = edited("formula.xlsx", wb -> {
            Sheet s = wb.getSheet("Mål 6");
            Row r = row(s, SHARE);
            Cell c = r.getCell(column(s, "2024"));
            double v = c.getNumericCellValue();
            c.setCellFormula(Math.round(v - 1) + "+1");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(c);
            r.setZeroHeight(true);
        });
        Cli.Run a = Cli.run("draft", "--data", plain.toString());
        Cli.Run b = Cli.run("draft", "--data", p.toString());
        assertEquals(0, b.code(), b.err());
        // The same draft, and one note more: the value came from a formula's saved result.
        String note = "Obs: i formula.xlsx är cellen Mål 6!" ;
        assertTrue(b.out().contains(note) && b.out().contains("värde som Excel senast räknade fram"), b.out());
        assertTrue(!a.out().contains(note), a.out());
        String withoutNote = b.out().lines().filter(l -> !l.startsWith("Obs: i formula.xlsx"))
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        assertEquals(a.out().replace(plain.toString(), ""), withoutNote.replace(p.toString(), "")
                .replaceAll("\n\n\n", "\n\n"));
    }

    @Test
    void aDeviceNamedXlsxIsRefusedBeforeItIsOpened() throws Exception {
        Path p = Files.createSymbolicLink(tmp.resolve("zero.xlsx"), Path.of("/dev/zero"));
        String err = badInput(p).err();
        assertTrue(err.contains(p + ": is not a regular file (a device, named pipe or socket)"), err);
    }
}
