package se.bedomning.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.bedomning.facts.FactSet;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.ExitCode;
import se.bedomning.rules.RuleSet;
import se.bedomning.testing.Facts;

/**
 * Workbooks an analyst could plausibly break — any cell of any sheet overwritten with text, a number, a
 * marker or nothing, rows deleted — and workbooks with bytes flipped: reading ends in facts or in exit 2
 * with located problems, never in another exception.
 */
class GeneratedBadWorkbookTest {

    private static byte[] seed;
    private static Path dir;
    private static RuleSet rules;

    @BeforeContainer
    static void setUp() throws IOException {
        rules = Facts.rules();
        FactSet facts = InputFiles.read(Path.of("fixtures/stockholm/2024/facts.json"), rules.catalog(), rules.kolada());
        seed = WorkbookWriter.write(facts, 2025);
        dir = Files.createTempDirectory("bedomning-workbooks");
    }

    @AfterContainer
    static void tearDown() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    record Edit(int sheet, int row, int column, String text, boolean deleteRow) {
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.of("", "..", ".", "-", "94–95", "cirka 60", "95–94",
                "250", "-3", "1e400", "2024", "total", "percent", "TRUE", "caveat", "base_range", "Mål 9",
                "kontaktforbud_beviljade"), Arbitraries.strings().ofMaxLength(12));
        Arbitrary<Edit> one = Combinators.combine(Arbitraries.integers().between(0, 11),
                Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 30), text,
                Arbitraries.integers().between(0, 9).map(i -> i == 0)).as(Edit::new);
        return one.list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 100)
    void editedCellsEndInFactsOrLocatedProblems(@ForAll("edits") List<Edit> edits) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(seed))) {
            for (Edit e : edits) {
                Sheet s = wb.getSheetAt(e.sheet() % wb.getNumberOfSheets());
                Row r = s.getRow(e.row()) != null ? s.getRow(e.row()) : s.createRow(e.row());
                if (e.deleteRow()) {
                    s.removeRow(r);
                } else if (e.text().isEmpty()) {
                    r.createCell(e.column()).setBlank();
                } else if (e.text().matches("-?\\d+")) {
                    r.createCell(e.column()).setCellValue(Double.parseDouble(e.text()));
                } else {
                    r.createCell(e.column()).setCellValue(e.text());
                }
            }
            wb.write(out);
        }
        readEndsWell(out.toByteArray());
    }

    @Property(tries = 50)
    void flippedBytesEndInFactsOrAMessage(@ForAll("positions") List<Integer> at) throws IOException {
        byte[] bytes = seed.clone();
        for (int i : at) {
            bytes[i % bytes.length] ^= (byte) (1 + i % 255);
        }
        readEndsWell(bytes);
    }

    @Provide
    Arbitrary<List<Integer>> positions() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMinSize(1).ofMaxSize(4);
    }

    private static void readEndsWell(byte[] bytes) throws IOException {
        Path p = Files.createTempFile(dir, "w", ".xlsx");
        Files.write(p, bytes);
        try {
            InputFiles.read(p, rules.catalog(), rules.kolada());
        } catch (BedomningException e) {
            assertEquals(ExitCode.BAD_INPUT, e.exitCode(), e.report());
            assertFalse(e.problems().isEmpty(), e.report());
        } finally {
            Files.delete(p);
        }
    }
}
