package se.bedomning.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.bedomning.cli.Pipeline;
import se.bedomning.testing.Facts;

/** Issue 14: the bedömning is a short, rule-chosen layer over the underlag, which keeps every finding. */
class AssessmentLayersTest {

    private static final Path FACTS_2024 = Path.of("fixtures/stockholm/2024/facts.json");

    private static Draft draft() {
        return Pipeline.run(Facts.rules(), FACTS_2024, "rules").draft();
    }

    @Test
    void everyBedömningSentenceStatesAFindingOfItsOwnMålsUnderlag() {
        for (Draft.Section s : draft().sections()) {
            Set<String> underlag = s.sentences().stream().map(Draft.Sentence::id).collect(Collectors.toSet());
            for (Draft.Statement a : s.assessment()) {
                assertTrue(!a.findings().isEmpty(), a.id());
                a.findings().forEach(f -> assertTrue(underlag.contains(f.id()), f.id() + " not in the underlag"));
            }
        }
    }

    @Test
    void theBedömningKeepsToTheCapsPerMålAndOneVerdictPerSeries() {
        int cap = Facts.rules().thresholds().require("assessment.maxSentencesPerGoal").getDecimal().intValueExact()
                + Facts.rules().thresholds().require("assessment.maxCaveatsPerGoal").getDecimal().intValueExact();
        for (Draft.Section s : draft().sections()) {
            assertTrue(s.assessment().size() <= cap, "Mål " + s.goal() + " has " + s.assessment().size());
            Set<String> series = new HashSet<>();
            for (Draft.Statement a : s.assessment()) {
                // A caveat may stand beside the verdict on its series, and a derived conclusion restates two.
                if (a.template().contains("data_caveat") || a.id().startsWith("a.derived.")) {
                    continue;
                }
                Draft.Stated f = a.findings().get(0);
                assertTrue(series.add(f.indicator() + "/" + f.group()), "two sentences on " + f.indicator());
            }
        }
    }

    @Test
    void theSammanfattningNamesTheHeaviestUtvecklingsområdenUpToItsCapEachAsItsMålStatesIt() {
        Draft d = draft();
        int cap = Facts.rules().thresholds().require("summary.maxDevelopmentAreas").getDecimal().intValueExact();
        long stated = d.sections().stream().mapToLong(s -> s.developmentAreas().size()).sum();
        assertEquals(Math.min(cap, stated), d.summary().developmentAreas().size());
        for (Draft.Area a : d.summary().developmentAreas()) {
            Draft.Area inGoal = d.sections().stream().flatMap(s -> s.developmentAreas().stream())
                    .filter(x -> a.id().equals("s." + x.id())).findFirst().orElseThrow(() -> new AssertionError(a.id()));
            String bullet = inGoal.text().substring(0, inGoal.text().length() - 1);
            assertTrue(a.text().startsWith(bullet + " (Mål "), a.text());
            assertEquals(inGoal.basis(), a.basis());
            assertEquals("De tyngsta utvecklingsområdena nämns i sammanfattningen", a.rule());
        }
    }

    @Test
    void theSammanfattningRestatesOneBedömningSentencePerMålAtMost() {
        Draft d = draft();
        Set<String> bedomning = d.sections().stream().flatMap(s -> s.assessment().stream()).map(Draft.Statement::text)
                .collect(Collectors.toSet());
        Set<Integer> goals = new HashSet<>();
        for (Draft.Statement s : d.summary().assessment()) {
            if (s.findings().get(0).actions().isEmpty()) {
                // The sammanfattning keeps the statement as the selection rules made it; in the bedömning it may go
                // on with the clauses the rules added to it (Addition).
                String verdict = s.text().substring(0, s.text().length() - 1);
                assertTrue(bedomning.stream().anyMatch(b -> b.equals(s.text()) || b.startsWith(verdict + "; ")
                        || b.startsWith(verdict + ". ")), s.text());
                assertTrue(goals.add(Integer.parseInt(s.findings().get(0).id().substring(1, 2))), s.id());
            }
        }
        assertTrue(!d.summary().isEmpty());
    }

    @Test
    void theSammanfattningSaysOneClassificationOfEachMålsÅtgärderAtMostEachSaidInItsHandlingsplanParagraph() {
        Draft d = draft();
        Set<Integer> goals = new HashSet<>();
        int said = 0;
        for (Draft.Statement s : d.summary().assessment()) {
            if (s.findings().get(0).actions().isEmpty()) {
                continue;
            }
            said++;
            // One sentence may say the same classification of several Mål (the rules say parallel findings
            // once), but no Mål's åtgärder are classified in two sentences.
            Set<Integer> inThis = new HashSet<>();
            for (Draft.Stated f : s.findings()) {
                int goal = Integer.parseInt(f.actions().get(0).substring(0, f.actions().get(0).indexOf('.')));
                inThis.add(goal);
                Draft.Section section = d.sections().stream().filter(x -> x.goal() == goal).findFirst().orElseThrow();
                assertTrue(section.handlingsplan().stream().anyMatch(x -> x.actions().containsAll(f.actions())
                        && x.kind().equals(f.kind())), f.id());
            }
            for (int g : inThis) {
                assertTrue(goals.add(g), s.id() + " classifies Mål " + g + " again");
            }
        }
        assertTrue(said > 0, "the 2024 sammanfattning names åtgärder not carried out");
    }

    @Test
    void theMarkdownPutsTheUnderlagInAnAppendixAfterTheLastMål() {
        Draft d = draft();
        String md = MarkdownRenderer.render(d, Facts.rules().wording());
        int appendix = md.indexOf("\n## Underlag per mål\n");
        assertTrue(appendix > md.indexOf("\n## Mål 8"), "appendix after Mål 8");
        assertTrue(md.indexOf("\n## Sammanfattning\n") < md.indexOf("\n## Mål 1"), "sammanfattning first");
        long stated = d.sections().stream().mapToLong(s -> s.sentences().size()).sum();
        String tail = md.substring(appendix);
        assertEquals(stated, d.sections().stream().flatMap(s -> s.sentences().stream())
                .filter(x -> tail.contains(x.text())).count(), "every underlag sentence is in the appendix");
    }
}
