package se.bedomning.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.bedomning.testing.Facts.facts;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.bedomning.evaluation.Assessment;
import se.bedomning.facts.BaseKind;
import se.bedomning.facts.Finding;
import se.bedomning.facts.FindingKind;
import se.bedomning.facts.Polarity;
import se.bedomning.facts.Unit;
import se.bedomning.facts.Valence;

/** valence.drl: polarity decides whether a rise is good news. */
class ValenceDrlTest {

    private static Valence valenceOfTrend(Polarity polarity, Number... yearValue) {
        Assessment a = facts().series("c", Unit.COUNT, polarity).values(yearValue).add().evaluate();
        Finding trend = a.stated().stream().filter(f -> f.getKind().code().startsWith("trend")).findFirst().orElseThrow();
        return a.valenceOf(trend);
    }

    @Test
    void riseInSomethingThatShouldRiseIsPositive() {
        assertEquals(Valence.POSITIVE, valenceOfTrend(Polarity.RISE_GOOD, 2023, 100, 2024, 130));
    }

    @Test
    void riseInBreachesIsNegative() {
        assertEquals(Valence.NEGATIVE, valenceOfTrend(Polarity.RISE_BAD, 2023, 100, 2024, 130));
    }

    @Test
    void fallInBreachesIsPositive() {
        assertEquals(Valence.POSITIVE, valenceOfTrend(Polarity.RISE_BAD, 2023, 130, 2024, 100));
    }

    @Test
    void neutralIndicatorGetsNoJudgement() {
        assertEquals(Valence.NEUTRAL, valenceOfTrend(Polarity.NEUTRAL, 2023, 100, 2024, 130));
        Assessment a = facts().series("c", Unit.COUNT, Polarity.NEUTRAL).values(2023, 100, 2024, 130).add().evaluate();
        assertEquals(List.of(), a.judgements());
    }

    @Test
    void coverageGapIsNegative() {
        Assessment a = facts().series("s", Unit.PERCENT, Polarity.RISE_GOOD).baseKind(BaseKind.MUNICIPALITIES)
                .values(2024, 50).add().evaluate();
        Finding gap = a.stated().stream().filter(f -> f.getKind() == FindingKind.COVERAGE_GAP).findFirst().orElseThrow();
        assertEquals(Valence.NEGATIVE, a.valenceOf(gap));
    }
}
