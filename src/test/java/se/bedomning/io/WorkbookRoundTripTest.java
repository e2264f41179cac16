package se.bedomning.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.bedomning.cli.Pipeline;
import se.bedomning.facts.FactSet;
import se.bedomning.facts.MissingValue;
import se.bedomning.facts.Point;
import se.bedomning.facts.SeriesData;
import se.bedomning.rules.RuleSet;
import se.bedomning.testing.Facts;

/** A workbook written from a fact file and read back gives the same facts and the same draft. */
class WorkbookRoundTripTest {

    @TempDir
    Path tmp;

    private static FactSet read(Path p) {
        RuleSet rules = Facts.rules();
        return InputFiles.read(p, rules.catalog(), rules.kolada());
    }

    /**
     * The same facts apart from where they were read from and the order of series across Mål: a workbook
     * keeps a sheet per Mål, so the series come back grouped by Mål, each Mål's in the fact file's order.
     */
    static FactSet canonical(FactSet f) {
        List<SeriesData> sorted = f.series().stream()
                .sorted(Comparator.comparingInt((SeriesData s) -> s.indicator().goal()).thenComparingInt(SeriesData::position))
                .toList();
        List<SeriesData> out = new ArrayList<>();
        for (SeriesData s : sorted) {
            out.add(new SeriesData(s.indicator(), s.group(), s.points(), s.missing(), s.notes(), s.baseRange(), out.size()));
        }
        return new FactSet("facts", f.region(), f.year(), f.report(), f.notes(), out).withActions(f.actions())
                .withActionSource(f.actionSource());
    }

    private static String draft(Path data, Pipeline.Format format) {
        RuleSet rules = Facts.rules();
        return Pipeline.render(rules, Pipeline.run(rules, data, "rules"), format);
    }

    @ParameterizedTest(name = "fixture {0}")
    @ValueSource(ints = {2018, 2023, 2024})
    void aWorkbookReadBackUnchangedGivesTheFixturesFactsAndDraft(int year) throws Exception {
        Path json = Path.of("fixtures/stockholm/" + year + "/facts.json");
        FactSet facts = read(json);
        Path xlsx = tmp.resolve("facts.xlsx");
        Files.write(xlsx, WorkbookWriter.write(facts, year));
        FactSet back = read(xlsx);
        assertEquals(canonical(facts), canonical(back));
        assertEquals(facts.actions(), back.actions());
        // 2023's are the agency's own activities (its "Om filen" says åtgärdskälla activities); the others' are
        // the handlingsplan's, and their workbooks say nothing about it.
        assertEquals(facts.actionSource(), back.actionSource());
        for (Pipeline.Format format : java.util.stream.Stream.of(Pipeline.Format.values()).filter(Pipeline.Format::isText).toList()) {
            assertEquals(draft(json, format), draft(xlsx, format).replace(xlsx.toString(), json.toString()),
                    format + " draft");
        }
    }

    @Test
    void fillingInTheNewYearGivesTheNewYearsFactsAndDraft() throws Exception {
        Path json = Path.of("fixtures/stockholm/2024/facts.json");
        FactSet now = read(json);
        // Last year's data: the same series without their 2024 values.
        List<SeriesData> before = new ArrayList<>();
        for (SeriesData s : now.series()) {
            before.add(new SeriesData(s.indicator(), s.group(), s.points().stream().filter(p -> p.year() < 2024).toList(),
                    s.missing().stream().filter(m -> m.year() < 2024).toList(), s.notes(), s.baseRange(), s.position()));
        }
        FactSet lastYear = new FactSet(now.file(), now.region(), 2023, now.report(), now.notes(), before)
                .withActions(now.actions());
        Path xlsx = tmp.resolve("2024.xlsx");
        Files.write(xlsx, WorkbookWriter.write(lastYear, 2024));

        // The analyst types the 2024 values into the highlighted column, as Excel stores what is typed.
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (SeriesData s : now.series()) {
                Sheet sheet = wb.getSheet("Mål " + s.indicator().goal());
                Row row = rowOf(sheet, s.indicator().id(), s.group().id());
                for (Point p : s.points()) {
                    if (p.year() == 2024) {
                        Cell v = row.createCell(column(sheet, "2024"));
                        if (p.isRange() || p.approximate()) {
                            String t = p.isRange() ? p.low().toPlainString().replace('.', ',') + "–"
                                    + p.high().toPlainString().replace('.', ',') : p.value().toPlainString().replace('.', ',');
                            v.setCellValue(p.approximate() ? "cirka " + t : t);
                        } else {
                            v.setCellValue(p.value().doubleValue());
                        }
                        type(sheet, row, "2024 median", p.median());
                        type(sheet, row, "2024 bas", p.base());
                        type(sheet, row, "2024 antal", p.count());
                        row.createCell(column(sheet, "2024 källa")).setCellValue(p.quote());
                    }
                }
                for (MissingValue m : s.missing()) {
                    if (m.year() == 2024) {
                        row.createCell(column(sheet, "2024")).setCellValue(m.reason().marker());
                        row.createCell(column(sheet, "2024 källa")).setCellValue(m.quote());
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        assertEquals(canonical(now), canonical(read(xlsx)));
        assertEquals(draft(json, Pipeline.Format.md), draft(xlsx, Pipeline.Format.md).replace(xlsx.toString(), json.toString()));
    }

    private static void type(Sheet sheet, Row row, String heading, java.math.BigDecimal v) {
        if (v != null) {
            row.createCell(column(sheet, heading)).setCellValue(v.doubleValue());
        }
    }

    private static Row rowOf(Sheet sheet, String indicator, String group) {
        for (Row r : sheet) {
            if (r.getRowNum() > 0 && indicator.equals(r.getCell(0).getStringCellValue())
                    && group.equals(r.getCell(1).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError(indicator + "/" + group + " has no row on " + sheet.getSheetName());
    }

    /** The column with this heading; one the sheet lacks is added at the end, as an analyst would. */
    private static int column(Sheet sheet, String heading) {
        Map<String, Integer> cols = new HashMap<>();
        Row h = sheet.getRow(0);
        for (Cell c : h) {
            cols.put(c.getStringCellValue(), c.getColumnIndex());
        }
        if (!cols.containsKey(heading)) {
            int at = h.getLastCellNum();
            h.createCell(at).setCellValue(heading);
            return at;
        }
        assertTrue(cols.get(heading) >= 3);
        return cols.get(heading);
    }
}
