package se.bedomning.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.bedomning.testing.Facts;

/** Ranking is arithmetic across series, returned as ranks each Series is built with. */
class FamilyRankTest {

    private static String ranks(Series s) {
        return s.getFamilySize() + " " + s.getFamilyRank() + " " + s.getFamilyRankFromBottom() + " " + s.getFamilyTies();
    }

    @Test
    void eachSeriesIsBuiltWithItsRankAmongPeersOfTheSameGroupUnitAndLastYear() {
        FactSet set = Facts.facts()
                .series("a", Unit.PERCENT, Polarity.RISE_GOOD).family("f").values(2023, 40).add()
                .series("b", Unit.PERCENT, Polarity.RISE_GOOD).family("f").values(2023, 25).add()
                .series("c", Unit.PERCENT, Polarity.RISE_GOOD).family("f").values(2023, 25).add()
                .series("d", Unit.PERCENT, Polarity.RISE_GOOD).family("f").values(2022, 99).add()
                .series("e", Unit.COUNT, Polarity.RISE_GOOD).family("f").values(2023, 99).add()
                .series("g", Unit.PERCENT, Polarity.RISE_GOOD).values(2023, 99).add()
                .factSet();
        List<Series> s = Series.of(set.series(), 2024, 3);
        assertEquals(List.of("3 1 3 0", "3 2 1 1", "3 2 1 1", "1 1 1 0", "1 1 1 0", "0 0 0 0"),
                s.stream().map(FamilyRankTest::ranks).toList());
    }

    @Test
    void aSeriesWithoutValuesIsNotRankedAndNotAPeer() {
        FactSet set = Facts.facts()
                .series("a", Unit.PERCENT, Polarity.RISE_GOOD).family("f").values(2023, 40).add()
                .series("b", Unit.PERCENT, Polarity.RISE_GOOD).family("f").add()
                .series("c", Unit.PERCENT, Polarity.RISE_GOOD).family("f").values(2023, 25).add()
                .factSet();
        assertEquals(List.of("2 1 2 0", "0 0 0 0", "2 2 1 0"),
                Series.of(set.series(), 2024, 3).stream().map(FamilyRankTest::ranks).toList());
    }
}
