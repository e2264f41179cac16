package se.bedomning.render.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumVal;
import org.openxmlformats.schemas.drawingml.x2006.chart.ChartSpaceDocument;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTSerTx;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTAxDataSource;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumDataSource;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;
import se.bedomning.cli.Pipeline;
import se.bedomning.facts.Point;
import se.bedomning.facts.SeriesData;
import se.bedomning.facts.Unit;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.ExitCode;
import se.bedomning.render.Draft;
import se.bedomning.render.ReportTables;
import se.bedomning.rules.RuleSet;
import se.bedomning.testing.Facts;

/**
 * The Word document read back with POI: headings in order, bullets per Mål, every table cell and chart point
 * equal to the fact it shows (a gap shown as a gap), Swedish as the language, Word's built-in styles present,
 * a template's styles used, and the same bytes on every run.
 */
class DocxRendererTest {

    static final Path FACTS_2024 = Path.of("fixtures/stockholm/2024/facts.json");
    static final Path BAD_CASES = Path.of("src/test/resources/report-tables/bad-cases.json");

    static RuleSet rules;
    static Pipeline.Result result2024;
    static XWPFDocument doc2024;
    static DocxStyles defaults;

    @BeforeAll
    static void draft() throws IOException {
        rules = Facts.rules();
        defaults = DocxStyles.defaults();
        result2024 = Pipeline.run(rules, FACTS_2024, "rules");
        doc2024 = read(Pipeline.bytes(rules, result2024, Pipeline.Format.docx, defaults));
    }

