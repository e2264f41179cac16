package se.bedomning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.bedomning.testing.Cli.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bedomning.bench.NationalData;
import se.bedomning.testing.Cli.Run;
import se.bedomning.testing.Facts;

/** --format html through draft and batch: written atomically, never over an existing file without --force. */
class HtmlFormatCommandTest {

    @TempDir
    Path tmp;

    @Test
    void draftWritesThePageAndRefusesToReplaceItWithoutForce() throws IOException {
        Path out = tmp.resolve("draft.html");
        Run first = run("draft", "--format", "html", "--out", out.toString());
        assertEquals(0, first.code(), first.err());
        String page = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"sv\">"), page.substring(0, 80));
        Files.writeString(out, "kept", StandardCharsets.UTF_8);
        Run again = run("draft", "--format", "html", "--out", out.toString());
        assertEquals(2, again.code(), again.err());
        assertEquals("kept", Files.readString(out, StandardCharsets.UTF_8));
        Run forced = run("draft", "--format", "html", "--out", out.toString(), "--force");
        assertEquals(0, forced.code(), forced.err());
        assertEquals(page, Files.readString(out, StandardCharsets.UTF_8));
        // The same page on standard output.
        assertEquals(page, run("draft", "--format", "html").out());
    }

    @Test
    void batchWritesOnePagePerRegionEqualToItsDraft() throws IOException {
        Path data = tmp.resolve("data");
        NationalData.write(data, Facts.rules().catalog(), 3, 60, 6);
        Run r = run("batch", "--data-dir", data.toString(), "--out-dir", tmp.resolve("out").toString(),
                "--format", "html", "--threads", "2");
        assertEquals(0, r.code(), r.err());
        for (int i = 0; i < 3; i++) {
            Path file = data.resolve(String.format("region-%04d.json", i));
            String page = Files.readString(tmp.resolve("out").resolve(String.format("region-%04d.html", i)),
                    StandardCharsets.UTF_8);
            assertEquals(run("draft", "--data", file.toString(), "--format", "html").out(), page);
            assertTrue(page.contains("<svg"), "charts drawn for region " + i);
        }
        Run again = run("batch", "--data-dir", data.toString(), "--out-dir", tmp.resolve("out").toString(),
                "--format", "html");
        assertEquals(2, again.code(), again.err());
        assertTrue(again.err().contains("region-0000.html"), again.err());
    }
}
