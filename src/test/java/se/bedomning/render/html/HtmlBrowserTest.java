package se.bedomning.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import se.bedomning.render.ReportTables;
import se.bedomning.testing.Facts;

/**
 * The HTML draft opened in a real browser, Debian's Chromium driven through chromedriver: it renders with
 * nothing in the console, every Mål and chart is on screen, a sentence's disclosure opens on its rule and
 * values, the print stylesheet hides what paper cannot use, long names wrap. Takes the screenshot kept in
 * docs/. Skipped on a machine without chromium and chromium-driver, but a failure on CI (CI=true), which
 * installs them (.ci/run).
 */
class HtmlBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path OUT = Path.of("target/html-browser");

    static ChromeDriver browser;

    @BeforeAll
    static void start() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            fail("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing; .ci/run installs chromium and"
                    + " chromium-driver");
        }
        assumeTrue(installed, "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--lang=sv-SE", "--window-size=1200,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        browser = new ChromeDriver(service, o);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Writes the page of {@code data} under target/ and opens it; returns the page's tables and charts. */
    static ReportTables open(Path data, String name) throws IOException {
        HtmlDraftTest.Page p = HtmlDraftTest.page(data);
        Files.createDirectories(OUT);
        Path file = OUT.resolve(name + ".html").toAbsolutePath();
        Files.writeString(file, p.html(), StandardCharsets.UTF_8);
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        browser.manage().window().setSize(new Dimension(1200, 900));
        browser.get(file.toUri().toString());
        return ReportTables.of(p.result().assessment(), Facts.rules().wording());
    }

    /** Every message the page wrote to the console since the last call (errors, warnings, anything). */
    static List<String> console() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::toString).toList();
    }

    @Test
    void the2024DraftRendersWithEveryMålAndChartAndNothingInTheConsole() throws IOException {
        ReportTables tables = open(HtmlDraftTest.Y2024, "draft-2024");
        assertEquals(List.of(), console());
        for (int goal = 1; goal <= 8; goal++) {
            WebElement section = browser.findElement(By.id("mal-" + goal));
            assertTrue(section.isDisplayed(), "Mål " + goal);
            assertTrue(section.findElement(By.tagName("h2")).getText().startsWith("Mål " + goal), "Mål " + goal);
        }
        List<ReportTables.Chart> charts = tables.goals().stream().flatMap(g -> g.charts().stream()).toList();
        List<WebElement> svgs = browser.findElements(By.cssSelector("figure.chart svg"));
        assertEquals(charts.size(), svgs.size());
        for (WebElement svg : svgs) {
            assertTrue(svg.isDisplayed());
            assertTrue(svg.getRect().getHeight() > 150 && svg.getRect().getWidth() > 300, svg.getRect().toString());
        }
        assertTrue(browser.findElement(By.id("underlag")).isDisplayed());
    }

    @Test
    void openingASentencesDisclosureShowsItsRuleAndValues() throws IOException {
        open(HtmlDraftTest.Y2024, "draft-2024");
        WebElement details = browser.findElement(
                By.cssSelector("details[data-sentence='m6.trend_down.after_peak.barn_malsagande_90_dagar/total']"));
        WebElement body = details.findElement(By.className("trace-body"));
        assertFalse(body.isDisplayed(), "closed at first");
        details.findElement(By.tagName("summary")).click();
        assertTrue(body.isDisplayed(), "open after a click");
        String text = body.getText();
        assertTrue(text.contains("\"Minskning efter en topp\" at rules/trend.drl:"), text);
        assertTrue(text.contains("barn_malsagande_90_dagar/total 2021 = 65"), text);
        assertTrue(text.contains("trend.minChange[percent] = 3"), text);
        assertTrue(text.contains("Åklagarmyndigheten") || text.contains("source"), text);
        assertEquals(List.of(), console());
    }

    @Test
    void screenshotOfThe2024DraftForTheReadme() throws IOException {
        open(HtmlDraftTest.Y2024, "draft-2024");
        // The sammanfattning, Mål 1's bedömning with one disclosure open, its table: what a reader sees first.
        browser.findElement(By.cssSelector("#mal-1 details.trace summary")).click();
        browser.manage().window().setSize(new Dimension(1100, 2300));
        browser.executeScript("window.scrollTo(0, 0)");
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        Files.write(OUT.resolve("draft-2024.png"), png);
        assertTrue(png.length > 10_000);
        // And one chart (groups and the national median) with the data table behind it opened.
        browser.manage().window().setSize(new Dimension(1100, 1400));
        WebElement chart = browser.findElement(By.id("diagram-19"));
        chart.findElement(By.cssSelector("details.chart-data summary")).click();
        browser.executeScript("arguments[0].scrollIntoView()", chart);
        Files.write(OUT.resolve("draft-2024-chart.png"), chart.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void printHidesTheDisclosuresAndContentsButKeepsTablesAndCharts() throws IOException {
        open(HtmlDraftTest.Y2024, "draft-2024");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertFalse(browser.findElement(By.tagName("nav")).isDisplayed());
        assertFalse(browser.findElement(By.cssSelector("details.trace")).isDisplayed());
        assertTrue(browser.findElement(By.cssSelector("table.facts")).isDisplayed());
        assertTrue(browser.findElement(By.cssSelector("figure.chart svg")).isDisplayed());
    }

    @Test
    void badCasesStayLegibleLongNamesWrapEveryChartIsDrawn() throws IOException {
        ReportTables tables = open(HtmlDraftTest.BAD_CASES, "bad-cases");
        assertEquals(List.of(), console());
        WebElement longName = browser.findElements(By.cssSelector("tbody th[scope=rowgroup]")).stream()
                .filter(th -> th.getText().startsWith("Andel av länets kommuner och stadsdelar")).findFirst().orElseThrow();
        // Wrapped into a column of at most 22rem (352 px at 16 px) over many lines, not one endless line.
        assertTrue(longName.getRect().getWidth() <= 360, longName.getRect().toString());
        assertTrue(longName.getRect().getHeight() > 100, longName.getRect().toString());
        // The page is no wider than the window: nothing forces a sideways scroll.
        Number pageWidth = (Number) browser.executeScript("return document.documentElement.scrollWidth");
        assertTrue(pageWidth.intValue() <= 1200, "page width " + pageWidth);
        long charts = tables.goals().stream().mapToLong(g -> g.charts().size()).sum();
        List<WebElement> svgs = browser.findElements(By.cssSelector("figure.chart svg"));
        assertEquals(charts, svgs.size());
        svgs.forEach(svg -> assertTrue(svg.getRect().getHeight() > 150, svg.getRect().toString()));
        // The series of one value and the series of gaps are still in the tables, each cell as the model says.
        assertFalse(browser.findElements(By.cssSelector("td.missing")).isEmpty());
    }
}
