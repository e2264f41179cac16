package se.bedomning.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.bedomning.facts.Unit;
import se.bedomning.render.sv.SwedishFormat;

/** Numbers as the reports print them. */
class SwedishFormatTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void largeCountsAreGroupedWithSpaces() {
        assertEquals("2 455 914", SwedishFormat.value(Unit.COUNT, d("2455914")));
        assertEquals("6 600", SwedishFormat.value(Unit.COUNT, d("6600")));
        assertEquals("144", SwedishFormat.value(Unit.COUNT, d("144")));
    }

    @Test
    void countsOfThingsUpToTwelveAreWrittenInWordsLargerOnesInDigits() {
        assertEquals("en", SwedishFormat.count(1));
        assertEquals("ett", SwedishFormat.count(1, true));
        assertEquals("två", SwedishFormat.count(2));
        assertEquals("sju", SwedishFormat.count(7));
        assertEquals("tolv", SwedishFormat.count(12));
        assertEquals("13", SwedishFormat.count(13));
        assertEquals("0", SwedishFormat.count(0));
        assertEquals("311", SwedishFormat.count(311));
    }

    @Test
    void aPartOfAWholeIsWrittenAlikeInWordsOnlyWhenTheWholeIsAtMostTwelve() {
        assertEquals("tre av sex", SwedishFormat.countOf(3, 6, false));
        assertEquals("ett av fem", SwedishFormat.countOf(1, 5, true));
        assertEquals("tolv av tolv", SwedishFormat.countOf(12, 12, false));
        assertEquals("5 av 26", SwedishFormat.countOf(5, 26, false));
        assertEquals("21 av 26", SwedishFormat.countOf(21, 26, false));
        assertEquals("0 av 6", SwedishFormat.countOf(0, 6, false));
    }

    @Test
    void sharesAreSaidInProcentWithADecimalComma() {
        assertEquals("37 procent", SwedishFormat.value(Unit.PERCENT, d("37")));
        assertEquals("94,5 procent", SwedishFormat.value(Unit.PERCENT, d("94.5")));
        assertEquals("37 procent", SwedishFormat.value(Unit.PERCENT, d("37.00")));
    }

    @Test
    void meansKeepOneDecimal() {
        assertEquals("6,9", SwedishFormat.value(Unit.MEAN_0_10, d("6.9")));
        assertEquals("7,0", SwedishFormat.value(Unit.MEAN_0_10, d("7")));
    }

    @Test
    void shareChangesAreInProcentenheterAndCountChangesInProcent() {
        assertEquals("6 procentenheter", SwedishFormat.change(Unit.PERCENT, d("-6")));
        assertEquals("1 procentenhet", SwedishFormat.change(Unit.PERCENT, d("1")));
        assertEquals("21 procent", SwedishFormat.change(Unit.COUNT, d("21.0")));
        assertEquals("0,2 enheter", SwedishFormat.change(Unit.MEAN_0_10, d("0.2")));
    }

    @Test
    void sharesCloseToASimpleFractionAreSaidAsOne() {
        assertEquals("hälften", SwedishFormat.fraction(d("50"), d("2")));
        assertEquals("en fjärdedel", SwedishFormat.fraction(d("23"), d("2")));
        assertEquals("42 procent", SwedishFormat.fraction(d("42"), d("2")));
    }

    @Test
    void listsEndWithOch() {
        assertEquals("a, b och c", SwedishFormat.list(List.of("a", "b", "c")));
        assertEquals("a", SwedishFormat.list(List.of("a")));
    }
}
