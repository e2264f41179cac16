package se.bedomning.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.bedomning.testing.Facts.facts;
import static se.bedomning.testing.Facts.stated;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.bedomning.facts.BaseKind;
import se.bedomning.facts.FindingKind;
import se.bedomning.facts.Polarity;
import se.bedomning.facts.Unit;

/** coverage.drl: municipalities that still lack what every municipality should have. */
class CoverageDrlTest {

    private static List<String> coverage(BaseKind base, Polarity polarity, Number value) {
        return stated(facts().series("s", Unit.PERCENT, polarity).baseKind(base).values(2024, value).add().evaluate(),
                FindingKind.COVERAGE_GAP);
    }

    @Test
    void halfOfTheMunicipalitiesMissingIsACoverageGap() {
        assertEquals(List.of("coverage_gap s/total"), coverage(BaseKind.MUNICIPALITIES, Polarity.RISE_GOOD, 50));
    }

    @Test
    void shareCloseToEveryMunicipalityIsNoGap() {
        assertEquals(List.of(), coverage(BaseKind.MUNICIPALITIES, Polarity.RISE_GOOD, 95));
    }

    @Test
    void exactlyTheMinimumShortfallIsAGap() {
        assertEquals(List.of("coverage_gap s/total"), coverage(BaseKind.MUNICIPALITIES, Polarity.RISE_GOOD, 90));
    }

    @Test
    void shareOfCasesIsNotAboutCoverage() {
        assertEquals(List.of(), coverage(BaseKind.CASES, Polarity.RISE_GOOD, 50));
    }

    @Test
    void shareOfMunicipalitiesThatLackSomethingIsItselfTheGap() {
        assertEquals(List.of("coverage_gap/share_lacking s/total"), coverage(BaseKind.MUNICIPALITIES, Polarity.RISE_BAD, 27));
        assertEquals(List.of(), coverage(BaseKind.MUNICIPALITIES, Polarity.RISE_BAD, 5));
    }

    @Test
    void neutralShareHasNoCoverageGap() {
        assertEquals(List.of(), coverage(BaseKind.MUNICIPALITIES, Polarity.NEUTRAL, 50));
    }
}
