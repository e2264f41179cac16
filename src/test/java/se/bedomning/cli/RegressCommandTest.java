package se.bedomning.cli;

import static se.bedomning.testing.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import se.bedomning.io.Folders;
import se.bedomning.testing.Cli.Run;
import org.junit.jupiter.api.io.TempDir;

/** regress: replays every fixture year; a candidate rules folder shows its impact; --approve rewrites. */
class RegressCommandTest {

    @TempDir
    Path tmp;


    @Test
    void currentRulesReplayEveryYearWithoutDifferences() {
        Run r = run("regress");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("2018: no sentence differs"), r.out());
        assertTrue(r.out().contains("2023: no sentence differs"), r.out());
        assertTrue(r.out().contains("2024: no sentence differs"), r.out());
    }

    @Test
    void changedThresholdInACandidateFolderShowsTheAffectedSentencesAndExits1() throws IOException {
        Path rules = tmp.resolve("rules");
        Folders.copy(Path.of("rules"), rules);
        Path t = rules.resolve("thresholds.json");
        Files.writeString(t, Files.readString(t, StandardCharsets.UTF_8).replace(
                "{ \"name\": \"trend.minChange\", \"unit\": \"percent\", \"value\": 3,",
                "{ \"name\": \"trend.minChange\", \"unit\": \"percent\", \"value\": 8,"), StandardCharsets.UTF_8);
        Run r = run("regress", "--rules", rules.toString(), "--year", "2024");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("  - Mål 4  m4.trend_up.last_year.stod_heder_barn_under_13/total"
                + "   [rule \"Ökning senaste året\"]"), r.out());
        // The bedömning layer is diffed too: the silenced rise leaves it.
        assertTrue(r.out().contains("  - Mål 4  a.m4.trend_up.last_year.stod_heder_barn_under_13/total"
                + "   [rule \"Det tyngsta skälet i serien väljs\"]"), r.out());
        assertTrue(r.out().contains("2024: 7 changed, 2 added, 3 removed; checklist: 72 of 83 conclusions (87 %)"), r.out());
    }

    @Test
    void approveRewritesTheApprovedDraftsSoTheNextReplayIsClean() throws IOException {
        Path fixtures = tmp.resolve("fixtures");
        Folders.copy(Path.of("fixtures/stockholm/2024"), fixtures.resolve("2024"));
        Files.writeString(fixtures.resolve("2024/expected.md"), "stale");
        assertEquals(1, run("regress", "--fixtures", fixtures.toString()).code());
        assertEquals(0, run("regress", "--fixtures", fixtures.toString(), "--approve").code());
        assertEquals(Files.readString(Path.of("fixtures/stockholm/2024/expected.md")),
                Files.readString(fixtures.resolve("2024/expected.md")));
        assertEquals(0, run("regress", "--fixtures", fixtures.toString()).code());
    }
}
