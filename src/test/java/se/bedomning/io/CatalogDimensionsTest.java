package se.bedomning.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bedomning.facts.Dimensions;
import se.bedomning.facts.Indicator;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.ExitCode;

/** The catalog describes every indicator by its dimensions, from a fixed vocabulary checked at load. */
class CatalogDimensionsTest {

    @TempDir
    Path tmp;

    private static final String ENTRY = """
            {"indicators": [{"id": "andel_stod", "name": "Stöd", "subject": "andelen med stöd", "goal": 4,
              "violenceType": "heder", "unit": "percent", "polarity": "rise_good", "source": "Testkälla"%s}]}
            """;

    private Path catalog(String extra) throws IOException {
        Path file = tmp.resolve("catalog.json");
        Files.writeString(file, ENTRY.formatted(extra), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void everyCatalogIndicatorHasEveryDimension() {
        Catalog c = Definitions.readCatalog(Path.of("rules/catalog.json"), "rules/catalog.json");
        for (Indicator i : c.indicators().values()) {
            Dimensions d = i.dimensions();
            assertNotNull(d.topic(), i.id());
            assertNotNull(d.targetGroup(), i.id());
            assertNotNull(d.provision(), i.id());
            assertNotNull(d.actor(), i.id());
        }
    }

    @Test
    void aValueOutsideTheVocabularyNamesFileIndicatorFieldValueAndTheAllowedValues() throws IOException {
        Path file = catalog(", \"topic\": \"stodet\", \"targetGroup\": \"vuxna\", \"provision\": \"egen\","
                + " \"actor\": \"kommun\"");
        BedomningException e = assertThrows(BedomningException.class,
                () -> Definitions.readCatalog(file, file.toString()));
        assertEquals(ExitCode.BAD_RULES, e.exitCode());
        String all = e.problems().stream().map(se.bedomning.problem.Problem::render).toList().toString();
        assertTrue(all.contains("catalog.json"), all);
        assertTrue(all.contains("andel_stod"), all);
        assertTrue(all.contains("topic") && all.contains("\"stodet\"") && all.contains("expected one of") && all
                .contains("stod, skydd"), all);
        assertTrue(all.contains("provision") && all.contains("\"egen\"") && all.contains("egen_regi_eller_samverkan"),
                all);
    }

    @Test
    void theCatalogRequiresTheDimensionsAndSaysWhichAreMissing() throws IOException {
        Path file = catalog("");
        BedomningException e = assertThrows(BedomningException.class,
                () -> Definitions.readCatalog(file, file.toString()));
        String all = e.problems().stream().map(se.bedomning.problem.Problem::render).toList().toString();
        for (String field : new String[] {"topic", "targetGroup", "provision", "actor"}) {
            assertTrue(all.contains("(andel_stod)." + field + ": is missing"), all);
        }
    }
}
