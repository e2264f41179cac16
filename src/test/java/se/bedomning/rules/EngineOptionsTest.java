package se.bedomning.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.bedomning.testing.Cli;

/**
 * Drools takes engine options from system properties too; a JAVA_TOOL_OPTIONS left over from another
 * program must neither change a draft nor end in a stack trace.
 */
class EngineOptionsTest {

    static final Path FIXTURE = Path.of("fixtures/stockholm/2024");

    /** Each of these changed the 2024 draft or stopped it with an internal error before the options were pinned. */
    @ParameterizedTest(name = "{0}={1}, cache {2}")
    @CsvSource({
        "drools.shareAlphaNodes, false, off",
        "drools.shareAlphaNodes, false, on",
        "drools.indexRightBetaMemory, false, off",
        "drools.indexRightBetaMemory, false, on",
        "drools.sequential, true, off",
        "drools.sequential, true, on",
    })
    void engineOptionsFromSystemPropertiesDoNotChangeTheDraft(String property, String value, String cache,
            @TempDir Path tmp) throws Exception {
        String expected = Files.readString(FIXTURE.resolve("expected.md"), StandardCharsets.UTF_8);
        Cli.Run r = withProperties(property, value, "on".equals(cache) ? tmp.toString() : "off",
                () -> Cli.run("draft", "--rules", "rules", "--data", FIXTURE.resolve("facts.json").toString()));
        assertEquals(0, r.code(), r.err());
        assertEquals(expected, r.out());
        if ("on".equals(cache)) {
            // The second run reads the rule base the first one stored.
            Cli.Run again = withProperties(property, value, tmp.toString(),
                    () -> Cli.run("draft", "--rules", "rules", "--data", FIXTURE.resolve("facts.json").toString()));
            assertEquals(expected, again.out());
        }
    }

    @ParameterizedTest(name = "cache {0}")
    @CsvSource({"off", "on"})
    void anOptionDroolsCannotParseIsABadInputErrorThatNamesIt(String cache, @TempDir Path tmp) throws Exception {
        Cli.Run r = withProperties("drools.sequential.agenda", "parallel", "on".equals(cache) ? tmp.toString() : "off",
                () -> Cli.run("draft", "--rules", "rules", "--data", FIXTURE.resolve("facts.json").toString()));
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("drools.sequential.agenda=parallel"), r.err());
        assertTrue(r.err().contains("JAVA_TOOL_OPTIONS"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"drools.removeIdentities, true", "drools.maxThreads, 8", "drools.someFutureOption, yes"})
    void aDroolsOptionNotKnownToBeHarmlessIsRefusedNamingIt(String property, String value) throws Exception {
        Cli.Run r = withProperties(property, value, "off",
                () -> Cli.run("draft", "--rules", "rules", "--data", FIXTURE.resolve("facts.json").toString()));
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("system properties: " + property + "=" + value + ": is a Drools engine option the"
                + " rules are not known to be safe with; remove it from JAVA_TOOL_OPTIONS or the java command line"),
                r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    interface Run {
        Cli.Run get() throws Exception;
    }

    private static Cli.Run withProperties(String property, String value, String cache, Run run) throws Exception {
        String before = System.getProperty(property);
        String cacheBefore = System.getProperty(CompiledRulesCache.PROPERTY);
        System.setProperty(property, value);
        System.setProperty(CompiledRulesCache.PROPERTY, cache);
        try {
            return run.get();
        } finally {
            restore(property, before);
            restore(CompiledRulesCache.PROPERTY, cacheBefore);
        }
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }
}
