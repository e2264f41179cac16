package se.bedomning.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.bedomning.cli.Pipeline;
import se.bedomning.facts.ThemeDefinition;
import se.bedomning.rules.RuleSet;
import se.bedomning.testing.Facts;

/**
 * Every utvecklingsområde of the approved fixtures is an action that names its theme and at most
 * development.maxMeasuresNamed measures within development.maxWords words, at most development.maxPerGoal
 * per Mål, and keeps its whole basis in the JSON.
 */
class ThemeBulletsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2024", "2023", "2018"})
    void everyBulletNamesItsThemeAndAFewMeasuresWithinTheWordLimit(String year) {
        RuleSet rules = Facts.rules();
        int maxWords = rules.thresholds().require("development.maxWords").getDecimal().intValueExact();
        int maxMeasures = rules.thresholds().require("development.maxMeasuresNamed").getDecimal().intValueExact();
        int maxPerGoal = rules.thresholds().require("development.maxPerGoal").getDecimal().intValueExact();
        Pipeline.Result r = Pipeline.run(rules, Path.of("fixtures/stockholm", year, "facts.json"), "rules");
        Set<String> subjects = new HashSet<>();
        r.assessment().series().forEach(s -> subjects.add(s.getIndicator().subject()));
        int bullets = 0;
        for (Draft.Section s : r.draft().sections()) {
            assertTrue(s.developmentAreas().size() <= maxPerGoal, year + " Mål " + s.goal());
            for (Draft.Area a : s.developmentAreas()) {
                bullets++;
                ThemeDefinition theme = rules.themes().get(a.theme());
                assertNotNull(theme, a.id());
                assertTrue(a.text().contains(theme.getName()), a.text());
                int words = a.text().trim().split("\\s+").length;
                assertTrue(words <= maxWords, words + " words: " + a.text());
                assertFalse(a.text().contains("ytterligare"), a.text());
                // A subject inside a longer named subject ("… våld i nära relation" in "… med insatser") is one measure.
                java.util.List<String> inText = subjects.stream().filter(x -> a.text().contains(x)).toList();
                long measures = inText.stream().filter(x -> inText.stream().noneMatch(y -> !y.equals(x)
                        && y.contains(x))).count()
                        + r.assessment().facts().actions().stream()
                                .filter(x -> a.text().matches(".*åtgärd(erna)? [^)]*\\b" + x.id().replace(".", "\\.")
                                        + "\\b.*"))
                                .count();
                assertTrue(measures <= maxMeasures, measures + " measures: " + a.text());
                assertFalse(a.basis().isEmpty(), a.id());
            }
        }
        assertTrue(bullets > 0, year);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024"})
    void theReportsActionBasedUtvecklingsomradenAppearAsThemes(String year) {
        Pipeline.Result r = Pipeline.run(Facts.rules(), Path.of("fixtures/stockholm", year, "facts.json"), "rules");
        Set<String> themes = new HashSet<>();
        r.draft().sections().forEach(s -> s.developmentAreas().forEach(a -> themes.add("m" + s.goal() + " "
                + a.theme())));
        for (String expected : new String[] {"m1 uppfoljning_metoder", "m3 uppfoljning_upptackt",
                "m7 stodmaterial_halso_sjukvard", "m7 systematisk_uppfoljning", "m2 metodstod_aterfall",
                "m4 stod_vuxna_sexuellt_vald_heder"}) {
            assertTrue(themes.contains(expected), expected + " not in " + themes);
        }
        assertEquals(themes.size(), new HashSet<>(themes).size());
    }
}
