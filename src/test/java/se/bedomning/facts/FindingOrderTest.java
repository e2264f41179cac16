package se.bedomning.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.bedomning.testing.Facts;

/** The draft order is hand-written for speed; these pin it to goal, file position, kind, variant, other, rule. */
class FindingOrderTest {

    private static List<Series> series() {
        FactSet set = Facts.facts()
                .series("a", Unit.PERCENT, Polarity.RISE_GOOD).goal(2).values(2023, 10, 2024, 20).add()
                .series("b", Unit.PERCENT, Polarity.RISE_GOOD).goal(1).values(2023, 10, 2024, 20).add()
                .series("c", Unit.PERCENT, Polarity.RISE_GOOD).goal(1).values(2023, 10, 2024, 20).add()
                .factSet();
        return Series.of(set.series(), 2024, 3);
    }

    private static Finding finding(FindingKind kind, String variant, Series s, Series other, String rule) {
        return new Finding(kind, variant, s, other, 2024, 2024, rule, List.of());
    }

    @Test
    void findingsSortByGoalThenFilePositionThenKindThenVariantThenOtherSeriesThenRule() {
        List<Series> s = series();
        List<Finding> expected = List.of(
                finding(FindingKind.TREND_UP, "", s.get(1), null, "r"),
                finding(FindingKind.TREND_DOWN, "", s.get(1), null, "r"),
                finding(FindingKind.TREND_DOWN, "last_year", s.get(1), null, "r"),
                finding(FindingKind.GENDER_GAP, "", s.get(1), s.get(0), "r"),
                finding(FindingKind.GENDER_GAP, "", s.get(1), s.get(2), "a rule"),
                finding(FindingKind.GENDER_GAP, "", s.get(1), s.get(2), "b rule"),
                finding(FindingKind.TREND_UP, "", s.get(2), null, "r"),
                finding(FindingKind.TREND_UP, "", s.get(0), null, "r"));
        assertTrue(FindingKind.TREND_UP.compareTo(FindingKind.TREND_DOWN) < 0, "kind order this test assumes");
        assertTrue(FindingKind.TREND_DOWN.compareTo(FindingKind.GENDER_GAP) < 0, "kind order this test assumes");
        for (long seed = 0; seed < 20; seed++) {
            List<Finding> shuffled = new ArrayList<>(expected);
            Collections.shuffle(shuffled, new java.util.Random(seed));
            shuffled.sort(Finding.DRAFT_ORDER);
            assertEquals(expected, shuffled);
        }
    }
}
