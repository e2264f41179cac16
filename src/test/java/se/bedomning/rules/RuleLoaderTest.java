package se.bedomning.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.ExitCode;
import se.bedomning.problem.Problem;
import se.bedomning.testing.RulesCopy;

/** A broken rules folder stops with exit 3 and names the file, line and what is wrong. */
class RuleLoaderTest {

    @TempDir
    Path tmp;

    private Path copyOfRules() throws IOException {
        return RulesCopy.into(tmp);
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(s.contains(from), "fixture text not found: " + from);
        Files.writeString(file, s.replace(from, to), StandardCharsets.UTF_8);
    }

    private static BedomningException failsToLoad(Path rules) {
        BedomningException e = assertThrows(BedomningException.class, () -> RuleLoader.load(rules));
        assertEquals(ExitCode.BAD_RULES, e.exitCode());
        return e;
    }

    @Test
    void syntaxErrorNamesTheDrlFileAndLine() throws IOException {
        Path rules = copyOfRules();
        replace(rules.resolve("level.drl"), "polarity != Polarity.RISE_BAD)\n    $t : Threshold(name == \"level.low\"",
                "polarity != Polarity.RISE_BAD\n    $t : Threshold(name == \"level.low\"");
        List<String> lines = Files.readAllLines(rules.resolve("level.drl"));
        int broken = 1 + lines.indexOf(lines.stream().filter(l -> l.endsWith("polarity != Polarity.RISE_BAD"))
                .findFirst().orElseThrow());
        Problem p = failsToLoad(rules).problems().get(0);
        assertEquals(rules.resolve("level.drl").toString(), p.file());
        assertTrue(p.line() >= broken && p.line() <= broken + 2, "broken at line " + broken + ": " + p.render());
    }

    @Test
    void unknownFactFieldIsACompileErrorInItsFile() throws IOException {
        Path rules = copyOfRules();
        replace(rules.resolve("coverage.drl"), "pointCount >= 1)", "pointCont >= 1)");
        BedomningException e = failsToLoad(rules);
        assertTrue(e.problems().stream().anyMatch(p -> p.file().endsWith("coverage.drl")
                && p.message().contains("pointCont")
                && p.message().contains("hint: Series has no field 'pointCont'; did you mean \"pointCount\"?")), e.report());
    }

    @Test
    void unknownFactTypeIsACompileError() throws IOException {
        Path rules = copyOfRules();
        replace(rules.resolve("level.drl"), "$s : Series(pointCount >= 1, !distribution, baseKind != BaseKind.MUNICIPALITIES || polarity != Polarity.RISE_BAD)\n    $t : Threshold(name == \"level.high\"",
                "$s : Serie(pointCount >= 1)\n    $t : Threshold(name == \"level.high\"");
        BedomningException e = failsToLoad(rules);
        assertTrue(e.problems().stream().anyMatch(p -> p.file().endsWith("level.drl") && p.message().contains("Serie")
                && p.message().contains("did you mean \"Series\"?")), e.report());
    }

    @Test
    void thresholdNameMissingFromTheFileIsReportedAtItsUse() throws IOException {
        Path rules = copyOfRules();
        replace(rules.resolve("median.drl"), "Threshold(name == \"median.minDiff\", unit == $s.unit, value <= $s.belowMedianBy)",
                "Threshold(name == \"median.minDif\", unit == $s.unit, value <= $s.belowMedianBy)");
        Problem p = failsToLoad(rules).problems().get(0);
        assertEquals(rules.resolve("median.drl") + ":12:29: threshold \"median.minDif\" is not in "
                + rules.resolve("thresholds.json") + "; did you mean \"median.minDiff\"?", p.render());
    }

    @Test
    void brokenThresholdsFileIsReportedWithLine() throws IOException {
        Path rules = copyOfRules();
        replace(rules.resolve("thresholds.json"), "\"value\": 3, \"description\": \"How many years",
                "\"value\": \"tre\", \"description\": \"How many years");
        Problem p = failsToLoad(rules).problems().get(0);
        assertTrue(p.render().contains("thresholds.json:4:") && p.render().contains("is \"tre\"; expected a number"),
                p.render());
    }

    @Test
    void templateWithAnUnknownPlaceholderIsRefused() throws IOException {
        Path rules = copyOfRules();
        replace(rules.resolve("wording/sv.json"), "\"record_high\": \"{Subject} nådde", "\"record_high\": \"{Subjekt} nådde");
        Problem p = failsToLoad(rules).problems().get(0);
        assertTrue(p.render().contains("sentences.record_high: uses {Subjekt}, which is not known here; did you mean"
                + " \"Subject\"?"), p.render());
    }

