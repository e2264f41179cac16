package se.bedomning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** validate and explain as a reviewer uses them. */
class ExplainAndValidateTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BedomningCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void validateAcceptsTheShippedRules() {
        String[] r = run("validate");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].startsWith("rules is valid: "), r[1]);
    }

    @Test
    void explainingASentenceNamesRuleFactsThresholdAndTemplate() {
        String[] r = run("explain", "--sentence", "m6.trend_down.after_peak.barn_malsagande_90_dagar/total");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("rule:       \"Minskning efter en topp\" at rules/trend.drl:"), r[1]);
        assertTrue(r[1].contains("fact:       barn_malsagande_90_dagar/total 2021 = 65"), r[1]);
        assertTrue(r[1].contains("threshold:  trend.minChange[percent] = 3"), r[1]);
        assertTrue(r[1].contains("template:   sentences.trend_down.after_peak.negative"), r[1]);
    }

    @Test
    void explainingAnIndicatorNamesTheNearMiss() {
        // 33 → 31 procent: a fall of 2 procentenheter against a minimum of 3 — why no "minskat" sentence.
        String[] r = run("explain", "--indicator", "personuppklaring_grov_fridskrankning");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("NEAR MISS   trend.minChange[percent]         lastChange                 -2  vs 3"), r[1]);
        assertTrue(r[1].contains("finding     m5.stable.personuppklaring_grov_fridskrankning/kvinnor  by \"Stabil nivå\""), r[1]);
    }

    @Test
    void explainingAnUnknownSentenceIsABadInput() {
        String[] r = run("explain", "--sentence", "m9.nothing");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("\"m9.nothing\" is not a sentence or utvecklingsområde id of this draft"), r[2]);
    }
}
