package se.bedomning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static se.bedomning.testing.Cli.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import se.bedomning.testing.Cli.Run;

/**
 * Drafts do not depend on the working directory. Run from another directory, the paths a user types
 * reach the program in another spelling (absolute, or with ../); an absolute path is what any working
 * directory would give, so these tests pass the repository's files that way and expect the approved drafts.
 */
class WorkingDirectoryTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void aDraftOfTheFixtureByAbsolutePathsIsTheApprovedDraftByteForByte() throws IOException {
        Run r = run("draft", "--data", ROOT.resolve("fixtures/stockholm/2024/facts.json").toString(),
                "--rules", ROOT.resolve("rules").toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(Files.readString(Path.of("fixtures/stockholm/2024/expected.json"), StandardCharsets.UTF_8), r.out());
    }

    @Test
    void aDraftByAPathThroughAnotherDirectoryIsTheSameDraft() throws IOException {
        Path roundabout = ROOT.resolve("src/../fixtures/stockholm/2024/facts.json");
        Run r = run("draft", "--data", roundabout.toString(), "--rules", "src/../rules", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(Files.readString(Path.of("fixtures/stockholm/2024/expected.json"), StandardCharsets.UTF_8), r.out());
    }

    @Test
    void regressByAbsolutePathsFindsNoDifferenceWithUnchangedRules() {
        Run r = run("regress", "--fixtures", ROOT.resolve("fixtures/stockholm").toString(),
                "--rules", ROOT.resolve("rules").toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertFalse(r.out().contains("other text or trace data differs"), r.out());
    }
}