    @Test
    void findingKindWithoutWordingIsRefused() throws IOException {
        Path rules = copyOfRules();
        replace(rules.resolve("wording/sv.json"), "\"record_low\": ", "\"record_lowest\": ");
        BedomningException e = failsToLoad(rules);
        assertTrue(e.report().contains("sentences.record_low: is missing; every finding kind needs a wording"), e.report());
        assertTrue(e.report().contains("sentences.record_lowest: does not start with a finding kind"), e.report());
    }

    @Test
    void aTemplateAboutÅtgärderWithoutItsActivitiesWordingIsRefused() throws IOException {
        Path rules = copyOfRules();
        replace(rules.resolve("wording/sv.json"), "\"action_ongoing.activities\": ", "\"action_ongoing.aktiviteter\": ");
        replace(rules.resolve("wording/sv.json"), "\"actionsHeading.activities\": ", "\"actionsHeadingActivities\": ");
        replace(rules.resolve("wording/sv.json"), "\"action_not_carried_out.one.activities\": ",
                "\"action_not_carried_out.one.aktiviteter\": ");
        String report = failsToLoad(rules).report();
        assertTrue(report.contains("sentences.action_ongoing: has no \"action_ongoing.activities\" beside it"), report);
        assertTrue(report.contains("document.actionsHeading.activities: is missing"), report);
        assertTrue(report.contains("summary.action_not_carried_out.one: has no \"action_not_carried_out.one.activities\""),
                report);
    }

    @Test
    void aConcernKindNoThemeTakesIsRefused() throws IOException {
        Path rules = copyOfRules();
        replace(rules.resolve("development.drl"), "Concern.of(kcontext, $f, \"coverage\", $w)",
                "Concern.of(kcontext, $f, \"coverage_gaps\", $w)");
        String report = failsToLoad(rules).report();
        assertTrue(report.contains("themes.json: themes: no theme takes the concern kind \"coverage_gaps\""), report);
        assertTrue(report.contains("development.drl:"), report);
        // … and the themes that named the old kind are told it no longer exists.
        assertTrue(report.contains(".concerns: names \"coverage\", a concern kind no rule files"), report);
    }

    @Test
    void aConcernKindWithoutACatchAllThemeIsRefused() throws IOException {
        Path rules = copyOfRules();
        replace(rules.resolve("themes.json"), "\"concerns\": [\"group_differences\"]\n",
                "\"concerns\": [\"group_differences\"],\n      \"topic\": [\"stod\"]\n");
        String report = failsToLoad(rules).report();
        assertTrue(report.contains("no theme takes every concern of kind \"group_differences\""), report);
    }

    @Test
    void aThemeWithoutWordingOrWithAnUnknownValueIsRefusedNamingFileThemeFieldAndValue() throws IOException {
        Path rules = copyOfRules();
        replace(rules.resolve("themes.json"), "\"action\": \"Öka {theme} ({measures}).\",\n      \"concerns\": [\"coverage\"]",
                "\"action\": \"Öka täckningen ({measures}).\",\n      \"concerns\": [\"coverage\"]");
        replace(rules.resolve("themes.json"), "\"topic\": [\"upptackt\"]\n    },\n    {\n      \"id\": \"stodmaterial",
                "\"topic\": [\"upptäckt\"]\n    },\n    {\n      \"id\": \"stodmaterial");
        String report = failsToLoad(rules).report();
        assertTrue(report.contains("themes.json:") && report.contains("(tackning).action: does not name the theme"),
                report);
        assertTrue(report.contains("(uppfoljning_upptackt).topic[0]: is \"upptäckt\"; expected one of"), report);
    }

    @Test
    void problemsInSeveralFilesAreAllReportedInOneRun() throws IOException {
        Path rules = copyOfRules();
        replace(rules.resolve("median.drl"), "Threshold(name == \"median.minDiff\", unit == $s.unit, value <= $s.belowMedianBy)",
                "Threshold(name == \"median.minDif\", unit == $s.unit, value <= $s.belowMedianBy)");
        replace(rules.resolve("wording/sv.json"), "\"record_high\": \"{Subject} nådde", "\"record_high\": \"{Subjekt} nådde");
        replace(rules.resolve("thresholds.json"), "\"compares\": [\"lastValue\"], \"reachedWhen\": \"below\" }",
                "\"compares\": [\"lastValu\"], \"reachedWhen\": \"below\" }");
        BedomningException e = failsToLoad(rules);
        String report = e.report();
        assertTrue(report.contains("median.drl:12:29: threshold \"median.minDif\""), report);
        assertTrue(report.contains("sentences.record_high: uses {Subjekt}"), report);
        assertTrue(report.contains("\"lastValu\" is not a Series field; did you mean \"lastValue\"?"), report);
    }
}
