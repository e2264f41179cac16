package se.bedomning.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.bedomning.testing.Cli.run;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bedomning.bench.NationalData;
import se.bedomning.testing.Cli.Run;
import se.bedomning.testing.Facts;

/** draft and batch with --format docx: a file is written (atomically, --force to replace), never standard output. */
class DocxCommandTest {

    @TempDir
    Path tmp;

    @Test
    void draftWritesAWordDocumentAndRefusesToReplaceItWithoutForce() throws IOException {
        Path out = tmp.resolve("utkast.docx");
        Run r = run("draft", "--format", "docx", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        byte[] first = Files.readAllBytes(out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(first))) {
            assertTrue(doc.getParagraphs().get(0).getText().startsWith("Samlad bedömning och utvecklingsområden"));
        }
        Run again = run("draft", "--format", "docx", "--out", out.toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("already exists; pass --force"), again.err());
        assertArrayEquals(first, Files.readAllBytes(out), "the existing document is untouched");
        Run forced = run("draft", "--format", "docx", "--out", out.toString(), "--force");
        assertEquals(0, forced.code(), forced.err());
        assertArrayEquals(first, Files.readAllBytes(out), "the same facts give the same bytes");
    }

    @Test
    void aWordDocumentIsNeverWrittenToStandardOutputNorWatched() {
        Run r = run("draft", "--format", "docx");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("pass --out FILE.docx"), r.err());
        assertEquals("", r.out());
        Run w = run("draft", "--format", "docx", "--watch", "--out", tmp.resolve("x.docx").toString());
        assertEquals(2, w.code());
        assertFalse(Files.exists(tmp.resolve("x.docx")));
    }

    @Test
    void aTemplateIsOnlyForWordAndABadOneWritesNothing() throws IOException {
        Path mall = tmp.resolve("mall.dotx");
        Files.writeString(mall, "inte en mall");
        Run md = run("draft", "--template", mall.toString());
        assertEquals(2, md.code());
        assertTrue(md.err().contains("--template") && md.err().contains("only used with --format docx"), md.err());
        Path out = tmp.resolve("utkast.docx");
        Run bad = run("draft", "--format", "docx", "--template", mall.toString(), "--out", out.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("mall.dotx") && bad.err().contains("is not a Word document"), bad.err());
        assertFalse(bad.err().contains("Exception"), "no stack trace for a user error: " + bad.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void batchWritesOneWordDocumentPerRegion() throws IOException {
        Path data = tmp.resolve("data");
        NationalData.write(data, Facts.rules().catalog(), 3, 60, 4);
        Path outDir = tmp.resolve("out");
        Run r = run("batch", "--data-dir", data.toString(), "--out-dir", outDir.toString(), "--format", "docx",
                "--threads", "2");
        assertEquals(0, r.code(), r.err());
        for (int i = 0; i < 3; i++) {
            Path docx = outDir.resolve(String.format("region-%04d.docx", i));
            try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
                assertTrue(doc.getParagraphs().get(0).getText().endsWith("Region " + i + " " + 2024)
                        || doc.getParagraphs().get(0).getText().contains("Region " + i), docx.toString());
            }
        }
        Run again = run("batch", "--data-dir", data.toString(), "--out-dir", outDir.toString(), "--format", "docx");
        assertEquals(2, again.code());
        assertTrue(again.err().contains("3 of 3 drafts already exist"), again.err());
        List<Path> left;
        try (var s = Files.list(outDir)) {
            left = s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
        assertEquals(List.of(), left, "no temporary file is left behind");
    }
}
