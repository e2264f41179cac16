package se.bedomning.ruletests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import se.bedomning.testing.Facts;

/** The reviewers' rule tests (rules/tests/*.json) run in mvn test, and a failing case says why. */
class RuleTestsTest {

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> everyRuleTestCasePasses() {
        List<RuleTests.Case> cases = RuleTests.read(Facts.RULES);
        assertTrue(cases.size() >= 30, "expected the shipped rule tests, found " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(Path.of(c.file()).getFileName() + ": " + c.name(), () -> {
            RuleTests.Result r = RuleTests.run(Facts.rules(), c);
            assertEquals(List.of(), r.failures());
        }));
    }

    @Test
    void everyDrlFileHasARuleTestFile() throws IOException {
        try (Stream<Path> s = Files.list(Facts.RULES)) {
            for (Path drl : s.filter(p -> p.toString().endsWith(".drl")).toList()) {
                String name = drl.getFileName().toString().replace(".drl", ".json");
                assertTrue(Files.exists(Facts.RULES.resolve("tests").resolve(name)), "no rules/tests/" + name);
            }
        }
    }

    @Test
    void failingCaseReportsTheDifference() throws IOException {
        Path rules = tmp.resolve("rules");
        Files.createDirectories(rules.resolve("tests"));
        Files.writeString(rules.resolve("tests/wrong.json"), """
                {"cases": [{"name": "a share that did not move is claimed to rise",
                  "facts": {"indicators": [{"id": "x", "name": "X", "subject": "andelen x", "goal": 1,
                    "violenceType": "alla", "unit": "percent", "polarity": "rise_good", "source": "S"}],
                    "series": [{"indicator": "x", "group": "total", "points": [{"year": 2023, "value": 40},
                      {"year": 2024, "value": 41}]}]},
                  "expect": ["trend_up/last_year x/total"]}]}
                """);
        RuleTests.Case c = RuleTests.read(rules).get(0);
        RuleTests.Result r = RuleTests.run(Facts.rules(), c);
        assertFalse(r.passed());
        assertEquals(List.of("expected finding \"trend_up/last_year x/total\"; got [stable x/total, assessment stable x/total]"), r.failures());
    }
}
