package se.bedomning.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.bedomning.testing.Facts.all;
import static se.bedomning.testing.Facts.facts;
import static se.bedomning.testing.Facts.stated;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.bedomning.evaluation.Assessment;
import se.bedomning.facts.BaseKind;
import se.bedomning.facts.FindingKind;
import se.bedomning.facts.NoteKind;
import se.bedomning.facts.Polarity;
import se.bedomning.facts.Unit;

/** caveats.drl: too few cases to speak in procent, series breaks, discontinued indicators, corrections. */
class CaveatsDrlTest {

    @Test
    void shareOfTooFewHandledCasesGetsTheSmallNumbersCaveat() {
        Assessment a = facts().series("s", Unit.PERCENT, Polarity.RISE_GOOD).baseKind(BaseKind.CASES)
                .baseRange("5", "13").values(2022, 0, 2023, 0).add().evaluate();
        assertEquals(List.of("small_numbers_caveat/base s/total"), stated(a, FindingKind.SMALL_NUMBERS_CAVEAT));
    }

    @Test
    void largeBaseGetsNoCaveat() {
        Assessment a = facts().series("s", Unit.PERCENT, Polarity.RISE_GOOD).baseKind(BaseKind.CASES)
                .point(2023, "19", null, "350", "66").add().evaluate();
        assertEquals(List.of(), all(a, FindingKind.SMALL_NUMBERS_CAVEAT));
    }

    @Test
    void tinyNumeratorGetsTheCountCaveatEvenWithoutABase() {
        Assessment a = facts().series("s", Unit.PERCENT, Polarity.RISE_GOOD)
                .point(2023, "2", null, null, "1").add().evaluate();
        assertEquals(List.of("small_numbers_caveat/count s/total"), stated(a, FindingKind.SMALL_NUMBERS_CAVEAT));
    }

    @Test
    void discontinuedIndicatorWithoutValuesGetsADataCaveat() {
        Assessment a = facts().series("s", Unit.PERCENT, Polarity.RISE_GOOD).note(NoteKind.DISCONTINUED, 2021).add()
                .evaluate();
        assertEquals(List.of("data_caveat/discontinued s/total"), stated(a, FindingKind.DATA_CAVEAT));
        assertEquals(2021, a.findings().get(0).getFromYear());
    }

    @Test
    void seriesBreakAfterEarlierDataGetsADataCaveat() {
        Assessment a = facts().series("s", Unit.PERCENT, Polarity.RISE_GOOD).values(2021, 31, 2022, 36, 2024, 60)
                .note(NoteKind.SERIES_BREAK, 2023).add().evaluate();
        assertEquals(List.of("data_caveat/series_break s/total"), stated(a, FindingKind.DATA_CAVEAT));
    }

    @Test
    void breakBeforeAllDataIsNoCaveat() {
        Assessment a = facts().series("s", Unit.PERCENT, Polarity.RISE_GOOD).values(2023, 31, 2024, 36)
                .note(NoteKind.SERIES_BREAK, 2022).add().evaluate();
        assertEquals(List.of(), stated(a, FindingKind.DATA_CAVEAT));
    }

    @Test
    void correctedValueIsNoted() {
        Assessment a = facts().series("s", Unit.PERCENT, Polarity.RISE_GOOD).values(2024, 70)
                .note(NoteKind.CORRECTION, null).add().evaluate();
        assertEquals(List.of("data_caveat/correction s/total"), stated(a, FindingKind.DATA_CAVEAT));
    }

    @Test
    void caveatStatedByTheSourceIsPassedOn() {
        Assessment a = facts().series("s", Unit.PERCENT, Polarity.RISE_GOOD).values(2023, 31)
                .note(NoteKind.CAVEAT, null).add().evaluate();
        assertEquals(List.of("data_caveat/source_note s/total"), stated(a, FindingKind.DATA_CAVEAT));
    }
}