    static XWPFDocument read(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    static ReportTables tables(Pipeline.Result r) {
        return ReportTables.of(r.assessment(), rules.wording());
    }

    /** The paragraph's own text, without the footnote reference marks. */
    static String text(XWPFParagraph p) {
        StringBuilder sb = new StringBuilder();
        for (CTR r : p.getCTP().getRList()) {
            for (CTText t : r.getTList()) {
                sb.append(t.getStringValue());
            }
        }
        return sb.toString();
    }

    static List<String> withStyle(XWPFDocument doc, String builtIn, DocxStyles styles) {
        String id = styles.id(builtIn);
        return doc.getParagraphs().stream().filter(p -> id.equals(p.getStyle())).map(DocxRendererTest::text).toList();
    }

    @Test
    void theTitleHeadingsAndAppendixHeadingsComeInTheDraftsOrder() {
        Draft d = result2024.draft();
        assertEquals(List.of(d.title()), withStyle(doc2024, DocxStyles.TITLE, defaults));
        List<String> h1 = new ArrayList<>();
        h1.add(rules.wording().document("summaryHeading"));
        d.sections().forEach(s -> h1.add(s.heading()));
        h1.add(rules.wording().document("appendixHeading"));
        assertEquals(h1, withStyle(doc2024, DocxStyles.HEADING_1, defaults));
        List<String> h2 = d.sections().stream().filter(s -> !s.sentences().isEmpty() || !s.actions().isEmpty())
                .map(s -> "Underlag för mål " + s.goal() + ": " + s.title()).toList();
        assertEquals(h2, withStyle(doc2024, DocxStyles.HEADING_2, defaults));
    }

    @Test
    void eachMalHasItsBedomningThenItsUtvecklingsomradenAsBullets() {
        Draft d = result2024.draft();
        String h1 = defaults.id(DocxStyles.HEADING_1);
        String bullet = defaults.id(DocxStyles.LIST_BULLET);
        List<XWPFParagraph> ps = doc2024.getParagraphs();
        for (Draft.Section s : d.sections()) {
            int at = indexOf(ps, h1, s.heading());
            List<String> bullets = new ArrayList<>();
            List<String> body = new ArrayList<>();
            for (int i = at + 1; i < ps.size() && !h1.equals(ps.get(i).getStyle()); i++) {
                if (bullet.equals(ps.get(i).getStyle())) {
                    bullets.add(text(ps.get(i)));
                    assertNotNull(ps.get(i).getNumID(), "a bullet is a list item: " + text(ps.get(i)));
                } else {
                    body.add(text(ps.get(i)));
                }
            }
            assertEquals(s.developmentAreas().stream().map(Draft.Area::text).toList(), bullets, s.heading());
            if (!s.assessment().isEmpty()) {
                assertEquals(String.join(" ", s.assessment().stream().map(Draft.Statement::text).toList()),
                        body.get(0), s.heading() + ": the bedömning first");
            }
            if (!s.handlingsplan().isEmpty()) {
                assertTrue(body.contains(String.join(" ", s.handlingsplan().stream()
                        .map(Draft.ActionSentence::text).toList())), s.heading() + ": the handlingsplan paragraph");
            }
        }
    }

    @Test
    void aReportOfTheAgencysOwnActivitiesIsWordedAsActivitiesNeverAsAHandlingsplanItFollowsUp() throws IOException {
        // The 2023 fixture's åtgärder are the agency's own activities, filed under the åtgärd each corresponds to.
        Pipeline.Result r = Pipeline.run(rules, Path.of("fixtures/stockholm/2023/facts.json"), "rules");
        XWPFDocument doc = read(Pipeline.bytes(rules, r, Pipeline.Format.docx, defaults));
        List<String> paragraphs = doc.getParagraphs().stream().map(DocxRendererTest::text).toList();
        int sections = 0;
        for (Draft.Section s : r.draft().sections()) {
            if (s.handlingsplan().isEmpty()) {
                continue;
            }
            sections++;
            for (Draft.ActionSentence x : s.handlingsplan()) {
                assertTrue(x.template().endsWith(".activities"), x.id() + ": " + x.template());
                assertTrue(x.text().toLowerCase(java.util.Locale.ROOT).contains("aktivitet"), x.text());
                assertFalse(x.text().startsWith("Åtgärd"), x.text());
            }
            String paragraph = String.join(" ", s.handlingsplan().stream().map(Draft.ActionSentence::text).toList());
            assertTrue(paragraphs.contains(paragraph), "Mål " + s.goal() + ": " + paragraph);
        }
        assertTrue(sections > 0, "the 2023 fixture has activities under some Mål");
        assertEquals(sections, paragraphs.stream().filter(p -> p.equals("Aktiviteter i rapporten, under numret på den"
                + " åtgärd i handlingsplanen som de motsvarar (underlag):")).count(), "the underlag's lead-in per Mål");
        String all = String.join("\n", paragraphs);
        for (String claim : new String[] {"följer upp", "Åtgärder i handlingsplanen", "Handlingsplanen"}) {
            assertFalse(all.contains(claim), claim + " in\n" + all);
        }
    }

    private static int indexOf(List<XWPFParagraph> ps, String style, String text) {
        for (int i = 0; i < ps.size(); i++) {
            if (style.equals(ps.get(i).getStyle()) && text.equals(text(ps.get(i)))) {
                return i;
            }
        }
        throw new AssertionError("no paragraph " + text);
    }

    @Test
    void everyTableCellIsTheFactItShows() throws IOException {
        for (Path facts : List.of(FACTS_2024, BAD_CASES)) {
            Pipeline.Result r = Pipeline.run(rules, facts, "rules");
            XWPFDocument doc = facts.equals(FACTS_2024) ? doc2024
                    : read(Pipeline.bytes(rules, r, Pipeline.Format.docx, defaults));
            checkTables(r, doc);
        }
    }

    /** Each table, cell by cell, against the facts (not only against the model it was drawn from). */
    static void checkTables(Pipeline.Result r, XWPFDocument doc) {
        ReportTables t = tables(r);
        List<ReportTables.GoalTable> drawn = t.goals().stream().filter(ReportTables.GoalTable::hasTable).toList();
        assertEquals(drawn.size(), doc.getTables().size());
        for (int i = 0; i < drawn.size(); i++) {
            ReportTables.GoalTable g = drawn.get(i);
            XWPFTable table = doc.getTables().get(i);
            assertEquals(g.header(), cells(table, 0), "header of " + g.caption());
            assertEquals(g.rows().size() + 1, table.getNumberOfRows());
            List<SeriesData> series = r.assessment().facts().series().stream()
                    .filter(s -> s.indicator().goal() == g.goal() && (!s.points().isEmpty() || !s.missing().isEmpty()))
                    .toList();
            int row = 1;
            for (SeriesData s : series) {
                List<String> cells = cells(table, row);
                assertEquals(capitalizedGroup(s), cells.get(1), s.key());
                for (int y = 0; y < g.years().size(); y++) {
                    assertEquals(expected(s, g.years().get(y), false), cells.get(3 + y), s.key() + " " + g.years().get(y));
                }
                row++;
                if (s.points().stream().anyMatch(p -> p.median() != null)) {
                    List<String> med = cells(table, row);
                    assertEquals("Riket (median)", med.get(1));
                    for (int y = 0; y < g.years().size(); y++) {
                        assertEquals(expected(s, g.years().get(y), true), med.get(3 + y), s.key() + " median");
                    }
                    row++;
                }
            }
        }
    }

    private static String capitalizedGroup(SeriesData s) {
        String l = s.group().label();
        return l.isBlank() ? "Totalt" : Character.toUpperCase(l.charAt(0)) + l.substring(1);
    }

    /** What the report prints for a year of a series, worked out from the facts alone. */
    private static String expected(SeriesData s, int year, boolean median) {
        Point p = s.points().stream().filter(x -> x.year() == year).findFirst().orElse(null);
        Unit unit = s.indicator().unit();
        if (median) {
            return p == null || p.median() == null ? "" : number(unit, p.median());
        }
        if (p != null) {
            String v = p.isRange() ? number(unit, p.low()) + "–" + number(unit, p.high()) : number(unit, p.value());
            return p.approximate() ? "cirka " + v : v;
        }
        return s.missing().stream().filter(m -> m.year() == year).map(m -> m.reason().marker()).findFirst().orElse("");
    }

    private static String number(Unit unit, BigDecimal v) {
        BigDecimal n = v.stripTrailingZeros();
        if (unit == Unit.MEAN_0_10 && n.scale() < 1) {
            n = n.setScale(1);
        } else if (n.scale() < 0) {
            n = n.setScale(0);
        }
        String plain = n.toPlainString().replace('.', ',');
        String whole = plain.contains(",") ? plain.substring(0, plain.indexOf(',')) : plain;
        String rest = plain.substring(whole.length());
        if (whole.length() >= 4) {
            StringBuilder sb = new StringBuilder(whole);
            for (int i = whole.length() - 3; i > 0; i -= 3) {
                sb.insert(i, ' ');
            }
            whole = sb.toString();
        }
        return whole + rest;
    }

    static List<String> cells(XWPFTable t, int row) {
        return t.getRow(row).getTableCells().stream().map(XWPFTableCell::getText).toList();
    }

    @Test
    void missingValuesAreShownAsMissingAndAZeroAsZero() throws IOException {
        XWPFDocument doc = read(Pipeline.bytes(rules, Pipeline.run(rules, BAD_CASES, "rules"), Pipeline.Format.docx,
                defaults));
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTable t : doc.getTables()) {
            for (int i = 1; i < t.getNumberOfRows(); i++) {
                rows.add(cells(t, i));
            }
        }
        assertTrue(rows.stream().anyMatch(r -> r.get(0).startsWith("Andel anmälningar")
                && r.subList(3, 6).equals(List.of("..", ".", "-"))), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get(1).equals("För män") && r.subList(3, 6).equals(
                List.of("0", "..", "0"))), rows.toString());
        // The very long name is kept whole; the cell wraps it.
        assertTrue(rows.stream().anyMatch(r -> r.get(0).length() > 300 && r.get(0).endsWith("dokumentera svaret")));
    }

    @Test
    void everyChartSeriesIsTheFactsOfItsGroupOverTheYears() throws Exception {
        checkCharts(result2024, doc2024);
        Pipeline.Result bad = Pipeline.run(rules, BAD_CASES, "rules");
        checkCharts(bad, read(Pipeline.bytes(rules, bad, Pipeline.Format.docx, defaults)));
    }

    static void checkCharts(Pipeline.Result r, XWPFDocument doc) throws Exception {
        List<ReportTables.Chart> charts = tables(r).goals().stream().flatMap(g -> g.charts().stream()).toList();
        List<XWPFChart> drawn = inOrder(doc);
        assertEquals(charts.size(), drawn.size());
        assertTrue(drawn.size() > 0 || r != result2024);
        for (int i = 0; i < charts.size(); i++) {
            checkChart(r, charts.get(i), drawn.get(i));
        }
    }

    /** The charts in the order they were drawn (chart1, chart2, …; POI lists them in another order). */
    static List<XWPFChart> inOrder(XWPFDocument doc) {
        return doc.getCharts().stream().sorted(java.util.Comparator.comparingInt(c -> Integer.parseInt(
                c.getPackagePart().getPartName().getName().replaceAll("\\D", "")))).toList();
    }

    /** A chart's categories, series names and values (cache and embedded workbook) against the facts. */
    static void checkChart(Pipeline.Result r, ReportTables.Chart c, XWPFChart chart) throws Exception {
        CTPlotArea plot = chart.getCTChart().getPlotArea();
        assertEquals(STDispBlanksAs.GAP, chart.getCTChart().getDispBlanksAs().getVal(), "a gap, never 0");
        List<Object[]> sers = new ArrayList<>();
        if (c.kind() == ReportTables.ChartKind.BAR) {
            assertEquals(1, plot.sizeOfBarChartArray(), c.indicator() + ": one year, bars");
            assertEquals(0, plot.sizeOfLineChartArray());
            plot.getBarChartArray(0).getSerList().forEach(s -> sers.add(new Object[] {s.getTx(), s.getCat(), s.getVal()}));
        } else {
            assertEquals(1, plot.sizeOfLineChartArray(), c.indicator() + ": years, lines");
            plot.getLineChartArray(0).getSerList().forEach(s -> sers.add(new Object[] {s.getTx(), s.getCat(), s.getVal()}));
        }
        assertEquals(c.series().size(), sers.size());
        XSSFWorkbook wb = chart.getWorkbook();
        assertNotNull(wb, "the chart's data is an embedded workbook the analyst edits in Word");
        for (int s = 0; s < sers.size(); s++) {
            ReportTables.ChartSeries cs = c.series().get(s);
            SeriesData facts = r.assessment().facts().series().stream()
                    .filter(x -> x.indicator().id().equals(c.indicator()) && x.group().id().equals(cs.group()))
                    .findFirst().orElseThrow();
            CTSerTx tx = (CTSerTx) sers.get(s)[0];
            assertEquals(cs.label(), tx.getStrRef().getStrCache().getPtArray(0).getV());
            CTAxDataSource cat = (CTAxDataSource) sers.get(s)[1];
            List<String> years = cat.getStrRef().getStrCache().getPtList().stream().map(p -> p.getV()).toList();
            assertEquals(c.years().stream().map(String::valueOf).toList(), years);
            CTNumDataSource val = (CTNumDataSource) sers.get(s)[2];
            Map<Long, String> cache = val.getNumRef().getNumCache().getPtList().stream()
                    .collect(Collectors.toMap(p -> p.getIdx(), CTNumVal::getV));
            for (int y = 0; y < c.years().size(); y++) {
                int year = c.years().get(y);
                Point p = facts.points().stream().filter(x -> x.year() == year).findFirst().orElse(null);
                BigDecimal expected = p == null ? null : cs.median() ? p.median() : p.value();
                String where = c.indicator() + "/" + cs.group() + (cs.median() ? " median " : " ") + year;
                Row row = wb.getSheetAt(0).getRow(y + 1);
                Cell cell = row == null ? null : row.getCell(s + 1);
                if (expected == null) {
                    assertNull(cache.get((long) y), where + ": no point where the source has no value");
                    assertTrue(cell == null || cell.getCellType() == CellType.BLANK, where + ": a blank cell");
                } else {
                    assertEquals(0, expected.compareTo(new BigDecimal(cache.get((long) y))), where);
                    assertEquals(expected.doubleValue(), cell.getNumericCellValue(), 1e-9, where + " (workbook)");
                }
            }
        }
    }

    @Test
    void theDocumentIsInSwedishAndUsesWordsBuiltInStyles() {
        var styles = doc2024.getStyles();
        for (String name : DocxStyles.USED) {
            XWPFStyle s = styles.getStyle(defaults.id(name));
            assertNotNull(s, name);
            assertEquals(name, s.getName().toLowerCase(java.util.Locale.ROOT));
        }
        assertEquals("Heading1", defaults.id(DocxStyles.HEADING_1));
        assertEquals("ListBullet", defaults.id(DocxStyles.LIST_BULLET));
        assertEquals("TableGrid", defaults.id(DocxStyles.TABLE_GRID));
        assertEquals("Caption", defaults.id(DocxStyles.CAPTION));
        assertEquals("Title", defaults.id(DocxStyles.TITLE));
        assertEquals("sv-SE", styles.getCtStyles().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getVal());
        for (XWPFParagraph p : doc2024.getParagraphs()) {
            for (XWPFRun r : p.getRuns()) {
                assertEquals("sv-SE", r.getLang(), "run '" + r.text() + "'");
            }
        }
        for (XWPFTable t : doc2024.getTables()) {
            assertEquals("TableGrid", t.getStyleID());
        }
        List<String> captions = withStyle(doc2024, DocxStyles.CAPTION, defaults);
        assertTrue(captions.stream().anyMatch(c -> c.startsWith("Tabell 1.")), captions.toString());
        assertTrue(captions.stream().anyMatch(c -> c.startsWith("Diagram 1.")), captions.toString());
    }

    @Test
    void sourcesAreFootnotes() {
        // Word's separator and continuation separator (ids -1 and 0) are not notes of their own.
        List<XWPFFootnote> notes = doc2024.getFootnotes().stream()
                .filter(f -> f.getCTFtnEdn().getType() == null || f.getCTFtnEdn().getType() == STFtnEdn.NORMAL)
                .toList();
        assertTrue(notes.size() > 20, "a footnote per statement, table, chart and run of underlag sentences");
        for (XWPFFootnote f : notes) {
            String t = f.getParagraphs().stream().map(DocxRendererTest::text).collect(Collectors.joining()).trim();
            assertTrue(t.startsWith("Källa: "), t);
        }
        // Each statement of the sammanfattning is followed by the footnote naming its findings' sources.
        Draft d = result2024.draft();
        Draft.Statement first = d.summary().assessment().get(0);
        String source = d.sections().stream().flatMap(s -> s.sentences().stream())
                .filter(x -> x.id().equals(first.findings().get(0).id())).findFirst().orElseThrow().source();
        assertTrue(text(notes.get(0).getParagraphs().get(0)).contains(source));
    }

    @Test
    void theSameDraftGivesTheSameBytes() {
        byte[] a = Pipeline.bytes(rules, result2024, Pipeline.Format.docx, defaults);
        byte[] b = Pipeline.bytes(rules, Pipeline.run(rules, FACTS_2024, "rules"), Pipeline.Format.docx, defaults);
        assertArrayEquals(a, b);
        assertEquals("2024-01-01T00:00:00Z",
                doc2024.getProperties().getCoreProperties().getCreated().toInstant().toString());
    }

    /** A template as an agency would have it: a Swedish Word's style ids, a distinct heading font. */
    static byte[] template(boolean dotx) throws IOException {
        try (XWPFDocument t = new XWPFDocument()) {
            String styles = "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val=\"en-US\"/></w:rPr></w:rPrDefault></w:docDefaults>"
                    + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
                    + "<w:rPr><w:rFonts w:ascii=\"Georgia\" w:hAnsi=\"Georgia\"/></w:rPr></w:style>"
                    + "<w:style w:type=\"paragraph\" w:styleId=\"Rubrik1\"><w:name w:val=\"heading 1\"/>"
                    + "<w:basedOn w:val=\"Normal\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr>"
                    + "<w:rPr><w:rFonts w:ascii=\"Courier New\" w:hAnsi=\"Courier New\"/><w:sz w:val=\"40\"/></w:rPr></w:style>"
                    + "</w:styles>";
            t.createStyles().setStyles(org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument.Factory
                    .parse(styles).getStyles());
            t.createParagraph().createRun().setText("Mall");
            if (dotx) {
                t.getPackage().replaceContentType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.write(out);
            return out.toByteArray();
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new IOException(e);
        }
    }

    @Test
    void aTemplatesStylesAreUsedUnderItsOwnIdsAndTheRestCompleted(@TempDir Path dir) throws IOException {
        for (String name : List.of("mall.docx", "mall.dotx")) {
            Path file = dir.resolve(name);
            Files.write(file, template(name.endsWith(".dotx")));
            DocxStyles styles = DocxStyles.fromTemplate(file);
            assertEquals("Rubrik1", styles.id(DocxStyles.HEADING_1));
            XWPFDocument doc = read(Pipeline.bytes(rules, result2024, Pipeline.Format.docx, styles));
            XWPFStyle h1 = doc.getStyles().getStyle("Rubrik1");
            assertEquals("Courier New", h1.getCTStyle().getRPr().getRFontsArray(0).getAscii(), name);
            assertEquals("Georgia", doc.getStyles().getStyle("Normal").getCTStyle().getRPr().getRFontsArray(0).getAscii());
            List<String> headings = withStyle(doc, DocxStyles.HEADING_1, styles);
            assertEquals(result2024.draft().sections().size() + 2, headings.size(), name);
            assertTrue(doc.getParagraphs().stream().noneMatch(p -> "Heading1".equals(p.getStyle())));
            // What the template lacks comes from Word's built-in styles, and the language is Swedish still.
            for (String used : DocxStyles.USED) {
                assertNotNull(doc.getStyles().getStyle(styles.id(used)), used);
            }
            assertEquals("sv-SE", doc.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr()
                    .getLangArray(0).getVal());
        }
    }

    /**
     * A template written by some other tool: the styles part named by the document's relationships under another
     * name, WordprocessingML under the prefix ns0, no document defaults. Its heading is used, ours complete it,
     * and the language is added, with the prefix our styles use declared.
     */
    @Test
    void aTemplateWithAnotherPrefixAndPartNameIsReadThroughItsRelationships(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("annan.dotx");
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            Map<String, String> parts = new java.util.LinkedHashMap<>();
            parts.put("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"a\" Type=\"" + rel + "officeDocument\" Target=\"doc/main.xml\"/></Relationships>");
            parts.put("doc/_rels/main.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "relationships\"><Relationship Id=\"s\" Type=\"" + rel + "styles\" Target=\"../doc/mallstilar.xml\"/>"
                    + "</Relationships>");
            parts.put("doc/main.xml", "<ns0:document xmlns:ns0=\"" + DocxStyles.W + "\"><ns0:body/></ns0:document>");
            parts.put("doc/mallstilar.xml", "<?xml version=\"1.0\"?><ns0:styles xmlns:ns0=\"" + DocxStyles.W + "\">"
                    + "<ns0:style ns0:type=\"paragraph\" ns0:styleId=\"Overskrift1\"><ns0:name ns0:val=\"Heading 1\"/>"
                    + "<ns0:rPr><ns0:rFonts ns0:ascii=\"Courier New\"/></ns0:rPr></ns0:style>"
                    + "<ns0:style ns0:type=\"paragraph\" ns0:styleId=\"Title\"><ns0:name ns0:val=\"Rubrik &amp; titel\"/>"
                    + "</ns0:style></ns0:styles>");
            for (Map.Entry<String, String> p : parts.entrySet()) {
                z.putNextEntry(new java.util.zip.ZipEntry(p.getKey()));
                z.write(p.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        DocxStyles styles = DocxStyles.fromTemplate(file);
        assertEquals("Overskrift1", styles.id(DocxStyles.HEADING_1));
        // Their "Title" id is taken by a style of another name, so our Title comes in under an id of its own.
        assertTrue(styles.id(DocxStyles.TITLE).startsWith("Title") && !"Title".equals(styles.id(DocxStyles.TITLE)));
        XWPFDocument doc = read(Pipeline.bytes(rules, result2024, Pipeline.Format.docx, styles));
        assertEquals("Courier New", doc.getStyles().getStyle("Overskrift1").getCTStyle().getRPr().getRFontsArray(0)
                .getAscii());
        for (String used : DocxStyles.USED) {
            assertNotNull(doc.getStyles().getStyle(styles.id(used)), used);
        }
        assertEquals("sv-SE", doc.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr()
                .getLangArray(0).getVal());
        assertEquals(List.of(result2024.draft().title()), withStyle(doc, DocxStyles.TITLE, styles));
    }

    @Test
    void aTemplateThatIsNotAWordFileIsABadInputNamingIt(@TempDir Path dir) throws IOException {
        Path notWord = dir.resolve("mall.dotx");
        Files.writeString(notWord, "inte en mall");
        BedomningException e = assertThrows(BedomningException.class, () -> DocxStyles.fromTemplate(notWord));
        assertEquals(ExitCode.BAD_INPUT, e.exitCode());
        assertTrue(e.problems().get(0).file().endsWith("mall.dotx"));
        assertEquals("--template", e.problems().get(0).field());
        BedomningException missing = assertThrows(BedomningException.class,
                () -> DocxStyles.fromTemplate(dir.resolve("saknas.dotx")));
        assertTrue(missing.problems().get(0).message().contains("does not exist"));
    }

    @Test
    void chartsOfBadCasesStayLegible() throws Exception {
        ReportTables.Chart onePoint = new ReportTables.Chart("ett", 1, "Diagram 1. Ett värde (antal)", "Ett värde",
                Unit.COUNT, "antal", ReportTables.ChartKind.BAR, List.of(2024),
                List.of(new ReportTables.ChartSeries("total", "Totalt", false, List.of(new BigDecimal("350")))),
                "Källa", "Källa: Källa.");
        String longLabel = "För ".repeat(40) + "en grupp med ett mycket långt namn";
        ReportTables.Chart gaps = new ReportTables.Chart("gap", 2, "Diagram 2. Luckor (antal)", "Luckor", Unit.COUNT,
                "antal", ReportTables.ChartKind.LINE, List.of(2022, 2023, 2024),
                List.of(new ReportTables.ChartSeries("man", longLabel, false,
                        Arrays.asList(BigDecimal.ZERO, null, BigDecimal.ZERO)),
                        new ReportTables.ChartSeries("kvinnor", "För kvinnor", false, Arrays.asList(null, null, null))),
                "Källa", "Källa: Källa.");
        CTPlotArea bar = chartPart(onePoint).getPlotArea();
        assertEquals(1, bar.sizeOfBarChartArray());
        assertEquals(0, new BigDecimal("350").compareTo(new BigDecimal(bar.getBarChartArray(0).getSerArray(0).getVal()
                .getNumRef().getNumCache().getPtArray(0).getV())));
        CTPlotArea line = chartPart(gaps).getPlotArea();
        var zeroSer = line.getLineChartArray(0).getSerArray(0);
        assertEquals(List.of(0L, 2L), zeroSer.getVal().getNumRef().getNumCache().getPtList().stream()
                .map(p -> p.getIdx()).toList(), "0 is a point; the gap is none");
        assertTrue(zeroSer.getVal().getNumRef().getNumCache().getPtList().stream()
                .allMatch(p -> new BigDecimal(p.getV()).signum() == 0));
        assertEquals(longLabel, zeroSer.getTx().getStrRef().getStrCache().getPtArray(0).getV());
        assertEquals(0, line.getLineChartArray(0).getSerArray(1).getVal().getNumRef().getNumCache().sizeOfPtArray(),
                "a series without values draws nothing, never a line at 0");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ChartWorkbook.of(gaps,
                DocxRenderer.fixedTime(2024))))) {
            assertEquals(longLabel, wb.getSheetAt(0).getRow(0).getCell(1).getStringCellValue());
            assertEquals(0.0, wb.getSheetAt(0).getRow(1).getCell(1).getNumericCellValue());
            assertNull(wb.getSheetAt(0).getRow(2).getCell(1), "a gap is a blank cell");
        }
    }

    /** A chart part as Word reads it, parsed with POI's schema types. */
    static CTChart chartPart(ReportTables.Chart c) throws Exception {
        return ChartSpaceDocument.Factory.parse(Charts.xml(c).toString()).getChartSpace().getChart();
    }

    /** The parts of a .docx by name. */
    static Map<String, byte[]> parts(byte[] docx) throws IOException {
        Map<String, byte[]> out = new java.util.LinkedHashMap<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                out.put(e.getName(), z.readAllBytes());
            }
        }
        return out;
    }

    @Test
    void wordsSeparatorFootnotesAreThereAndNamedInTheSettings() throws IOException {
        byte[] docx = Pipeline.bytes(rules, result2024, Pipeline.Format.docx, defaults);
        List<XWPFFootnote> all = doc2024.getFootnotes();
        XWPFFootnote separator = all.stream().filter(f -> f.getCTFtnEdn().getId().intValue() == -1).findFirst()
                .orElseThrow(() -> new AssertionError("no footnote -1"));
        assertEquals(STFtnEdn.SEPARATOR, separator.getCTFtnEdn().getType());
        assertEquals(1, separator.getCTFtnEdn().getPArray(0).getRArray(0).sizeOfSeparatorArray());
        XWPFFootnote continuation = all.stream().filter(f -> f.getCTFtnEdn().getId().intValue() == 0).findFirst()
                .orElseThrow(() -> new AssertionError("no footnote 0"));
        assertEquals(STFtnEdn.CONTINUATION_SEPARATOR, continuation.getCTFtnEdn().getType());
        assertEquals(1, continuation.getCTFtnEdn().getPArray(0).getRArray(0).sizeOfContinuationSeparatorArray());
        // The sources' notes are numbered from 1, after the two.
        List<Integer> ids = all.stream().map(f -> f.getCTFtnEdn().getId().intValue()).toList();
        assertEquals(-1, (int) ids.get(0));
        assertEquals(0, (int) ids.get(1));
        for (int i = 2; i < ids.size(); i++) {
            assertEquals(i - 1, (int) ids.get(i));
        }
        // POI's lite schema lacks the settings' footnote properties: read with the JDK's parser.
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document settings;
        try {
            settings = f.newDocumentBuilder().parse(new ByteArrayInputStream(parts(docx).get("word/settings.xml")));
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new AssertionError("settings.xml is not well-formed", e);
        }
        org.w3c.dom.NodeList pr = settings.getElementsByTagNameNS(DocxStyles.W, "footnotePr");
        assertEquals(1, pr.getLength(), "settings name the separators in footnotePr");
        List<String> named = new ArrayList<>();
        org.w3c.dom.NodeList refs = ((org.w3c.dom.Element) pr.item(0)).getElementsByTagNameNS(DocxStyles.W, "footnote");
        for (int i = 0; i < refs.getLength(); i++) {
            named.add(((org.w3c.dom.Element) refs.item(i)).getAttributeNS(DocxStyles.W, "id"));
        }
        assertEquals(List.of("-1", "0"), named);
    }

    @Test
    void textWithMarkupCharactersAndAControlCharacterGivesAWellFormedDocument() throws Exception {
        Draft d = result2024.draft();
        String odd = "Våld & hot <i> \"citat\" 'enkla' > slut\u0007\u0000\uFFFF\uD800 och \uD83D\uDE00";
        String kept = "Våld & hot <i> \"citat\" 'enkla' > slut och \uD83D\uDE00";
        Draft weird = new Draft(d.region(), d.year(), d.report(), odd, d.rules(), odd, odd, List.of(odd), d.summary(),
                d.sections());
        ReportTables.Chart c = tables(result2024).goals().stream().flatMap(g -> g.charts().stream()).findFirst()
                .orElseThrow();
        ReportTables.Chart oddChart = new ReportTables.Chart(c.indicator(), c.number(), odd, odd, c.unit(), odd,
                c.kind(), c.years(), c.series().stream().map(s -> new ReportTables.ChartSeries(s.group(), odd,
                        s.median(), s.values())).toList(), odd, odd);
        byte[] docx = new DocxRenderer(defaults).render(weird, tables(result2024), rules.wording());
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        javax.xml.parsers.DocumentBuilder strict = f.newDocumentBuilder();
        strict.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                throw e;
            }
        });
        for (Map.Entry<String, byte[]> part : parts(docx).entrySet()) {
            if (part.getKey().endsWith(".xml") || part.getKey().endsWith(".rels")) {
                strict.parse(new ByteArrayInputStream(part.getValue()), part.getKey());
            }
        }
        strict.parse(new ByteArrayInputStream(Charts.xml(oddChart).toBytes()));
        for (Map.Entry<String, byte[]> part : parts(ChartWorkbook.of(oddChart, DocxRenderer.fixedTime(2024))).entrySet()) {
            if (part.getKey().endsWith(".xml") || part.getKey().endsWith(".rels")) {
                strict.parse(new ByteArrayInputStream(part.getValue()), part.getKey());
            }
        }
        XWPFDocument back = read(docx);
        assertEquals(List.of(kept), withStyle(back, DocxStyles.TITLE, defaults));
        assertEquals(kept, text(back.getParagraphs().get(1)));
        assertEquals(kept, back.getProperties().getCoreProperties().getTitle());
        assertEquals(kept, chartPart(oddChart).getPlotArea().getLineChartArray(0).getSerArray(0).getTx().getStrRef()
                .getStrCache().getPtArray(0).getV());
    }
}
