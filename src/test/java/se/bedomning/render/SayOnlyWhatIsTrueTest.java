package se.bedomning.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bedomning.cli.Pipeline;
import se.bedomning.testing.Facts;

/**
 * Issue 11 on hand-made series, through the whole pipeline: the draft never says one sentence twice, never
 * runs a number into a year, and a goal with data never claims to have no indicator values.
 */
class SayOnlyWhatIsTrueTest {

    @TempDir
    Path dir;

    private static final String HEADER = """
            {"format": "bedomning-facts/1", "region": "Testlän", "year": 2024, "report": "Handgjord",
             "indicators": [
               {"id": "overens", "name": "Andel med överenskommelser", "subject": "andelen kommuner med överenskommelser",
                "goal": 4, "violenceType": "alla", "unit": "percent", "polarity": "rise_good", "source": "Testkälla",
                "baseKind": "municipalities"},
               {"id": "antal", "name": "Antal lagförda", "subject": "antalet lagförda", "goal": 5,
                "violenceType": "alla", "unit": "count", "polarity": "rise_good", "source": "Testkälla"},
               {"id": "beviljade", "name": "Andel beviljade", "subject": "andelen beviljade kontaktförbud", "goal": 6,
                "violenceType": "alla", "unit": "percent", "polarity": "rise_good", "source": "Testkälla"}],
             "series": [
            """;

    private Draft draft(String series) throws IOException {
        Path file = dir.resolve("facts.json");
        Files.writeString(file, HEADER + series + "]}");
        return Pipeline.run(Facts.rules(), file, "rules").draft();
    }

    @Test
    void noSentenceIsSaidTwiceInOneDraft() throws IOException {
        // Two groups of one indicator with the same low share: with the short subject ("Andelen ligger …
        // 50 procent 2024") the two level sentences read the same.
        Draft d = draft("""
                {"indicator": "overens", "group": "total", "points": [{"year": 2024, "value": 50}]},
                {"indicator": "overens", "group": "med_polisen", "points": [{"year": 2024, "value": 50}]}
                """);
        Set<String> seen = new HashSet<>();
        for (Draft.Section s : d.sections()) {
            for (Draft.Sentence sentence : s.sentences()) {
                assertTrue(seen.add(sentence.text()), "said twice: " + sentence.text());
            }
        }
    }

    @Test
    void aNumberNeverRunsIntoAYear() throws IOException {
        Draft d = draft("""
                {"indicator": "antal", "group": "total", "points": [{"year": 2023, "value": 21}, {"year": 2024, "value": 5}]}
                """);
        Pattern runIn = Pattern.compile("(?<![\\d,])\\d+(,\\d+)? (19|20)\\d\\d\\b");
        List<String> texts = d.sections().stream().flatMap(s -> s.sentences().stream()).map(Draft.Sentence::text)
                .toList();
        assertFalse(texts.isEmpty());
        for (String t : texts) {
            assertFalse(runIn.matcher(t).find(), t);
        }
        assertTrue(texts.stream().anyMatch(t -> t.contains("från 21 år 2023 till 5 år 2024")), texts.toString());
    }

    @Test
    void aGoalWithDataButNoConclusionSaysWhichValuesItHas() throws IOException {
        Draft d = draft("""
                {"indicator": "beviljade", "group": "total", "points": [{"year": 2023, "value": 31}]}
                """);
        Draft.Section mal6 = d.sections().get(5);
        assertTrue(mal6.sentences().isEmpty());
        assertEquals("Målet har indikatorvärden (andelen beviljade kontaktförbud 31 procent 2023), men inget av dem"
                + " räcker för en slutsats.", mal6.withoutFindings());
        String md = MarkdownRenderer.render(d, Facts.rules().wording());
        assertFalse(md.contains("## Mål 6: Trygg rättsprocess\n\nDet finns inga indikatorvärden"), md);
        // A goal without any series still says there are none.
        assertEquals(Facts.rules().wording().document("noFindings"), d.sections().get(2).withoutFindings());
    }
}
