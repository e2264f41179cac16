package se.bedomning.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.bedomning.testing.Facts.facts;
import static se.bedomning.testing.Facts.stated;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.bedomning.evaluation.Assessment;
import se.bedomning.facts.BaseKind;
import se.bedomning.facts.FindingKind;
import se.bedomning.facts.NoteKind;
import se.bedomning.facts.Polarity;
import se.bedomning.facts.Unit;
import se.bedomning.render.Draft;
import se.bedomning.render.DraftBuilder;
import se.bedomning.testing.Facts;

/**
 * Issue 11, classes 1, 2, 4 and 5: every qualifier the draft uses holds on the data. Hand-made series,
 * each the smallest case of one class of defect.
 */
class TruthfulQualifiersTest {

    private static Assessment share(Number... yearValue) {
        return facts().series("s", Unit.PERCENT, Polarity.RISE_GOOD).values(yearValue).add().evaluate();
    }

    private static Assessment count(Number... yearValue) {
        return facts().series("c", Unit.COUNT, Polarity.RISE_GOOD).values(yearValue).add().evaluate();
    }

    private static Assessment municipalities(Number... yearValue) {
        return facts().series("k", Unit.PERCENT, Polarity.RISE_GOOD).baseKind(BaseKind.MUNICIPALITIES)
                .values(yearValue).add().evaluate();
    }

    /** Every sentence and utvecklingsområde of the draft, in order. */
    private static List<String> text(Assessment a) {
        Draft d = DraftBuilder.build(Facts.rules().wording(), Facts.rules().thresholds(), Facts.rules().themes(), a, "rules");
        return d.sections().stream().flatMap(s -> Stream.concat(s.sentences().stream().map(Draft.Sentence::text),
                s.developmentAreas().stream().map(Draft.Area::text))).toList();
    }

    private static boolean says(Assessment a, String words) {
        return text(a).stream().anyMatch(t -> t.contains(words));
    }

    // ---- class 1: "fortfarande" only when the previous comparable value was on the same side ----

    @Test
    void aSingleLowValueIsLowButNotStillLow() {
        Assessment a = municipalities(2024, 0);
        assertEquals(List.of("low_level k/total"), stated(a, FindingKind.LOW_LEVEL));
        assertFalse(says(a, "fortfarande"), text(a).toString());
    }

    @Test
    void aLowValueAfterAHighOneIsNotStillLow() {
        Assessment a = municipalities(2023, 70, 2024, 50);
        assertEquals(List.of("low_level k/total"), stated(a, FindingKind.LOW_LEVEL));
        assertFalse(says(a, "fortfarande"), text(a).toString());
    }

    @Test
    void aLowValueAfterALowOneIsStillLow() {
        Assessment a = municipalities(2023, 40, 2024, 50);
        assertEquals(List.of("low_level/still k/total"), stated(a, FindingKind.LOW_LEVEL));
        assertTrue(says(a, "fortfarande på en låg nivå"), text(a).toString());
    }

    @Test
    void aCoverageGapOnOneValueNeverSaysStill() {
        Assessment a = facts().series("k1", Unit.PERCENT, Polarity.RISE_GOOD).baseKind(BaseKind.MUNICIPALITIES)
                .values(2024, 77).add().series("k2", Unit.PERCENT, Polarity.RISE_GOOD)
                .baseKind(BaseKind.MUNICIPALITIES).values(2024, 81).add().evaluate();
        assertEquals(2, stated(a, FindingKind.COVERAGE_GAP).size());
        assertFalse(says(a, "fortfarande"), text(a).toString());
    }

    // ---- class 2: "stadigt" only when every step goes the same way; a dip or peak has a depth ----

    /** The long-run shape of a series' rises (steady, recovery, baseline), without the last-year findings. */
    private static List<String> longRun(Assessment a, FindingKind kind) {
        return stated(a, kind).stream().filter(f -> !f.contains("/last_year")).toList();
    }

