package se.bedomning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.bedomning.testing.Cli.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bedomning.testing.Cli.Run;
import se.bedomning.testing.RulesCopy;

/**
 * Outputs never clobber inputs or each other: --out equal to --data and --out-dir equal to --data-dir
 * are refused, a batch rerun without --force names the drafts in the way, every input kind in a batch
 * folder is drafted, and a temporary file left by a killed run is cleaned up by the next one.
 */
class OutputSafetyTest {

    private static final Path GOOD = Path.of("src/test/resources/good");

    @TempDir
    Path tmp;

    @Test
    void outEqualToDataIsRefusedEvenWithForceAndTheFactsStayAsTheyWere() throws IOException {
        Path data = tmp.resolve("facts.json");
        Files.copy(GOOD.resolve("stockholm-2024-subset.json"), data);
        String before = Files.readString(data);
        Run r = run("draft", "--data", data.toString(), "--out", tmp.resolve("./facts.json").toString(), "--force",
                "--format", "json");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--out: is the --data file; the draft would overwrite the facts it is drafted from"
                + " — pass another file to --out"), r.err());
        assertEquals(before, Files.readString(data));
    }

    @Test
    void outDirEqualToDataDirIsRefused() throws IOException {
        Path data = tmp.resolve("data");
        Files.createDirectories(data);
        Files.copy(GOOD.resolve("stockholm-2024-subset.json"), data.resolve("stockholm.json"));
        String before = Files.readString(data.resolve("stockholm.json"));
        Run r = run("batch", "--data-dir", data.toString(), "--out-dir", data.resolve(".").toString(), "--format",
                "json", "--force");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--out-dir: is the --data-dir folder; the drafts would overwrite the fact files"
                + " (and be read as fact files by the next run) — pass another folder to --out-dir"), r.err());
        assertEquals(before, Files.readString(data.resolve("stockholm.json")));
        try (var s = Files.list(data)) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void batchDraftsCsvAndKoladaFilesLikeFactFiles() throws IOException {
        Path rules = RulesCopy.into(tmp);
        Files.copy(GOOD.resolve("kolada-mapping.json"), rules.resolve("kolada-mapping.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path data = tmp.resolve("data");
        Files.createDirectories(data);
        Files.copy(GOOD.resolve("stockholm-2024-subset.csv"), data.resolve("a-csv.csv"));
        Files.copy(GOOD.resolve("kolada-2024.json"), data.resolve("b-kolada.json"));
        Files.copy(GOOD.resolve("stockholm-2024-subset.json"), data.resolve("c-facts.json"));
        Path out = tmp.resolve("out");
        Run r = run("batch", "--data-dir", data.toString(), "--out-dir", out.toString(), "--rules", rules.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("drafted 3 of 3 regions"), r.err());
        for (String name : new String[] {"a-csv.md", "b-kolada.md", "c-facts.md"}) {
            assertTrue(Files.readString(out.resolve(name), StandardCharsets.UTF_8)
                    .startsWith("# Samlad bedömning och utvecklingsområden – Stockholms län"), name);
        }
    }

    @Test
    void aBatchRerunWithoutForceNamesTheDraftsInTheWayNotTheFactFiles() throws IOException {
        Path data = tmp.resolve("data");
        Files.createDirectories(data);
        Files.copy(GOOD.resolve("stockholm-2024-subset.json"), data.resolve("stockholm.json"));
        Path out = tmp.resolve("out");
        assertEquals(0, run("batch", "--data-dir", data.toString(), "--out-dir", out.toString()).code());
        Files.writeString(out.resolve("stockholm.md"), "edited by hand");
        Run r = run("batch", "--data-dir", data.toString(), "--out-dir", out.toString());
        assertEquals(2, r.code(), r.err());
        assertFalse(r.err().contains("fact files have problems"), r.err());
        assertTrue(r.err().startsWith("1 of 1 drafts already exist in " + out + "; nothing was drafted."), r.err());
        assertTrue(r.err().contains("stockholm.md: already exists; pass --force to replace"), r.err());
        assertEquals("edited by hand", Files.readString(out.resolve("stockholm.md")));
    }

    @Test
    void aTemporaryFileLeftByAKilledRunIsRemovedByTheNextWriteButNotOneOfALiveRun() throws IOException {
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        // The process id in the name is far above any Linux pid_max, so no live process owns this one.
        Path stale = Files.createFile(out.resolve(".draft.md.999999999.4711.tmp"));
        Path live = Files.createFile(out.resolve(".draft.md." + ProcessHandle.current().pid() + ".4712.tmp"));
        Run r = run("draft", "--data", GOOD.resolve("stockholm-2024-subset.json").toString(), "--out",
                out.resolve("draft.md").toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(Files.exists(stale), "the stale temporary file is left");
        assertTrue(Files.exists(live), "a live run's temporary file was removed");

        Path data = tmp.resolve("data");
        Files.createDirectories(data);
        Files.copy(GOOD.resolve("stockholm-2024-subset.json"), data.resolve("stockholm.json"));
        Path batchStale = Files.createFile(out.resolve(".stockholm.md.999999999.4713.tmp"));
        assertEquals(0, run("batch", "--data-dir", data.toString(), "--out-dir", out.toString()).code());
        assertFalse(Files.exists(batchStale), "the stale temporary file of a batch is left");
    }
}
