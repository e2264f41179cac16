package se.bedomning.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bedomning.cli.Pipeline;
import se.bedomning.render.Draft;
import se.bedomning.render.ReportTables;
import se.bedomning.rules.RuleSet;
import se.bedomning.testing.Facts;
import se.bedomning.testing.Tools;

/**
 * The Word document opens in another word processor: LibreOffice converts the 2024 draft to PDF headless, and
 * the PDF has the pages and the text (headings, bedömning, utvecklingsområden, table and chart captions).
 * Skipped with the reason when LibreOffice or poppler is missing locally; fails on CI (CI=true).
 */
class LibreOfficeConversionTest {

    /** The 2024 draft fills 33 pages in LibreOffice 7.4; the range allows for other font metrics. */
    static final int MIN_PAGES = 20;
    static final int MAX_PAGES = 60;

    @TempDir
    Path tmp;

    @Test
    void the2024DraftConvertsToPdfWithItsPagesAndText() throws Exception {
        Path soffice = Tools.require("soffice", "libreoffice-writer-nogui");
        Tools.require("pdftotext", "poppler-utils");
        RuleSet rules = Facts.rules();
        Pipeline.Result r = Pipeline.run(rules, Path.of("fixtures/stockholm/2024/facts.json"), "rules");
        Path docx = tmp.resolve("utkast-2024.docx");
        Files.write(docx, Pipeline.bytes(rules, r, Pipeline.Format.docx, DocxStyles.defaults()));
        Path pdf = convert(soffice, docx);
        int pages = pages(pdf);
        assertTrue(pages >= MIN_PAGES && pages <= MAX_PAGES, "pages: " + pages);
        String text = flat(withoutFootnotes(run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")));
        Draft d = r.draft();
        List<String> expected = new ArrayList<>();
        expected.add(d.title());
        for (Draft.Section s : d.sections()) {
            expected.add(s.heading());
            s.assessment().forEach(st -> expected.add(st.text()));
            s.developmentAreas().forEach(a -> expected.add(a.text()));
        }
        for (ReportTables.GoalTable g : ReportTables.of(r.assessment(), rules.wording()).goals()) {
            if (g.hasTable()) {
                expected.add(g.caption());
            }
            g.charts().forEach(c -> expected.add(c.caption()));
        }
        for (String e : expected) {
            assertTrue(text.contains(flat(e)), "the PDF lacks: " + e);
        }
    }

    @Test
    void theBadCasesConvertToo() throws Exception {
        Path soffice = Tools.require("soffice", "libreoffice-writer-nogui");
        Tools.require("pdftotext", "poppler-utils");
        RuleSet rules = Facts.rules();
        Pipeline.Result r = Pipeline.run(rules, DocxRendererTest.BAD_CASES, "rules");
        Path docx = tmp.resolve("bad-cases.docx");
        Files.write(docx, Pipeline.bytes(rules, r, Pipeline.Format.docx, DocxStyles.defaults()));
        Path pdf = convert(soffice, docx);
        String text = flat(run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"));
        assertTrue(text.contains("dokumentera svaret"), "the very long indicator name survives");
        assertTrue(text.contains("2 455 914"), "a large count in Swedish form");
        assertTrue(text.contains("94–95") && text.contains("cirka 60"), "a range and a cirka value as given");
    }

    static Path convert(Path soffice, Path docx) throws IOException, InterruptedException {
        Path profile = docx.getParent().resolve("lo-profile");
        run(soffice.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", docx.getParent().toString(), docx.toString());
        Path pdf = docx.resolveSibling(docx.getFileName().toString().replace(".docx", ".pdf"));
        assertTrue(Files.exists(pdf), "LibreOffice wrote no PDF for " + docx);
        return pdf;
    }

    static int pages(Path pdf) throws IOException, InterruptedException {
        Tools.require("pdfinfo", "poppler-utils");
        for (String line : run("pdfinfo", pdf.toString()).split("\n")) {
            if (line.startsWith("Pages:")) {
                return Integer.parseInt(line.substring("Pages:".length()).trim());
            }
        }
        throw new AssertionError("pdfinfo gave no page count for " + pdf);
    }

    /**
     * The text without the footnotes at the foot of each page ("Källa: …" and their numbers), which pdftotext
     * puts between the halves of a sentence that runs over a page break.
     */
    static String withoutFootnotes(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n")) {
            String l = line.trim();
            // Footnote numbers and sources, and a list's bullet that pdftotext puts on a line of its own when a
            // bullet runs over a page break (the markers of the next bullets then come before its last words).
            if (!l.matches("\\d{1,3}") && !l.matches("(\\d{1,3}\\s*)?Källa: .*") && !l.equals("•")) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    /** Whitespace (line breaks included) collapsed, so wrapped lines compare with the draft's sentences. */
    static String flat(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
        assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + new String(out, StandardCharsets.UTF_8));
        return new String(out, StandardCharsets.UTF_8);
    }
}
