package se.bedomning.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.bedomning.testing.Facts.facts;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.bedomning.evaluation.Assessment;
import se.bedomning.facts.DevelopmentArea;
import se.bedomning.facts.Polarity;
import se.bedomning.facts.Unit;

/** development.drl: which findings become utvecklingsområden and which are left unsaid. */
class DevelopmentDrlTest {

    private static List<String> areas(Assessment a) {
        return a.developmentAreas().stream().map(DevelopmentArea::id).toList();
    }

    @Test
    void fallingShareThatShouldRiseBecomesANegativeTrendArea() {
        Assessment a = facts().series("handlaggning", Unit.PERCENT, Polarity.RISE_GOOD).goal(6)
                .values(2019, 58, 2020, 62, 2021, 65, 2022, 60, 2023, 56, 2024, 57).add().evaluate();
        assertEquals(List.of("m6.development_area.negative_trend"), areas(a));
    }
}
