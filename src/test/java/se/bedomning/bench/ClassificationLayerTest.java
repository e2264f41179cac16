package se.bedomning.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import se.bedomning.evaluation.Assessment;
import se.bedomning.evaluation.Evaluator;
import se.bedomning.facts.FactSet;
import se.bedomning.io.FactFileReader;
import se.bedomning.rules.RuleSet;
import se.bedomning.testing.Facts;

/** The classification layer the benchmark times on its own: the findings, and no decision on top of them. */
class ClassificationLayerTest {

    @Test
    void theDecisionLayersAreTheFilesWhoseEveryRuleHasANegativeSalience() throws IOException {
        assertTrue(ClassificationLayer.isDecisionLayer(Files.readString(Path.of("rules/valence.drl"))));
        assertTrue(ClassificationLayer.isDecisionLayer(Files.readString(Path.of("rules/development.drl"))));
        for (String f : new String[] {"trend", "level", "median", "coverage", "gaps", "caveats"}) {
            assertFalse(ClassificationLayer.isDecisionLayer(Files.readString(Path.of("rules", f + ".drl"))), f);
        }
    }

    @Test
    void itFindsWhatAllTheRulesFindAndDecidesNothing() {
        RuleSet classification = ClassificationLayer.load(Facts.RULES);
        FactSet facts = FactFileReader.read(Path.of("fixtures/stockholm/2024/facts.json"), Facts.rules().catalog());
        Assessment all = Evaluator.evaluate(Facts.rules(), facts);
        Assessment layer = Evaluator.evaluate(classification, facts);
        assertEquals(all.findingLines(), layer.findingLines());
        assertFalse(all.judgements().isEmpty());
        assertTrue(layer.judgements().isEmpty());
        assertTrue(layer.developmentAreas().isEmpty());
        assertEquals(all.findingLines(), new JavaBaseline(Facts.rules()).assess(facts).findingLines());
    }
}
