package se.bedomning.cli;

import static se.bedomning.testing.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.bedomning.testing.Cli.Run;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit codes, no stack traces for user errors, nothing lost on failure. */
class CliTest {

    @TempDir
    Path tmp;



    @Test
    void draftWithNoOptionsPrintsTheBundled2024DraftAsMarkdown() throws IOException {
        Run r = run("draft");
        assertEquals(0, r.code(), r.err());
        assertEquals(Files.readString(Path.of("fixtures/stockholm/2024/expected.md"), StandardCharsets.UTF_8), r.out());
    }

    @Test
    void helpAndVersionWorkOnTheTopCommand() {
        Run help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("draft"), help.out());
        Run version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("bedomning "), version.out());
    }

    @Test
    void aCommandLineThatNamesOneSubcommandStillHasTheWholeCommandSetWhereItShows() {
        // Only the named subcommand's model is built for speed; usage, help and suggestions must not notice.
        for (String[] args : new String[][] {{"--help"}, {"help"}, {}}) {
            Run r = run(args);
            for (String command : List.of("draft", "batch", "regress", "validate", "explain", "test-rules",
                    "checklist", "workbook", "bench", "help")) {
                assertTrue(r.out().contains("\n  " + command + " "), String.join(" ", args) + " lists " + command
                        + ":\n" + r.out());
            }
        }
        Run sub = run("help", "draft");
        assertEquals(0, sub.code());
        assertTrue(sub.out().startsWith("Usage: bedomning draft "), sub.out());
        Run own = run("draft", "--help");
        assertEquals(sub.out(), own.out());
        Run typo = run("drafr");
        assertEquals(2, typo.code());
        assertTrue(typo.err().startsWith("Unmatched argument at index 0: 'drafr'"), typo.err());
        assertTrue(typo.err().contains("\n  draft "), "the usage after the error lists the commands:\n" + typo.err());
        Run benchHelp = run("bench", "--help");
        assertEquals(0, benchHelp.code());
        assertTrue(benchHelp.out().contains("generate"), benchHelp.out());
    }

    @Test
    void badInputExitsWith2NamesTheProblemAndWritesNoFile() throws IOException {
        Path data = tmp.resolve("bad.json");
        Files.writeString(data, "{\"format\": \"bedomning-facts/1\"}");
        Path out = tmp.resolve("draft.md");
        Run r = run("draft", "--data", data.toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(data + ":1:1: region: is missing; expected a text"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void existingOutputIsNotOverwrittenWithoutForce() throws IOException {
        Path out = tmp.resolve("draft.md");
        Files.writeString(out, "my edited draft");
        Run r = run("draft", "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("already exists; pass --force"), r.err());
        assertEquals("my edited draft", Files.readString(out));
        assertEquals(0, run("draft", "--out", out.toString(), "--force").code());
        assertTrue(Files.readString(out).startsWith("# Samlad bedömning"));
    }

    @Test
    void brokenRulesExitWith3AndLeaveTheOutputAlone() throws IOException {
        Path rules = tmp.resolve("rules");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("thresholds.json"), "{\"thresholds\": []}");
        Path out = tmp.resolve("out.md");
        Run r = run("draft", "--rules", rules.toString(), "--out", out.toString());
        assertEquals(3, r.code());
        assertTrue(r.err().contains("catalog.json"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void unknownOptionIsABadInputWithUsage() {
        Run r = run("draft", "--formt", "json");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Unknown option") && r.err().contains("'--formt'"), r.err());
    }

    @Test
    void aPollIntervalBelowOneMillisecondIsAUsageError() {
        for (String ms : new String[] {"0", "-1"}) {
            Run r = run("draft", "--watch", "--poll-ms", ms);
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains("--poll-ms is " + ms + "; expected a whole number of milliseconds, at least 1"),
                    r.err());
        }
    }
}
