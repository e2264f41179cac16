package se.bedomning.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.bedomning.testing.Facts.facts;
import static se.bedomning.testing.Facts.stated;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.bedomning.evaluation.Assessment;
import se.bedomning.facts.FindingKind;
import se.bedomning.facts.Polarity;
import se.bedomning.facts.Unit;

/** median.drl: the region against the national median in the latest year that has one. */
class MedianDrlTest {

    private static Assessment withMedian(String value, String median) {
        return facts().series("s", Unit.PERCENT, Polarity.RISE_GOOD).point(2022, "20", "30", null, null)
                .point(2023, value, median, null, null).add().evaluate();
    }

    @Test
    void shareWellBelowTheMedianIsBelow() {
        Assessment a = withMedian("31", "40");
        assertEquals(List.of("below_national_median s/total"), stated(a, FindingKind.BELOW_NATIONAL_MEDIAN));
        assertEquals(List.of(), stated(a, FindingKind.IN_LINE_WITH_MEDIAN));
    }

    @Test
    void shareWellAboveTheMedianIsAbove() {
        assertEquals(List.of("above_national_median s/total"),
                stated(withMedian("56", "45"), FindingKind.ABOVE_NATIONAL_MEDIAN));
    }

    @Test
    void shareCloseToTheMedianIsInLine() {
        Assessment a = withMedian("41", "40");
        assertEquals(List.of("in_line_with_median s/total"), stated(a, FindingKind.IN_LINE_WITH_MEDIAN));
        assertEquals(List.of(), stated(a, FindingKind.BELOW_NATIONAL_MEDIAN));
    }

    @Test
    void exactlyTheMinimumDistanceCountsAsBelow() {
        assertEquals(List.of("below_national_median s/total"),
                stated(withMedian("37", "40"), FindingKind.BELOW_NATIONAL_MEDIAN));
    }

    @Test
    void seriesWithoutAMedianIsNotCompared() {
        Assessment a = facts().series("s", Unit.PERCENT, Polarity.RISE_GOOD).values(2023, 31).add().evaluate();
        assertEquals(List.of(), stated(a, FindingKind.IN_LINE_WITH_MEDIAN));
        assertEquals(List.of(), stated(a, FindingKind.BELOW_NATIONAL_MEDIAN));
    }
}
