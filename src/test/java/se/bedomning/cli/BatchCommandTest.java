package se.bedomning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bedomning.bench.NationalData;
import se.bedomning.testing.Facts;

/** batch: one draft per region, a bad file does not stop the others, and the baseline agrees with the rules. */
class BatchCommandTest {

    @TempDir
    Path tmp;

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BedomningCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void everyRegionGetsADraftAndThePlainJavaBaselineFindsTheSame() throws IOException {
        Path data = tmp.resolve("data");
        NationalData.write(data, Facts.rules().catalog(), 4, 120, 6);
        String[] r = run("batch", "--data-dir", data.toString(), "--out-dir", tmp.resolve("out").toString(),
                "--baseline", "--threads", "2");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[2].contains("drafted 4 of 4 regions"), r[2]);
        assertTrue(r[2].contains("findings identical: yes"), r[2]);
        for (int i = 0; i < 4; i++) {
            assertTrue(Files.readString(tmp.resolve("out").resolve(String.format("region-%04d.md", i)),
                    StandardCharsets.UTF_8).startsWith("# Samlad bedömning och utvecklingsområden – Region " + i));
        }
    }

    @Test
    void aBadRegionIsReportedAndTheOthersAreStillDrafted() throws IOException {
        Path data = tmp.resolve("data");
        NationalData.write(data, Facts.rules().catalog(), 2, 30, 3);
        Files.writeString(data.resolve("region-broken.json"), "{\"format\": \"bedomning-facts/1\"");
        String[] r = run("batch", "--data-dir", data.toString(), "--out-dir", tmp.resolve("out").toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("1 of 3 fact files have problems; the others were drafted."), r[2]);
        assertTrue(r[2].contains("region-broken.json"), r[2]);
        assertTrue(Files.exists(tmp.resolve("out/region-0000.md")));
        assertTrue(Files.exists(tmp.resolve("out/region-0001.md")));
    }

    @Test
    void generatedDataIsTheSameForTheSameArguments() throws IOException {
        NationalData.write(tmp.resolve("a"), Facts.rules().catalog(), 2, 50, 6);
        NationalData.write(tmp.resolve("b"), Facts.rules().catalog(), 2, 50, 6);
        assertEquals(Files.readString(tmp.resolve("a/region-0001.json")), Files.readString(tmp.resolve("b/region-0001.json")));
    }
}
