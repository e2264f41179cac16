package se.bedomning.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.bedomning.testing.Facts.facts;
import static se.bedomning.testing.Facts.stated;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.bedomning.evaluation.Assessment;
import se.bedomning.facts.BaseKind;
import se.bedomning.facts.FindingKind;
import se.bedomning.facts.Polarity;
import se.bedomning.facts.Unit;

/** level.drl: low and high levels of the latest value, per unit. */
class LevelDrlTest {

    @Test
    void shareBelowTheLowLevelIsLow() {
        Assessment a = facts().series("s", Unit.PERCENT, Polarity.RISE_GOOD).values(2023, 13).add().evaluate();
        assertEquals(List.of("low_level s/total"), stated(a, FindingKind.LOW_LEVEL));
        assertEquals(List.of(), stated(a, FindingKind.HIGH_LEVEL));
    }

    @Test
    void shareAtTheHighLevelIsHigh() {
        Assessment a = facts().series("s", Unit.PERCENT, Polarity.RISE_GOOD).values(2023, 90).add().evaluate();
        assertEquals(List.of("high_level s/total"), stated(a, FindingKind.HIGH_LEVEL));
    }

    @Test
    void meanIsJudgedOnItsOwnScale() {
        Assessment a = facts().series("low", Unit.MEAN_0_10, Polarity.RISE_GOOD).values(2024, 5.8).add()
                .series("high", Unit.MEAN_0_10, Polarity.RISE_GOOD).values(2024, 7.7).add().evaluate();
        assertEquals(List.of("low_level low/total"), stated(a, FindingKind.LOW_LEVEL));
        assertEquals(List.of("high_level high/total"), stated(a, FindingKind.HIGH_LEVEL));
    }

    @Test
    void countsHaveNoLevelBecauseTheThresholdsGiveNone() {
        Assessment a = facts().series("c", Unit.COUNT, Polarity.RISE_GOOD).values(2024, 3).add().evaluate();
        assertEquals(List.of(), stated(a, FindingKind.LOW_LEVEL));
    }

    @Test
    void onlyTheLatestValueDecides() {
        Assessment a = facts().series("s", Unit.PERCENT, Polarity.RISE_GOOD).values(2019, 9, 2023, 45).add().evaluate();
        assertEquals(List.of(), stated(a, FindingKind.LOW_LEVEL));
    }

    @Test
    void whatIsLowDependsOnWhatTheShareIsAShareOf() {
        Assessment a = facts()
                .series("kommuner", Unit.PERCENT, Polarity.RISE_GOOD).baseKind(BaseKind.MUNICIPALITIES).values(2024, 58).add()
                .series("arenden", Unit.PERCENT, Polarity.RISE_GOOD).baseKind(BaseKind.CASES).values(2024, 58).add()
                .evaluate();
        assertEquals(List.of("low_level kommuner/total"), stated(a, FindingKind.LOW_LEVEL));
    }

    @Test
    void shareOfMunicipalitiesThatLackSomethingIsLeftToCoverage() {
        Assessment a = facts().series("saknar", Unit.PERCENT, Polarity.RISE_BAD).baseKind(BaseKind.MUNICIPALITIES)
                .values(2024, 27).add().evaluate();
        assertEquals(List.of(), stated(a, FindingKind.LOW_LEVEL));
        assertEquals(List.of("coverage_gap/share_lacking saknar/total"), stated(a, FindingKind.COVERAGE_GAP));
    }

    @Test
    void highestAndLowestOfAFamilyAreNamed() {
        Assessment a = facts()
                .series("kop", Unit.PERCENT, Polarity.RISE_GOOD).baseKind(BaseKind.CASES).family("brottstyperna").values(2023, 40).add()
                .series("misshandel", Unit.PERCENT, Polarity.RISE_GOOD).baseKind(BaseKind.CASES).family("brottstyperna").values(2023, 25).add()
                .series("koppleri", Unit.PERCENT, Polarity.RISE_GOOD).baseKind(BaseKind.CASES).family("brottstyperna").values(2023, 30).add()
                .evaluate();
        assertEquals(List.of("high_level/highest_in_family kop/total"), stated(a, FindingKind.HIGH_LEVEL));
        assertEquals(List.of("low_level/lowest_in_family misshandel/total"), stated(a, FindingKind.LOW_LEVEL));
    }

    @Test
    void twoMembersAreTooFewToRank() {
        Assessment a = facts()
                .series("a", Unit.COUNT, Polarity.RISE_GOOD).family("typerna").values(2018, 129).add()
                .series("b", Unit.COUNT, Polarity.RISE_GOOD).family("typerna").values(2018, 4).add()
                .evaluate();
        assertEquals(List.of(), stated(a, FindingKind.HIGH_LEVEL));
    }
}
