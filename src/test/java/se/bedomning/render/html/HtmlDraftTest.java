package se.bedomning.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import nu.validator.client.EmbeddedValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import se.bedomning.cli.Pipeline;
import se.bedomning.render.Draft;
import se.bedomning.render.ReportTables;
import se.bedomning.render.Trace;
import se.bedomning.rules.RuleSet;
import se.bedomning.rules.RuleSources;
import se.bedomning.testing.Facts;

/**
 * The HTML draft as markup: valid HTML (the Nu HTML Checker), well-formed XML, self-contained, accessible
 * structure, every sentence with the trace explain prints, tables and charts from the facts, text escaped.
 */
class HtmlDraftTest {

    static final Path Y2024 = Path.of("fixtures/stockholm/2024/facts.json");
    /** Its åtgärder are the agency's own activities, filed under the åtgärd each corresponds to (actionSource). */
    static final Path Y2023 = Path.of("fixtures/stockholm/2023/facts.json");
    static final Path BAD_CASES = Path.of("src/test/resources/report-tables/bad-cases.json");
    static final Path MARKUP_IN_QUOTES = Path.of("src/test/resources/html/markup-in-quotes.json");

    record Page(Pipeline.Result result, String html) {
    }

    static Page page(Path data) {
        RuleSet rules = Facts.rules();
        Pipeline.Result r = Pipeline.run(rules, data, "rules");
        return new Page(r, Pipeline.render(rules, r, Pipeline.Format.html));
    }

    @Test
    void theNuHtmlCheckerFindsNoErrorOrWarning() throws Exception {
        for (Path data : List.of(Y2024, BAD_CASES, MARKUP_IN_QUOTES)) {
            EmbeddedValidator v = new EmbeddedValidator();
            v.setOutputFormat(EmbeddedValidator.OutputFormat.TEXT);
            // The page is Swedish and says so; the checker's language guess is not what is tested here.
            v.setNoLangDetect(true);
            String report = v.validate(new ByteArrayInputStream(page(data).html().getBytes(StandardCharsets.UTF_8)));
            List<String> problems = report.lines().filter(l -> l.contains("error") || l.contains("warning")).toList();
            assertTrue(problems.isEmpty(), data + ":\n" + report);
        }
    }

    @Test
    void theCheckerDoesReportABrokenPage() throws Exception {
        // So the test above cannot pass by a checker that says nothing: the same page with a duplicate id.
        String html = page(BAD_CASES).html().replace("id=\"underlag\"", "id=\"mal-1\"");
        EmbeddedValidator v = new EmbeddedValidator();
        v.setOutputFormat(EmbeddedValidator.OutputFormat.TEXT);
        v.setNoLangDetect(true);
        String report = v.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertTrue(report.contains("Duplicate ID"), report);
    }

    /** Each element's text, empty cells included (jsoup's eachText leaves them out). */
    static List<String> texts(Elements e) {
        return e.stream().map(Element::text).toList();
    }

    @Test
    void thePageIsWellFormedXml() throws Exception {
        for (Path data : List.of(Y2024, BAD_CASES, MARKUP_IN_QUOTES)) {
            String html = page(data).html();
            // The JDK's parser is strict: the first well-formedness error throws.
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            f.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
            // jsoup's XML parser, counting every error it recovers from.
            Parser xml = Parser.xmlParser().setTrackErrors(100);
            Jsoup.parse(html, "", xml);
            assertTrue(xml.getErrors().isEmpty(), data + ": " + xml.getErrors());
        }
    }

    @Test
    void thePageIsSelfContained() {
        Document doc = Jsoup.parse(page(Y2024).html());
        assertTrue(doc.select("script, link, img, iframe, object, embed, [src]").isEmpty(), "nothing to load or run");
        for (Element a : doc.select("[href]")) {
            assertTrue(a.attr("href").startsWith("#"), "only links within the page: " + a.outerHtml());
        }
        assertFalse(doc.select("style").isEmpty());
        assertFalse(doc.select("style").html().contains("url("), "no fonts or images fetched by the stylesheet");
        assertTrue(doc.select("style").html().contains("@media print"), "a print stylesheet");
    }

