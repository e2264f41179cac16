package se.bedomning.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.bedomning.testing.Cli.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bedomning.testing.Cli.Run;
import se.bedomning.testing.Facts;
import se.bedomning.testing.RulesCopy;

/** bench: measures and checks; bad options and folders get a sentence and exit 2, never a stack trace. */
class BenchCommandTest {

    @TempDir
    Path tmp;

    @Test
    void firingReportsBothSidesAndThatTheyFindTheSame() throws IOException {
        Path data = tmp.resolve("data");
        NationalData.write(data, Facts.rules().catalog(), 2, 60, 6);
        Run r = run("bench", "firing", "--data-dir", data.toString(), "--runs", "1", "--warmup", "0");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("2 regions, 120 series"), r.out());
        assertTrue(r.out().contains("classification rules / baseline:"), r.out());
        assertTrue(r.out().contains("all rules / baseline:"), r.out());
        assertTrue(r.out().contains("identical findings: yes (2 regions)"), r.out());
    }

    @Test
    void theBaselineFindsLineForLineWhatTheRulesFindOnEveryFixtureYear() throws IOException {
        Path data = tmp.resolve("fixtures");
        Files.createDirectories(data);
        for (String year : new String[] {"2018", "2023", "2024"}) {
            Files.copy(Path.of("fixtures/stockholm", year, "facts.json"), data.resolve(year + ".json"));
        }
        Run r = run("bench", "firing", "--data-dir", data.toString(), "--runs", "1", "--warmup", "0");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("identical findings: yes (3 regions)"), r.out());
    }

    @Test
    void aClassificationRuleEditTheBaselineDoesNotMirrorIsReportedLineByLine() throws IOException {
        Path rules = RulesCopy.into(tmp.resolve("rules"));
        Path level = rules.resolve("level.drl");
        Files.writeString(level, Files.readString(level).replace("rule \"Fortfarande låg nivå\"", "rule \"Fortfarande låg nivå enligt länet\""));
        Path data = tmp.resolve("data");
        NationalData.write(data, Facts.rules().catalog(), 1, 120, 6);
        Run r = run("bench", "firing", "--data-dir", data.toString(), "--rules", rules.toString(), "--runs", "1",
                "--warmup", "0");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("the rules and the plain-Java baseline disagree"), r.err());
        assertTrue(r.err().contains("'Fortfarande låg nivå enligt länet'"), r.err());
        assertTrue(r.out().contains("identical findings: NO (1 of 1 regions differ"), r.out());
    }

    @Test
    void aDecisionRuleEditNeedsNoJavaToFollowIt() throws IOException {
        Path rules = RulesCopy.into(tmp.resolve("rules"));
        Path development = rules.resolve("development.drl");
        Files.writeString(development, Files.readString(development).replace("size >= $min.value", "size >= $min.value + 1"));
        Path valence = rules.resolve("valence.drl");
        Files.writeString(valence, Files.readString(valence).replace("rule \"", "rule \"Ändrad: "));
        Path data = tmp.resolve("data");
        NationalData.write(data, Facts.rules().catalog(), 1, 120, 6);
        Run r = run("bench", "firing", "--data-dir", data.toString(), "--rules", rules.toString(), "--runs", "1",
                "--warmup", "0");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("identical findings: yes (1 regions)"), r.out());
    }

    @Test
    void countsBelowTheirLeastValueAreUsageErrors() throws IOException {
        Path data = tmp.resolve("data");
        NationalData.write(data, Facts.rules().catalog(), 1, 10, 3);
        for (String[] args : new String[][] {
                {"bench", "--runs", "0"},
                {"bench", "firing", "--data-dir", data.toString(), "--runs", "0"},
                {"bench", "firing", "--data-dir", data.toString(), "--warmup", "-1"},
                {"bench", "generate", "--out-dir", tmp.resolve("g").toString(), "--regions", "-1"}}) {
            Run r = run(args);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().contains("expected a whole number of at least"), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
    }

    @Test
    void generatingIntoAFileIsBadInputWithTheReason() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        Run r = run("bench", "generate", "--out-dir", file.toString(), "--regions", "1");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("The data set was not written."), r.err());
        assertTrue(r.err().contains("pass a folder you can write to"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }
}