    @Test
    void aFlatStepBreaksASteadyRise() {
        // Not "stadigt": the level held before the rises, and the draft says so rather than "om än inte jämnt".
        Assessment flatThenRising = share(2019, 25, 2020, 25, 2021, 25, 2022, 28, 2023, 31, 2024, 37);
        assertEquals(List.of("trend_up/after_plateau s/total"), longRun(flatThenRising, FindingKind.TREND_UP));
        assertFalse(says(flatThenRising, "inte jämn"), text(flatThenRising).toString());
        assertEquals(List.of("trend_up/baseline s/total"), longRun(share(2021, 9, 2022, 19, 2023, 19), FindingKind.TREND_UP));
        assertFalse(stated(count(2022, 71, 2023, 71, 2024, 86), FindingKind.TREND_UP).contains("trend_up/steady c/total"));
    }

    @Test
    void aLongRunChangeThatHappenedAllLastYearIsSaidOnceAsLastYears() {
        assertEquals(List.of("trend_up/last_year c/total"), stated(count(2022, 71, 2023, 71, 2024, 86), FindingKind.TREND_UP));
    }

    @Test
    void aRiseInEveryStepIsSteady() {
        assertEquals(List.of("trend_up/steady s/total"), stated(share(2022, 28, 2023, 31, 2024, 37), FindingKind.TREND_UP));
    }

    @Test
    void noiseBelowTheDipDepthIsNoDip() {
        Assessment a = share(2019, 25, 2020, 24.5, 2021, 28, 2022, 31, 2023, 34, 2024, 37);
        // Half a procentenhet is within a level that held, then the share rose every year.
        assertEquals(List.of("trend_up/after_plateau s/total"), longRun(a, FindingKind.TREND_UP));
        assertFalse(says(a, "nedgång"), text(a).toString());
    }

    @Test
    void noiseBelowThePeakHeightIsNoPeak() {
        Assessment a = share(2019, 40, 2020, 40.5, 2021, 37, 2022, 34, 2023, 31, 2024, 28);
        assertEquals(List.of("trend_down/after_plateau s/total"), longRun(a, FindingKind.TREND_DOWN));
        assertFalse(says(a, "toppen"), text(a).toString());
    }

    @Test
    void aDeepDipIsStillARecovery() {
        assertEquals(List.of("trend_up/recovery c/total"),
                stated(count(2019, 39, 2020, 72, 2021, 74, 2022, 33, 2023, 141, 2024, 146), FindingKind.TREND_UP));
    }

    // ---- class 4: the change that matters is never hidden; unchanged is said as unchanged ----

    @Test
    void aLongRunFallDoesNotHideAStrongerFallLastYear() {
        Assessment a = count(2022, 12, 2023, 52, 2024, 8);
        assertTrue(stated(a, FindingKind.TREND_DOWN).contains("trend_down/last_year_strong c/total"),
                stated(a, FindingKind.TREND_DOWN).toString());
        assertTrue(says(a, "från 52"), text(a).toString());
    }

    @Test
    void aRecoveryDoesNotHideAStrongRiseLastYear() {
        Assessment a = count(2020, 50, 2021, 30, 2022, 35, 2023, 60);
        assertTrue(stated(a, FindingKind.TREND_UP).contains("trend_up/last_year_strong c/total"),
                stated(a, FindingKind.TREND_UP).toString());
    }

    @Test
    void aLongRunRiseWithAFlatLastYearSaysTheLastYearIsUnchanged() {
        Assessment a = share(2021, 9, 2022, 19, 2023, 19);
        assertEquals(List.of("unchanged/same s/total"), stated(a, FindingKind.UNCHANGED));
        assertTrue(says(a, "samma nivå som 2022"), text(a).toString());
    }