    @Test
    void everyMålHasItsHeadingsBedömningAreasTableAndCharts() {
        Page p = page(Y2024);
        Document doc = Jsoup.parse(p.html());
        assertEquals("sv", doc.select("html").attr("lang"));
        assertEquals(1, doc.select("h1").size());
        assertEquals(p.result().draft().title(), doc.selectFirst("h1").text());
        assertNotNull(doc.getElementById("sammanfattning"));
        ReportTables tables = ReportTables.of(p.result().assessment(), Facts.rules().wording());
        for (Draft.Section s : p.result().draft().sections()) {
            Element sec = doc.getElementById("mal-" + s.goal());
            assertNotNull(sec, "Mål " + s.goal());
            assertEquals(s.heading(), sec.selectFirst("h2").text());
            List<String> h3 = sec.select("h3").eachText();
            assertTrue(h3.contains("Bedömning") && h3.contains("Utvecklingsområden"), h3.toString());
            assertEquals(!s.handlingsplan().isEmpty(), h3.contains("Handlingsplanen"), h3.toString());
            assertEquals(s.developmentAreas().size(), sec.select("ul.areas > li").size());
            ReportTables.GoalTable t = tables.goal(s.goal());
            Elements facts = sec.select("table.facts");
            assertEquals(t.hasTable() ? 1 : 0, facts.size());
            if (t.hasTable()) {
                Element table = facts.first();
                assertEquals(t.caption(), table.selectFirst("caption").text());
                assertEquals(t.header(), table.select("thead th[scope=col]").eachText());
                assertEquals(t.rows().size(), table.select("tbody tr").size());
                assertEquals(t.rows().size(), table.select("tbody th[scope=row]").size());
            }
            assertEquals(t.charts().size(), sec.select("figure.chart").size());
        }
        assertNotNull(doc.getElementById("underlag"));
    }

    @Test
    void everyTableCellShowsTheModelsCellMissingStaysMissing() {
        Page p = page(BAD_CASES);
        Document doc = Jsoup.parse(p.html());
        ReportTables tables = ReportTables.of(p.result().assessment(), Facts.rules().wording());
        for (ReportTables.GoalTable t : tables.goals()) {
            if (!t.hasTable()) {
                continue;
            }
            Elements rows = doc.getElementById("tabell-" + t.number()).select("tbody tr");
            for (int i = 0; i < t.rows().size(); i++) {
                ReportTables.Row row = t.rows().get(i);
                List<String> cells = texts(rows.get(i).select("td.num"));
                assertEquals(row.cells().stream().map(ReportTables.Cell::text).toList(), cells, row.indicator());
            }
        }
        // "Andel anmälningar som leder till åtal" has only gaps: its markers, never 0.
        Element gaps = doc.select("tbody:has(th:containsOwn(Andel anmälningar som leder till åtal))").first();
        assertEquals(List.of("..", ".", "-"), gaps.select("td.num").eachText());
        assertEquals(List.of("suppressed", "not_applicable", "missing"), gaps.select("td.missing").eachAttr("title"));
    }

