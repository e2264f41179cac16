package se.bedomning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.bedomning.testing.Cli.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bedomning.testing.Cli.Run;
import se.bedomning.testing.RulesCopy;

/**
 * Edits of the rules folder that compile and load but silently change what the rules mean are caught
 * by validate (and every command that loads rules) with exit 3 and file:line: a threshold outside its
 * range, a threshold without the unit the rules join on, a renamed variant other rules still guard
 * against, and a finding kind no valence rule judges.
 */
class RulesFolderEditsTest {

    @TempDir
    Path tmp;

    private Path edited(String file, String from, String to) throws IOException {
        Path rules = RulesCopy.into(tmp);
        Path f = rules.resolve(file);
        String text = Files.readString(f, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " no longer holds " + from);
        Files.writeString(f, text.replace(from, to), StandardCharsets.UTF_8);
        return rules;
    }

    /** The line of the first occurrence of {@code text}, so the tests follow edits elsewhere in the file. */
    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(file + " holds no " + text);
    }

    private static Run validate(Path rules) {
        Run r = run("validate", "--rules", rules.toString());
        assertEquals(3, r.code(), r.out() + r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        return r;
    }

    @Test
    void aNegativeMinimumChangeIsRefusedWithFileAndLine() throws IOException {
        Path rules = edited("thresholds.json", "\"name\": \"trend.minChange\", \"unit\": \"percent\", \"value\": 3,",
                "\"name\": \"trend.minChange\", \"unit\": \"percent\", \"value\": -3,");
        Run r = validate(rules);
        assertTrue(r.err().contains(rules.resolve("thresholds.json") + ":" + lineOf(rules.resolve("thresholds.json"),
                "\"trend.minChange\", \"unit\": \"percent\"") + ":"), r.err());
        assertTrue(r.err().contains("].value: trend.minChange[percent] is -3; expected a number above 0"
                + " (a threshold is a size; the rules give changes their direction)"), r.err());
    }

    @Test
    void aShareThresholdAbove100IsRefused() throws IOException {
        Path rules = edited("thresholds.json", "\"name\": \"stable.maxRange\", \"unit\": \"percent\", \"value\": 3,",
                "\"name\": \"stable.maxRange\", \"unit\": \"percent\", \"value\": 300,");
        Run r = validate(rules);
        assertTrue(r.err().contains("stable.maxRange[percent] is 300; expected at most 100 (percent and procentenheter"
                + " run from 0 to 100)"), r.err());
    }

    @Test
    void aCountOfPointsMustBeWhole() throws IOException {
        Path rules = edited("thresholds.json", "\"name\": \"trend.minPoints\", \"value\": 3,",
                "\"name\": \"trend.minPoints\", \"value\": 2.5,");
        Run r = validate(rules);
        assertTrue(r.err().contains("trend.minPoints is 2.5; expected a whole number (it is compared with pointCount,"
                + " a count)"), r.err());
    }

    @Test
    void aWindowOfYearsJavaNeedsMustBeWholeToo() throws IOException {
        Path rules = edited("thresholds.json", "\"name\": \"series.recentWindowYears\", \"value\": 3,",
                "\"name\": \"series.recentWindowYears\", \"value\": 2.5,");
        Run r = validate(rules);
        assertTrue(r.err().contains("series.recentWindowYears is 2.5; expected a whole number"), r.err());
    }

    @Test
    void aThresholdLeftWithoutTheUnitItsSiblingsHaveIsRefused() throws IOException {
        Path rules = edited("thresholds.json", "\"name\": \"stable.maxRange\", \"unit\": \"percent\", \"value\": 3,",
                "\"name\": \"stable.maxRange\", \"value\": 3,");
        Run r = validate(rules);
        assertTrue(r.err().contains(rules.resolve("thresholds.json") + ":" + lineOf(rules.resolve("thresholds.json"),
                "\"stable.maxRange\", \"value\": 3") + ":"), r.err());
        assertTrue(r.err().contains("]: stable.maxRange has no unit here but is given per unit in its"
                + " other entries (count, mean_0_10, rate_per_100k); rules look it up by the series' unit, so this"
                + " entry would match no series — add \"unit\": \"percent\""), r.err());
    }

    @Test
    void aRenamedVariantThatAnotherRuleStillGuardsAgainstIsRefused() throws IOException {
        Path rules = edited("trend.drl", "FindingKind.TREND_UP, \"recovery\"", "FindingKind.TREND_UP, \"aterhamtning\"");
        Run r = validate(rules);
        assertTrue(r.err().contains(rules.resolve("trend.drl") + ":" + lineOf(rules.resolve("trend.drl"),
                "variant == \"recovery\"") + ":"), r.err());
        assertTrue(r.err().contains("variant \"recovery\" is produced by no rule; the rules produce"), r.err());
        assertTrue(r.err().contains("— was it renamed? use the new name here too"), r.err());
    }

    @Test
    void aFindingKindThatNoValenceRuleListsIsRefused() throws IOException {
        Path rules = edited("valence.drl", "kind == FindingKind.COVERAGE_GAP", "kind == FindingKind.STABLE");
        Run r = validate(rules);
        assertTrue(r.err().contains("finding kind coverage_gap (FindingKind.COVERAGE_GAP) is judged by no rule that"
                + " inserts a Judgement, so it is never positive or negative and never becomes an"
                + " utvecklingsområde — list it in a rule of valence.drl"), r.err());
    }

    @Test
    void aRuleFileInAnotherPackageIsRefused() throws IOException {
        Path rules = RulesCopy.into(tmp);
        Files.writeString(rules.resolve("extra.drl"), "package se.bedomning.rules.extra\n\n"
                + "import se.bedomning.facts.Series\n\nrule \"Extra\"\nwhen\n    Series()\nthen\nend\n");
        Run r = validate(rules);
        assertTrue(r.err().contains(rules.resolve("extra.drl") + ":1:9: package se.bedomning.rules.extra; every rule file"
                + " must say package se.bedomning.rules"), r.err());
    }

    @Test
    void theShippedRuleFilesShareOnePackage() throws IOException {
        try (var s = Files.list(Path.of("rules"))) {
            for (Path drl : s.filter(p -> p.toString().endsWith(".drl")).toList()) {
                assertTrue(Files.readString(drl).contains("\npackage se.bedomning.rules\n"), drl.toString());
            }
        }
    }
}
