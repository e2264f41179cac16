package se.bedomning.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import se.bedomning.cli.Pipeline;
import se.bedomning.rules.RuleSet;
import se.bedomning.testing.Facts;

/**
 * Every fixture year drafted with the current rules must equal its approved draft byte for byte
 * (no whitespace stripping): a rule change that rewrites history fails here until it is approved.
 */
class GoldenDraftTest {

    static final Path FIXTURES = Path.of("fixtures/stockholm");

    static List<Path> years() throws IOException {
        try (Stream<Path> s = Files.list(FIXTURES)) {
            return s.filter(p -> Files.exists(p.resolve("facts.json"))).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureYearMatchesItsApprovedDraft() throws IOException {
        RuleSet rules = Facts.rules();
        List<Path> years = years();
        assertTrue(years.size() >= 1, "no fixture years found under " + FIXTURES);
        return years.stream().flatMap(dir -> {
            Pipeline.Result r = Pipeline.run(rules, dir.resolve("facts.json"), "rules");
            return Stream.of(Pipeline.Format.values()).filter(Pipeline.Format::isText).map(format -> DynamicTest.dynamicTest(
                    dir.getFileName() + " expected." + format, () -> {
                        String actual = Pipeline.render(rules, r.draft(), format);
                        String expected = read(dir.resolve("expected." + format));
                        if (!expected.equals(actual)) {
                            // Leave the actual draft where a reviewer can diff it against the approved one.
                            Path out = Path.of("target/golden-actual", dir.getFileName().toString(), "draft." + format);
                            Files.createDirectories(out.getParent());
                            Files.writeString(out, actual, StandardCharsets.UTF_8);
                        }
                        assertEquals(expected, actual, "draft differs from the approved one; see target/golden-actual");
                    }));
        });
    }

    @TestFactory
    Stream<DynamicTest> draftingTwiceGivesIdenticalBytes() throws IOException {
        RuleSet rules = Facts.rules();
        return years().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            String first = Pipeline.render(rules, Pipeline.run(rules, dir.resolve("facts.json"), "rules").draft(),
                    Pipeline.Format.json);
            String second = Pipeline.render(rules, Pipeline.run(rules, dir.resolve("facts.json"), "rules").draft(),
                    Pipeline.Format.json);
            assertEquals(first, second);
        }));
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