    @Test
    void aSmallLastYearChangeIsUnchangedNotHidden() {
        Assessment a = count(2020, 100, 2021, 130, 2022, 160, 2023, 155);
        assertEquals(List.of("unchanged c/total"), stated(a, FindingKind.UNCHANGED));
    }

    @Test
    void aSmallStepIsUnchangedLikeNoStepSoNoiseDoesNotSilenceIt() {
        Assessment a = facts().series("m", Unit.MEAN_0_10, Polarity.RISE_GOOD).values(2023, 7.2, 2024, 7.1).add()
                .evaluate();
        assertEquals(List.of("unchanged m/total"), stated(a, FindingKind.UNCHANGED));
    }

    @Test
    void aSteadyTrendIsNotAlsoUnchanged() {
        Assessment a = count(2021, 100, 2022, 120, 2023, 140, 2024, 145);
        assertEquals(List.of("trend_up/steady c/total"), stated(a, FindingKind.TREND_UP));
        assertEquals(List.of(), stated(a, FindingKind.UNCHANGED));
    }

    @Test
    void anUnchangedTwoYearMeanIsSaidToBeUnchanged() {
        Assessment a = facts().series("m", Unit.MEAN_0_10, Polarity.RISE_GOOD).values(2023, 6.9, 2024, 6.9).add()
                .evaluate();
        assertEquals(List.of("unchanged/same m/total"), stated(a, FindingKind.UNCHANGED));
    }

    @Test
    void aConstantSeriesIsWordedAsUnchangedNeverBetweenAValueAndItself() {
        Assessment a = share(2019, 89, 2020, 89, 2021, 89, 2022, 89, 2023, 89, 2024, 89);
        assertEquals(List.of("stable/constant s/total"), stated(a, FindingKind.STABLE));
        assertEquals(List.of(), stated(a, FindingKind.UNCHANGED), "the period already says it");
        assertTrue(says(a, "oförändrat på 89 procent 2019–2024"), text(a).toString());
        assertFalse(says(a, "mellan 89 procent och 89 procent"), text(a).toString());
    }

    // ---- class 5: stale data is not the present ----

    @Test
    void aValueOlderThanTheReportYearIsNotACurrentLevelOrCoverageGap() {
        Assessment a = municipalities(2019, 16, 2020, 20, 2022, 36);
        assertEquals(List.of(), stated(a, FindingKind.LOW_LEVEL));
        assertEquals(List.of(), stated(a, FindingKind.COVERAGE_GAP));
        assertEquals(List.of("data_caveat/stale k/total"), stated(a, FindingKind.DATA_CAVEAT));
        assertTrue(says(a, "2022"), text(a).toString());
        assertEquals(List.of(), a.developmentAreas(), "stale data alone carries no utvecklingsområde");
    }

    @Test
    void aSeriesThatEndsBeforeAMethodChangeIsNotTheCurrentLevel() {
        Assessment a = facts().series("k", Unit.PERCENT, Polarity.RISE_GOOD).baseKind(BaseKind.MUNICIPALITIES)
                .values(2021, 16, 2022, 20, 2023, 36).note(NoteKind.SERIES_BREAK, 2024).add().evaluate();
        assertEquals(List.of(), stated(a, FindingKind.LOW_LEVEL));
        assertEquals(List.of(), stated(a, FindingKind.COVERAGE_GAP));
        assertEquals(List.of("data_caveat/ended_before_break k/total"), stated(a, FindingKind.DATA_CAVEAT));
        assertEquals(List.of(), a.developmentAreas());
    }

    @Test
    void lastYearsValueInTheReportIsStillTheCurrentLevel() {
        Assessment a = municipalities(2022, 36, 2023, 40);
        assertEquals(List.of("low_level/still k/total"), stated(a, FindingKind.LOW_LEVEL));
        assertEquals(List.of(), stated(a, FindingKind.DATA_CAVEAT));
        assertFalse(a.developmentAreas().isEmpty());
    }
}
