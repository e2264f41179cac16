package se.bedomning.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.bedomning.testing.Facts.facts;
import static se.bedomning.testing.Facts.stated;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.bedomning.evaluation.Assessment;
import se.bedomning.facts.BaseKind;
import se.bedomning.facts.DevelopmentArea;
import se.bedomning.facts.Finding;
import se.bedomning.facts.FindingKind;
import se.bedomning.facts.NoteKind;
import se.bedomning.facts.Polarity;
import se.bedomning.facts.Unit;

/** development.drl: suppression and which findings become utvecklingsområden, with their basis. */
class DevelopmentDrlTest {

    private static List<String> areas(Assessment a) {
        return a.developmentAreas().stream().map(DevelopmentArea::id).toList();
    }

    @Test
    void fallingShareThatShouldRiseBecomesANegativeTrendArea() {
        Assessment a = facts().series("handlaggning", Unit.PERCENT, Polarity.RISE_GOOD).goal(6)
                .values(2019, 58, 2020, 62, 2021, 65, 2022, 60, 2023, 56, 2024, 57).add().evaluate();
        assertEquals(List.of("m6.development_area.utveckling_at_fel_hall"), areas(a));
        assertEquals(List.of("m6.trend_down.after_peak.handlaggning/total"),
                a.developmentAreas().get(0).getBasis().stream().map(Finding::id).toList());
    }

    @Test
    void positiveDevelopmentBecomesNoArea() {
        Assessment a = facts().series("kontaktforbud", Unit.PERCENT, Polarity.RISE_GOOD).goal(6)
                .values(2019, 25, 2020, 25, 2021, 25, 2022, 28, 2023, 31, 2024, 37).add().evaluate();
        assertEquals(List.of(), areas(a));
    }

    @Test
    void severalThemesInOneGoalAreAllDecided() {
        // Regression: with one accumulate rule per theme, Drools 10.2.0 shared nodes and dropped a theme.
        Assessment a = facts()
                .series("falling", Unit.PERCENT, Polarity.RISE_GOOD).goal(5).values(2022, 60, 2023, 40).add()
                .series("low", Unit.PERCENT, Polarity.RISE_GOOD).goal(5).values(2023, 12).add()
                .series("missing", Unit.PERCENT, Polarity.RISE_GOOD).goal(5).baseKind(BaseKind.MUNICIPALITIES)
                .values(2024, 50).add()
                .series("gone", Unit.PERCENT, Polarity.RISE_GOOD).goal(5).note(NoteKind.DISCONTINUED, 2021).add()
                .evaluate();
        assertEquals(List.of("m5.development_area.lag_niva", "m5.development_area.tackning",
                "m5.development_area.uppfoljning_statistik", "m5.development_area.utveckling_at_fel_hall"), areas(a));
    }

    @Test
    void smallNumbersSilenceThePercentConclusionsAndBecomeAMeasurementArea() {
        Assessment a = facts().series("s", Unit.PERCENT, Polarity.RISE_GOOD).goal(5).baseKind(BaseKind.CASES)
                .baseRange("5", "13").values(2022, 10, 2023, 0).add().evaluate();
        assertEquals(List.of("trend_down/last_year_strong s/total"),
                se.bedomning.testing.Facts.all(a, FindingKind.TREND_DOWN));
        assertEquals(List.of(), stated(a, FindingKind.TREND_DOWN), "a fall from 10 to 0 % of a handful is noise");
        assertEquals(List.of("m5.development_area.uppfoljning_statistik"), areas(a));
    }

    @Test
    void areasOfOneGoalDoNotBorrowFindingsFromAnother() {
        Assessment a = facts()
                .series("a", Unit.PERCENT, Polarity.RISE_GOOD).goal(2).values(2023, 12).add()
                .series("b", Unit.PERCENT, Polarity.RISE_GOOD).goal(3).values(2023, 15).add()
                .evaluate();
        assertEquals(List.of("m2.development_area.lag_niva", "m3.development_area.lag_niva"), areas(a));
        assertEquals(List.of("m2.low_level.a/total"),
                a.developmentAreas().get(0).getBasis().stream().map(Finding::id).toList());
    }
}