    @Test
    void everyChartIsAnSvgWithTitleDescriptionAndTheDataTableBehindIt() {
        for (Path data : List.of(Y2024, BAD_CASES)) {
            Page p = page(data);
            Document doc = Jsoup.parse(p.html());
            ReportTables tables = ReportTables.of(p.result().assessment(), Facts.rules().wording());
            List<ReportTables.Chart> charts = tables.goals().stream().flatMap(g -> g.charts().stream()).toList();
            assertFalse(charts.isEmpty(), data.toString());
            assertEquals(charts.size(), doc.select("figure.chart").size());
            for (ReportTables.Chart c : charts) {
                Element fig = doc.getElementById("diagram-" + c.number());
                assertNotNull(fig, c.caption());
                assertEquals(c.caption(), fig.selectFirst("figcaption").text());
                Element svg = fig.selectFirst("svg");
                assertEquals("img", svg.attr("role"));
                assertEquals(c.caption(), svg.selectFirst("title").text());
                String desc = svg.selectFirst("desc").text();
                c.series().forEach(s -> assertTrue(desc.contains(s.label()), desc));
                // JFreeChart drew the lines or bars: a path or rectangle per series beyond axes and grid.
                assertTrue(svg.select("path, line, rect, polyline").size() > c.series().size(), c.caption());
                Element table = fig.selectFirst("details.chart-data table");
                assertEquals(c.caption(), table.selectFirst("caption").text());
                assertEquals(c.series().size(), table.select("tbody tr").size());
                for (int i = 0; i < c.series().size(); i++) {
                    List<String> expected = new ArrayList<>();
                    for (var v : c.series().get(i).values()) {
                        expected.add(v == null ? "" : se.bedomning.render.sv.SwedishFormat.cell(c.unit(), v));
                    }
                    assertEquals(expected, texts(table.select("tbody tr").get(i).select("td")));
                }
            }
        }
    }

    @Test
    void svgIdsAreUniqueAcrossThePage() {
        Document doc = Jsoup.parse(page(Y2024).html());
        List<String> ids = doc.select("[id]").eachAttr("id");
        assertEquals(ids.size(), ids.stream().distinct().count(), "duplicate ids");
    }

    @Test
    void everySentenceCarriesTheTraceExplainPrints() {
        Page p = page(Y2024);
        Document doc = Jsoup.parse(p.html());
        Draft d = p.result().draft();
        List<String> ids = new ArrayList<>();
        d.summary().assessment().forEach(x -> ids.add(x.id()));
        d.summary().developmentAreas().forEach(x -> ids.add(x.id()));
        for (Draft.Section s : d.sections()) {
            s.assessment().forEach(x -> ids.add(x.id()));
            s.handlingsplan().forEach(x -> ids.add(x.id()));
            s.developmentAreas().forEach(x -> ids.add(x.id()));
        }
        for (Draft.Section s : d.sections()) {
            s.sentences().forEach(x -> ids.add(x.id()));
        }
        Elements details = doc.select("details.trace");
        assertEquals(ids, details.eachAttr("data-sentence"), "one disclosure per sentence, in draft order");
        RuleSources sources = RuleSources.of(Facts.RULES);
        for (Element e : details) {
            Trace t = Trace.of(d, p.result().assessment(), sources::locate, e.attr("data-sentence")).orElseThrow();
            assertEquals(t.heading(), e.selectFirst(".trace-heading").text());
            assertEquals(t.lines().stream().map(Trace.Line::label).toList(), e.select("dt").eachText());
            assertEquals(t.lines().stream().map(l -> l.text().replaceAll("\\s+", " ").trim()).toList(),
                    e.select("dd").eachText());
        }
        // A sentence of the underlag shows its rule with its place, its values with their quotes, its source.
        Element trace = doc.selectFirst("details[data-sentence=m6.trend_down.after_peak.barn_malsagande_90_dagar/total]");
        String text = trace.text();
        assertTrue(text.contains("\"Minskning efter en topp\" at rules/trend.drl:"), text);
        assertTrue(text.contains("barn_malsagande_90_dagar/total 2021 = 65"), text);
        assertTrue(text.contains("trend.minChange[percent] = 3"), text);
    }

