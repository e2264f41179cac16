package se.bedomning.cli;

import static se.bedomning.testing.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import se.bedomning.testing.Cli.Run;

/** validate and explain as a reviewer uses them. */
class ExplainAndValidateTest {


    @Test
    void validateAcceptsTheShippedRules() {
        Run r = run("validate");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("rules is valid: "), r.out());
        // All rules share one package, so the count comes from the files, not from Drools' packages.
        long drls;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("rules"))) {
            drls = files.filter(p -> p.toString().endsWith(".drl")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(r.out().contains(" rules in " + drls + " DRL files, "), r.out());
    }

    @Test
    void explainingASentenceNamesRuleFactsThresholdAndTemplate() {
        Run r = run("explain", "--sentence", "m6.trend_down.after_peak.barn_malsagande_90_dagar/total");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("rule:       \"Minskning efter en topp\" at rules/trend.drl:"), r.out());
        assertTrue(r.out().contains("fact:       barn_malsagande_90_dagar/total 2021 = 65"), r.out());
        assertTrue(r.out().contains("threshold:  trend.minChange[percent] = 3"), r.out());
        assertTrue(r.out().contains("template:   sentences.trend_down.after_peak.negative"), r.out());
    }

    @Test
    void explainingAnIndicatorNamesTheNearMiss() {
        // 33 → 31 procent: a fall of 2 procentenheter against a minimum of 3 — why no "minskat" sentence.
        Run r = run("explain", "--indicator", "personuppklaring_grov_fridskrankning");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("NEAR MISS   trend.minChange[percent]         lastChange                 -2  vs 3"), r.out());
        assertTrue(r.out().contains("finding     m5.stable.personuppklaring_grov_fridskrankning/kvinnor  by \"Stabil nivå\""), r.out());
    }

    @Test
    void aNearMissIsCloseOnTheThresholdsOwnScaleNotHalfOfIt() {
        // 31 procent against a high level of 60 is 29 procentenheter short: far, though above half of 60.
        Run r = run("explain", "--indicator", "personuppklaring_grov_fridskrankning");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("not reached level.high[percent/cases]        lastValue                  31  vs 60"),
                r.out());
        // Two points of four is two short of a record; one short of a trend's three points is near.
        assertTrue(r.out().contains("not reached record.minPoints                 pointCount                  2  vs 4"),
                r.out());
        assertTrue(r.out().contains("NEAR MISS   trend.minPoints                  pointCount                  2  vs 3"),
                r.out());
    }

    @Test
    void explainingAnUnknownSentenceIsABadInput() {
        Run r = run("explain", "--sentence", "m9.nothing");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("\"m9.nothing\" is not a sentence or utvecklingsområde id of this draft"), r.err());
    }
}
