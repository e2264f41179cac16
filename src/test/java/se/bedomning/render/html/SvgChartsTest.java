package se.bedomning.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import se.bedomning.facts.Unit;
import se.bedomning.render.ReportTables;
import se.bedomning.render.ReportTables.Chart;
import se.bedomning.render.ReportTables.ChartKind;
import se.bedomning.render.ReportTables.ChartSeries;

/**
 * Charts of the bad cases drawn straight from chart models: one point, no value at all, zeros, a very long
 * name. JFreeChart draws each without an exception, as well-formed SVG, and says every value in its desc.
 */
class SvgChartsTest {

    static final String LONG = "Andel av länets kommuner och stadsdelar som uppger att de har en skriftlig, av nämnden"
            + " beslutad och under året uppföljd rutin för att fråga om våldsutsatthet vid varje nybesök inom"
            + " socialtjänstens samtliga verksamhetsområden";

    static List<BigDecimal> values(String... v) {
        List<BigDecimal> out = new ArrayList<>();
        Arrays.stream(v).forEach(x -> out.add(x == null ? null : new BigDecimal(x)));
        return out;
    }

    static List<Chart> badCases() {
        return List.of(
                new Chart("ett", 1, "Diagram 1. En punkt", "En punkt", Unit.COUNT, "antal", ChartKind.BAR,
                        List.of(2024), List.of(new ChartSeries("total", "Totalt", false, values("350"))), "Testkälla", "Källa: Testkälla."),
                new Chart("inga", 2, "Diagram 2. Inga värden", "Inga värden", Unit.PERCENT, "procent", ChartKind.LINE,
                        List.of(2022, 2023, 2024), List.of(new ChartSeries("total", "Totalt", false,
                                values(null, null, null))), "Testkälla", "Källa: Testkälla."),
                new Chart("noll", 3, "Diagram 3. Nollor", "Nollor", Unit.COUNT, "antal", ChartKind.LINE,
                        List.of(2022, 2023, 2024), List.of(
                                new ChartSeries("kvinnor", "Kvinnor", false, values("12", "9", "7")),
                                new ChartSeries("man", "Män", false, values("0", null, "0"))), "Testkälla", "Källa: Testkälla."),
                new Chart("lang", 4, "Diagram 4. " + LONG, LONG, Unit.PERCENT, "procent", ChartKind.LINE,
                        List.of(2022, 2023, 2024), List.of(
                                new ChartSeries("total", LONG, false, values("40", "52", "61")),
                                new ChartSeries("total", "Riket (median)", true, values("45", null, "58"))), "Testkälla", "Källa: Testkälla."));
    }

    @Test
    void everyBadCaseIsDrawnAsWellFormedSvgWithEveryValueInItsDescription() throws Exception {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"/>"
                + "<title>bad charts</title></head><body>");
        for (Chart c : badCases()) {
            String svg = HtmlRenderer.labelled(SvgCharts.svg(c, "c" + c.number()), "c" + c.number(), c.caption(),
                    SvgCharts.describe(c, "uppgift saknas"));
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new java.io.StringReader(svg)));
            assertTrue(svg.startsWith("<svg id='c" + c.number() + "'"), svg.substring(0, 40));
            String desc = SvgCharts.describe(c, "uppgift saknas");
            for (ChartSeries s : c.series()) {
                assertTrue(desc.contains(s.label() + ":"), desc);
            }
            page.append("<figure>").append(svg).append("</figure>");
        }
        assertEquals("Totalt: 2022 uppgift saknas, 2023 uppgift saknas, 2024 uppgift saknas",
                SvgCharts.describe(badCases().get(1), "uppgift saknas"));
        assertEquals("Kvinnor: 2022 12, 2023 9, 2024 7; Män: 2022 0, 2023 uppgift saknas, 2024 0",
                SvgCharts.describe(badCases().get(2), "uppgift saknas"));
        // For a look in a browser: target/html-browser/bad-charts.html.
        Files.createDirectories(Path.of("target/html-browser"));
        Files.writeString(Path.of("target/html-browser/bad-charts.html"), page.append("</body></html>").toString(),
                StandardCharsets.UTF_8);
    }

    @Test
    void aLongLegendEntryIsCutAtAWordAndTheFullNameStaysInTheDescription() {
        Chart c = badCases().get(3);
        String svg = SvgCharts.svg(c, "x");
        assertTrue(!svg.contains(LONG) && svg.contains(SvgCharts.shortened(LONG)), "legend cut");
        assertTrue(SvgCharts.shortened(LONG).endsWith("…") && SvgCharts.shortened(LONG).length() <= SvgCharts.LEGEND_CHARS + 1);
        assertTrue(SvgCharts.describe(c, "uppgift saknas").contains(LONG));
        assertEquals("Kvinnor", SvgCharts.shortened("Kvinnor"));
    }

    @Test
    void theSameChartIsTheSameSvgEveryTime() {
        Chart c = badCases().get(2);
        assertEquals(SvgCharts.svg(c, "x"), SvgCharts.svg(c, "x"));
    }
}