    @Test
    void aReportOfTheAgencysOwnActivitiesIsWordedAsActivitiesNeverAsAHandlingsplanItFollowsUp() {
        Page p = page(Y2023);
        Document doc = Jsoup.parse(p.html());
        int paragraphs = 0;
        for (Draft.Section s : p.result().draft().sections()) {
            if (s.handlingsplan().isEmpty()) {
                continue;
            }
            paragraphs++;
            Element sec = doc.getElementById("mal-" + s.goal());
            Element heading = sec.select("h3").stream().filter(h -> h.text().equals("Aktiviteter i rapporten"))
                    .findFirst().orElseThrow(() -> new AssertionError("Mål " + s.goal() + ": " + sec.select("h3").eachText()));
            assertFalse(sec.select("h3").eachText().contains("Handlingsplanen"), sec.select("h3").eachText().toString());
            // The paragraph under that heading says exactly the draft's sentences, each in its activities wording.
            List<String> said = heading.nextElementSibling().select("span.sentence").eachText();
            assertEquals(s.handlingsplan().stream().map(Draft.ActionSentence::text).toList(), said, "Mål " + s.goal());
            for (Draft.ActionSentence x : s.handlingsplan()) {
                assertTrue(x.template().endsWith(".activities"), x.id() + ": " + x.template());
                assertTrue(x.text().toLowerCase(java.util.Locale.ROOT).contains("aktivitet"), x.text());
                assertFalse(x.text().startsWith("Åtgärd"), x.text());
                assertEquals("Sentence " + x.id() + " (Mål " + s.goal() + ", aktiviteterna i rapporten)",
                        doc.selectFirst("details[data-sentence=" + x.id() + "] .trace-heading").text());
            }
        }
        assertTrue(paragraphs > 0, "the 2023 fixture has activities under some Mål");
        assertEquals(paragraphs, doc.select("h4").eachText().stream().filter(h -> h.equals(
                "Aktiviteter i rapporten, under numret på den åtgärd i handlingsplanen som de motsvarar (underlag)")).count());
        String text = doc.body().text();
        for (String claim : new String[] {"följer upp", "Åtgärder i handlingsplanen", "handlingsplanen)", "Handlingsplanen"}) {
            assertFalse(text.contains(claim), claim);
        }
    }

    @Test
    void markupInQuotesNamesAndTitlesIsShownAsTextNeverRun() {
        Page p = page(MARKUP_IN_QUOTES);
        Document doc = Jsoup.parse(p.html());
        assertTrue(doc.select("script, img, a[href^=http], i, b").isEmpty(), doc.select("script, img, a, i, b").toString());
        assertTrue(doc.title().contains("Testlän <b>&</b> \"Citat\""), doc.title());
        assertTrue(doc.selectFirst("p.intro").text().contains("</title><script>alert(1)</script>"));
        String traces = doc.select("details.trace").text();
        assertTrue(traces.contains("«50 % <script>alert('x')</script>»"), traces);
        assertTrue(traces.contains("«55 % & \"mer\" </details>»"), traces);
        assertTrue(traces.contains("«92 % <img src=x onerror=alert(1)>»"), traces);
        assertTrue(doc.select("tbody th[scope=rowgroup]").text().contains("Andel <i>kommuner</i> & \"stadsdelar\" med stöd"));
        assertTrue(doc.select("p.source").text().contains("<a href=\"http://example.invalid/\">länk</a> & co"));
    }

    @Test
    void controlCharactersNeverReachTheMarkup() {
        assertEquals("a\uFFFDb\tc", HtmlRenderer.esc("a\u0007b\tc"));
        assertEquals("&lt;&amp;&gt;&quot;&#39;", HtmlRenderer.esc("<&>\"'"));
    }

    @Test
    void draftingTwiceGivesIdenticalBytes() {
        assertEquals(page(Y2024).html(), page(Y2024).html());
    }

    @Test
    void badCasesDrawWithoutErrorOneFigurePerChartAndLongNamesInWrappingCells() {
        Page p = page(BAD_CASES);
        Document doc = Jsoup.parse(p.html());
        // The very long indicator name is a row-group header, which the stylesheet lets wrap.
        Element longName = doc.select("tbody th[scope=rowgroup]").stream()
                .filter(th -> th.text().startsWith("Andel av länets kommuner och stadsdelar")).findFirst().orElseThrow();
        assertTrue(longName.text().length() > 300);
        assertTrue(doc.select("style").html().contains("overflow-wrap: anywhere"));
        // A group whose values are 0 keeps its zeros in the table.
        Element zeros = doc.select("tbody:has(th:containsOwn(Antal anmälda brott))").first();
        assertTrue(zeros.select("td.num").eachText().contains("0"), zeros.text());
    }
}
