package se.bedomning.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import se.bedomning.cli.Pipeline;
import se.bedomning.testing.Facts;

/**
 * Issue 14: the bedömning reads as prose an analyst keeps — no fact said twice, the same numbers for two
 * groups said once, openings that vary, within the length the report itself uses.
 */
class AssessmentProseTest {

    private static final Pattern NUMERAL = Pattern.compile("\\d+(?:[ ,]\\d+)*");

    private static Draft draft(int year) {
        return Pipeline.run(Facts.rules(), Path.of("fixtures/stockholm/" + year + "/facts.json"), "rules").draft();
    }

    private static List<String> bedömning(Draft d) {
        List<String> out = new ArrayList<>();
        d.sections().forEach(s -> s.assessment().forEach(a -> out.add(a.text())));
        return out;
    }

    /**
     * Talk about how the draft was made — what is "in the underlag", what "the rules" can judge, which "findings"
     * weigh enough — is what an analyst deletes first (docs/reading-2024.md): a report speaks of the data.
     */
    private static final Pattern ENGINE_TALK = Pattern.compile(
            "(?iU)\\b(underlaget|underlag|reglerna|regeln|regel|faktafilen|fynden|fynd|utkastet)\\b|ingår (därför )?inte i");

    @ParameterizedTest
    @ValueSource(ints = {2024, 2023, 2018})
    void noSentenceOfTheSammanfattningOrABedömningTalksAboutHowTheDraftWasMade(int year) {
        Draft d = draft(year);
        List<String> texts = new ArrayList<>();
        d.summary().assessment().forEach(x -> texts.add(x.text()));
        for (Draft.Section s : d.sections()) {
            s.assessment().forEach(x -> texts.add(x.text()));
            s.handlingsplan().forEach(x -> texts.add(x.text()));
            if (s.sentences().isEmpty()) {
                texts.add(s.withoutFindings() != null ? s.withoutFindings() : Facts.rules().wording().document("noFindings"));
            } else if (s.assessment().isEmpty()) {
                texts.add(Facts.rules().wording().document("noAssessment"));
            }
        }
        for (String t : texts) {
            assertFalse(ENGINE_TALK.matcher(t).find(), year + ": " + t);
        }
    }

    @Test
    void noTemplateThatCanReachTheSammanfattningOrABedömningTalksAboutHowTheDraftWasMade() throws Exception {
        // Every template of the bedömning layer, the sammanfattning and the sentences (a finding without a bedömning
        // template is said there with its sentence), and the document texts that stand in a bedömning's place —
        // also those no fixture reaches.
        com.fasterxml.jackson.databind.JsonNode w = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Path.of("rules/wording/sv.json").toFile());
        List<String> checked = new ArrayList<>();
        for (String part : List.of("sentences", "assessment", "summary")) {
            w.get(part).fields().forEachRemaining(e -> checked.add(part + "." + e.getKey() + ": " + e.getValue()));
        }
        w.get("document").fields().forEachRemaining(e -> {
            if (e.getKey().startsWith("no") || e.getKey().startsWith("actionSummary")) {
                checked.add("document." + e.getKey() + ": " + e.getValue());
            }
        });
        assertTrue(checked.stream().anyMatch(t -> t.startsWith("document.noAssessment:")), checked.toString());
        for (String t : checked) {
            assertFalse(ENGINE_TALK.matcher(t).find(), t);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2024, 2023, 2018})
    void noWordOpensMoreThanAFifthOfTheBedömningSentences(int year) {
        List<String> sentences = bedömning(draft(year));
        Map<String, Integer> openings = new HashMap<>();
        sentences.forEach(t -> openings.merge(DraftBuilder.opening(t), 1, Integer::sum));
        openings.forEach((word, n) -> assertTrue(5 * n <= sentences.size(),
                year + ": '" + word + "' opens " + n + " of " + sentences.size() + " bedömning sentences"));
    }

    @ParameterizedTest
    @ValueSource(ints = {2024, 2023, 2018})
    void noBedömningSentenceRestatesTheValuesOfAnotherOnTheSameIndicator(int year) {
        for (Draft.Section s : draft(year).sections()) {
            Set<String> said = new HashSet<>();
            for (Draft.Statement a : s.assessment()) {
                Set<String> here = new HashSet<>();
                for (Draft.Stated f : a.findings()) {
                    List<String> values = f.values().stream().map(v -> v.year() + "=" + v.value()).toList();
                    here.add(f.kind() + " " + f.indicator() + " " + values);
                }
                for (String key : here) {
                    assertTrue(said.add(key), year + " Mål " + s.goal() + " says " + key + " twice: " + a.text());
                }
            }
        }
    }

    @Test
    void theSameValuesForTwoGroupsAreSaidOnceNamingBothGroups() {
        Draft.Section goal2 = draft(2024).sections().get(1);
        Draft.Statement st = goal2.assessment().stream().filter(a -> a.text().contains("utan biståndsbeslut"))
                .findFirst().orElseThrow();
        assertTrue(st.text().contains("för både kvinnor och män"), st.text());
        assertTrue(st.text().contains("från 56 till 70 procent"), st.text());
        assertFalse(st.text().contains("för män från 56"), st.text());
        // Traceability: the one statement lists both findings it states.
        assertTrue(st.findings().stream().map(Draft.Stated::group).toList().containsAll(List.of("kvinnor", "man")),
                st.findings().toString());
    }

    @Test
    void aShareWithTheSameValueInTotalAndForAPartIsOneStatementWithItsSubject() {
        Draft.Section goal4 = draft(2024).sections().get(3);
        List<Draft.Statement> about = goal4.assessment().stream()
                .filter(a -> a.findings().stream().anyMatch(f -> f.indicator().equals("oj_overenskommelse_extern_samverkan")))
                .toList();
        assertTrue(about.size() == 1, about.toString());
        assertTrue(about.get(0).text().contains("skriftliga överenskommelser om samverkan i enskilda ärenden"),
                about.get(0).text());
    }

    @Test
    void egenRegiWithNoSamverkanGivesTheShareWithoutSupportAsADerivedConclusion() {
        Draft.Section goal4 = draft(2024).sections().get(3);
        Draft.Statement st = goal4.assessment().stream().filter(a -> a.id().startsWith("a.derived.no_support."))
                .findFirst().orElseThrow(() -> new AssertionError(goal4.assessment().toString()));
        assertTrue(st.text().contains("58 respektive 0 procent, så 42 procent av länets 26 kommuner saknar"), st.text());
        assertTrue(st.findings().stream().map(f -> f.indicator() + "/" + f.group()).toList().containsAll(
                List.of("stod_egen_regi_sexuellt_vald/vuxna", "stod_samverkan_sexuellt_vald/vuxna")), st.findings().toString());
        assertTrue(st.rule().startsWith("Utan stöd i samverkan"), st.rule());
    }

    @Test
    void theBedömningOfTheEightMålKeepsToTheReportsLength() {
        List<String> sentences = bedömning(draft(2024));
        int words = sentences.stream().mapToInt(t -> t.split("\\s+").length).sum();
        int numerals = 0;
        for (String t : sentences) {
            Matcher m = NUMERAL.matcher(t);
            while (m.find()) {
                numerals++;
            }
        }
        assertTrue(words <= 1300, words + " words");
        assertTrue(numerals <= 120, numerals + " numerals");
    }
}
