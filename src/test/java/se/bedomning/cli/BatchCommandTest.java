package se.bedomning.cli;

import static se.bedomning.testing.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.bedomning.testing.Cli.Run;
import org.junit.jupiter.api.io.TempDir;
import se.bedomning.bench.NationalData;
import se.bedomning.testing.Facts;
import se.bedomning.testing.RulesCopy;

/** batch: one draft per region, and a bad file does not stop the others. */
class BatchCommandTest {

    @TempDir
    Path tmp;


    @Test
    void everyRegionGetsADraft() throws IOException {
        Path data = tmp.resolve("data");
        NationalData.write(data, Facts.rules().catalog(), 4, 120, 6);
        Run r = run("batch", "--data-dir", data.toString(), "--out-dir", tmp.resolve("out").toString(),
                "--threads", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("drafted 4 of 4 regions"), r.err());
        for (int i = 0; i < 4; i++) {
            assertTrue(Files.readString(tmp.resolve("out").resolve(String.format("region-%04d.md", i)),
                    StandardCharsets.UTF_8).startsWith("# Samlad bedömning och utvecklingsområden – Region " + i));
        }
    }

    @Test
    void aDraftInTheBatchIsTheDraftOfTheSameFile() throws IOException {
        Path data = tmp.resolve("data");
        Files.createDirectories(data);
        Files.copy(Path.of("fixtures/stockholm/2024/facts.json"), data.resolve("facts.json"));
        Run r = run("batch", "--data-dir", data.toString(), "--out-dir", tmp.resolve("out").toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        Run one = run("draft", "--data", data.resolve("facts.json").toString(), "--format", "json");
        assertEquals(one.out(), Files.readString(tmp.resolve("out/facts.json"), StandardCharsets.UTF_8));
    }

    @Test
    void aWorkbookInTheDataFolderIsDraftedLikeItsJson() throws IOException {
        Path data = tmp.resolve("data");
        Files.createDirectories(data);
        Path xlsx = data.resolve("stockholm.xlsx");
        Run w = run("workbook", "--data", "fixtures/stockholm/2024/facts.json", "--out", xlsx.toString(),
                "--year", "2024");
        assertEquals(0, w.code(), w.err());
        Run r = run("batch", "--data-dir", data.toString(), "--out-dir", tmp.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("drafted 1 of 1 regions"), r.err());
        Run one = run("draft", "--data", xlsx.toString());
        assertEquals(one.out(), Files.readString(tmp.resolve("out/stockholm.md"), StandardCharsets.UTF_8));
    }

    @Test
    void batchHasNoBaselineOptionAnyMore() {
        Run r = run("batch", "--data-dir", tmp.toString(), "--out-dir", tmp.resolve("out").toString(), "--baseline");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("Unknown option: '--baseline'"), r.err());
    }

    @Test
    void aDataDirThatIsNoFolderIsBadInputForBatchAndBenchFiring() {
        for (String command : new String[] {"batch", "bench firing"}) {
            List<String> args = new ArrayList<>(List.of(command.split(" ")));
            args.addAll(List.of("--data-dir", tmp.resolve("missing").toString()));
            if (command.equals("batch")) {
                args.addAll(List.of("--out-dir", tmp.resolve("out").toString()));
            }
            Run r = run(args.toArray(new String[0]));
            assertEquals(2, r.code(), command + ": " + r.err());
            assertTrue(r.err().contains("The --data-dir folder cannot be used."), r.err());
            assertTrue(r.err().contains("is not a folder; pass --data-dir DIR"), r.err());
            assertTrue(!r.err().contains("at se.bedomning"), "no stack trace: " + r.err());
        }
    }

    @Test
    void aBadRegionIsReportedAndTheOthersAreStillDrafted() throws IOException {
        Path data = tmp.resolve("data");
        NationalData.write(data, Facts.rules().catalog(), 2, 30, 3);
        Files.writeString(data.resolve("region-broken.json"), "{\"format\": \"bedomning-facts/1\"");
        Run r = run("batch", "--data-dir", data.toString(), "--out-dir", tmp.resolve("out").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("1 of 3 fact files have problems; the others were drafted."), r.err());
        assertTrue(r.err().contains("region-broken.json"), r.err());
        assertTrue(Files.exists(tmp.resolve("out/region-0000.md")));
        assertTrue(Files.exists(tmp.resolve("out/region-0001.md")));
    }

    @Test
    void aRuleThatThrowsIsABrokenRulesErrorAndNoRegionCountsAsDrafted() throws IOException {
        Path rules = RulesCopy.into(tmp.resolve("rules"));
        Files.writeString(rules.resolve("caveats.drl"), Files.readString(rules.resolve("caveats.drl"))
                + "\nrule \"Kastar\"\nwhen\n    $s : Series(pointCount >= 1)\nthen\n    Object o = null; o.toString();\nend\n");
        Path data = tmp.resolve("data");
        NationalData.write(data, Facts.rules().catalog(), 3, 30, 3);
        Run r = run("batch", "--data-dir", data.toString(), "--out-dir", tmp.resolve("out").toString(),
                "--rules", rules.toString());
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains("drafted 0 of 3 regions"), r.err());
        assertTrue(r.err().contains("The rules failed on 3 of 3 regions; those were not drafted."), r.err());
        assertTrue(r.err().contains("rule \"Kastar\" threw NullPointerException"), r.err());
        assertTrue(Files.notExists(tmp.resolve("out/region-0000.md")));
    }

    @Test
    void generatedDataIsTheSameForTheSameArguments() throws IOException {
        NationalData.write(tmp.resolve("a"), Facts.rules().catalog(), 2, 50, 6);
        NationalData.write(tmp.resolve("b"), Facts.rules().catalog(), 2, 50, 6);
        assertEquals(Files.readString(tmp.resolve("a/region-0001.json")), Files.readString(tmp.resolve("b/region-0001.json")));
    }
}
