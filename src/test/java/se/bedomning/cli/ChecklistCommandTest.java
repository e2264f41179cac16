package se.bedomning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.bedomning.testing.Cli.run;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.bedomning.evaluation.Checklist;
import se.bedomning.facts.FindingKind;
import se.bedomning.testing.Cli.Run;

/**
 * {@code checklist} gives, beside the share of all conclusions, each layer's share of the conclusions about
 * indicators and about åtgärder apart: the measure issue 14's target for the bedömning layer is stated in.
 */
class ChecklistCommandTest {

    private static Checklist.Conclusion indicator(String id) {
        return new Checklist.Conclusion(id, 1, FindingKind.TREND_UP, "andel", null, null, "citat", null);
    }

    private static Checklist.Conclusion action(String id) {
        return new Checklist.Conclusion(id, 1, FindingKind.ACTION_NOT_CARRIED_OUT, null, null, null, "citat", null,
                "1.1");
    }

    @Test
    void aLayerLineCountsIndicatorAndÅtgärdConclusionsApart() {
        List<Checklist.Outcome> outcomes = List.of(
                new Checklist.Outcome(indicator("a"), true, "x", true),
                new Checklist.Outcome(indicator("b"), false, "y", true),
                new Checklist.Outcome(indicator("c"), true, "x", true),
                new Checklist.Outcome(action("d"), true, "x", true));
        assertEquals("bedömning alone: indicator conclusions 2 of 3 (67 %); åtgärd conclusions 1 of 1 (100 %)",
                ChecklistCommand.layerLine("bedömning alone", outcomes));
    }

    @Test
    void aChecklistWithoutÅtgärdConclusionsSaysSo() {
        List<Checklist.Outcome> outcomes = List.of(new Checklist.Outcome(indicator("a"), false, "y", true));
        assertEquals("bedömning + underlag: indicator conclusions 0 of 1 (0 %); no åtgärd conclusions",
                ChecklistCommand.layerLine("bedömning + underlag", outcomes));
    }

    private static final Pattern ALL = Pattern.compile("reproduces (\\d+) of (\\d+) conclusions");
    private static final Pattern LAYER = Pattern.compile(
            "(bedömning \\+ underlag|bedömning alone): indicator conclusions (\\d+) of (\\d+) \\(\\d+ %\\); "
                    + "åtgärd conclusions (\\d+) of (\\d+) \\(\\d+ %\\)");

    @Test
    void theLayerLinesOf2024AddUpToTheSharesOfAllConclusions() {
        Run r = run("checklist", "--data", "fixtures/stockholm/2024/facts.json");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\\R");
        // The first line and the line of the bedömning alone keep their format.
        Matcher full = ALL.matcher(lines[0]);
        assertTrue(full.find(), lines[0]);
        String aloneLine = List.of(lines).stream().filter(l -> l.startsWith("bedömning layer alone: reproduces "))
                .findFirst().orElseThrow(() -> new AssertionError(r.out()));
        Matcher alone = ALL.matcher(aloneLine);
        assertTrue(alone.find(), aloneLine);
        Matcher both = LAYER.matcher(lines[lines.length - 2]);
        Matcher bed = LAYER.matcher(lines[lines.length - 1]);
        assertTrue(both.matches() && both.group(1).equals("bedömning + underlag"), r.out());
        assertTrue(bed.matches() && bed.group(1).equals("bedömning alone"), r.out());
        for (Matcher[] m : new Matcher[][] {{full, both}, {alone, bed}}) {
            int hit = Integer.parseInt(m[1].group(2)) + Integer.parseInt(m[1].group(4));
            int total = Integer.parseInt(m[1].group(3)) + Integer.parseInt(m[1].group(5));
            assertEquals(m[0].group(1), String.valueOf(hit), r.out());
            assertEquals(m[0].group(2), String.valueOf(total), r.out());
        }
        assertTrue(Integer.parseInt(bed.group(2)) <= Integer.parseInt(both.group(2)), r.out());
        // The 2024 checklist has conclusions of both sorts.
        assertTrue(Integer.parseInt(both.group(3)) > 0 && Integer.parseInt(both.group(5)) > 0, r.out());
    }
}
