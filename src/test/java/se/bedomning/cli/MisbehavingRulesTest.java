package se.bedomning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bedomning.testing.RulesCopy;

/**
 * A rule that throws while firing, or one that fires without end, stops the run with exit 3 and a
 * message naming the rule; the output file is left alone. Each test copies rules/ and adds one .drl.
 */
class MisbehavingRulesTest {

    private static final String DATA = "src/test/resources/good/stockholm-2024-subset.json";

    @TempDir
    Path tmp;

    private Path rulesWith(String drl) throws IOException {
        Path rules = RulesCopy.into(tmp);
        Files.writeString(rules.resolve("zz_extra.drl"), drl);
        return rules;
    }

    private static String[] run(Path rules, Path out) {
        StringWriter err = new StringWriter();
        int code = BedomningCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "draft",
                "--data", DATA, "--rules", rules.toString(), "--out", out.toString(), "--force");
        return new String[] {String.valueOf(code), err.toString()};
    }

    @Test
    void ruleThatThrowsWhileFiringExitsWith3NamingTheRuleAndTheFacts() throws IOException {
        Path rules = rulesWith("""
                package se.bedomning.rules.extra
                import se.bedomning.facts.Series
                rule "Kastar på null"
                when
                    $s : Series(indicatorId == "kontaktforbud_kvalificerade")
                then
                    String missing = null;
                    missing.length();
                end
                """);
        Path out = tmp.resolve("draft.md");
        Files.writeString(out, "earlier draft");
        String[] r = run(rules, out);
        assertEquals("3", r[0], r[1]);
        assertTrue(r[1].contains("rule \"Kastar på null\" threw NullPointerException"), r[1]);
        assertTrue(r[1].contains("Series[kontaktforbud_kvalificerade/total]"), r[1]);
        assertFalse(r[1].contains("\tat "), r[1]);
        assertEquals("earlier draft", Files.readString(out));
    }

    @Test
    void ruleThatFiresWithoutEndIsStoppedWithExit3NamingTheRule() throws IOException {
        Path rules = rulesWith("""
                package se.bedomning.rules.extra
                import se.bedomning.facts.Series
                rule "Slutar aldrig"
                when
                    $s : Series(indicatorId == "kontaktforbud_kvalificerade")
                then
                    update($s);
                end
                """);
        Path out = tmp.resolve("draft.md");
        String[] r = run(rules, out);
        assertEquals("3", r[0], r[1]);
        assertTrue(r[1].contains("The rules did not settle"), r[1]);
        assertTrue(r[1].contains("the rule that keeps changing facts is \"Slutar aldrig\" (it updated"
                + " Series[kontaktforbud_kvalificerade/total]"), r[1]);
        assertFalse(r[1].contains("\tat "), r[1]);
        assertFalse(Files.exists(out));
    }
}
