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
import se.bedomning.Main;
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
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "draft",
                "--data", DATA, "--rules", rules.toString(), "--out", out.toString(), "--force");
        return new String[] {String.valueOf(code), err.toString()};
    }

    @Test
    void ruleThatThrowsWhileFiringExitsWith3NamingTheRuleAndTheFacts() throws IOException {
        Path rules = rulesWith("""
                package se.bedomning.rules
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
                package se.bedomning.rules
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

    /** Budgets small enough that a runaway rule is stopped in well under a second. */
    private Path withBudget(Path rules, String seconds, String megabytes) throws IOException {
        Path t = rules.resolve("thresholds.json");
        String text = Files.readString(t);
        String changed = text.replaceFirst("(\"name\": \"engine.maxFiringSeconds\", \"value\": )[0-9.]+", "$1" + seconds)
                .replaceFirst("(\"name\": \"engine.maxFiringMegabytes\", \"value\": )[0-9.]+", "$1" + megabytes);
        assertFalse(changed.equals(text), "thresholds.json has no engine budget to lower");
        Files.writeString(t, changed);
        return rules;
    }

    private static final String HEAD = """
            package se.bedomning.rules
            import se.bedomning.facts.Series
            """;

    private String[] runWithin(Path rules, Path out) {
        return org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> run(rules, out));
    }

    @Test
    void aConsequenceThatNeverReturnsIsStoppedAtTheTimeBudgetNamingTheRule() throws IOException {
        Path rules = withBudget(rulesWith(HEAD + """
                rule "Snurrar för evigt"
                when
                    $s : Series(indicatorId == "kontaktforbud_kvalificerade")
                then
                    while (true) { }
                end
                """), "3", "4096");
        Path out = tmp.resolve("draft.md");
        Files.writeString(out, "earlier draft");
        long t = System.nanoTime();
        String[] r = runWithin(rules, out);
        assertEquals("3", r[0], r[1]);
        assertTrue(r[1].startsWith("The rules did not finish within 3 s (engine.maxFiringSeconds); nothing was"
                + " drafted."), r[1]);
        assertTrue(r[1].contains("rule \"Snurrar för evigt\" (" + rules.resolve("zz_extra.drl") + ") was still running"), r[1]);
        assertFalse(r[1].contains("\tat "), r[1]);
        assertEquals("earlier draft", Files.readString(out));
        assertTrue(System.nanoTime() - t < 10_000_000_000L, "stopping took too long");
    }

    @Test
    void aRuleThatRecursesWithoutEndIsABrokenRuleNotAnInternalError() throws IOException {
        Path rules = rulesWith(HEAD + """
                function int deeper(int n) { return deeper(n + 1) + 1; }
                rule "Rekursion"
                when
                    $s : Series(indicatorId == "kontaktforbud_kvalificerade")
                then
                    deeper(0);
                end
                """);
        Path out = tmp.resolve("draft.md");
        String[] r = runWithin(rules, out);
        assertEquals("3", r[0], r[1]);
        assertTrue(r[1].contains("rule \"Rekursion\" (" + rules.resolve("zz_extra.drl") + ") overflowed the stack (StackOverflowError)"
                + " on [Series[kontaktforbud_kvalificerade/total]] — it probably calls itself without end"), r[1]);
        assertFalse(r[1].contains("\tat ") || r[1].contains("Internal error"), r[1]);
        assertFalse(Files.exists(out));
    }

    @Test
    void aRuleThatAllocatesWithoutEndIsStoppedAtTheMemoryBudgetNamingTheRule() throws IOException {
        Path rules = withBudget(rulesWith(HEAD + """
                rule "Samlar på sig"
                when
                    $s : Series(indicatorId == "kontaktforbud_kvalificerade")
                then
                    java.util.List kept = new java.util.ArrayList();
                    while (kept.size() >= 0) { kept.add(new long[1024]); }
                end
                """), "60", "64");
        Path out = tmp.resolve("draft.md");
        String[] r = runWithin(rules, out);
        assertEquals("3", r[0], r[1]);
        assertTrue(r[1].startsWith("The rules used more than 64 MB (engine.maxFiringMegabytes); nothing was"
                + " drafted."), r[1]);
        assertTrue(r[1].contains("rule \"Samlar på sig\" (" + rules.resolve("zz_extra.drl") + ") was still running"), r[1]);
        assertFalse(Files.exists(out));
    }

    @Test
    void anErrorThrownByRuleCodeIsABrokenRuleWithExit3() throws IOException {
        Path rules = rulesWith(HEAD + """
                rule "Slut på minne"
                when
                    $s : Series(indicatorId == "kontaktforbud_kvalificerade")
                then
                    throw new OutOfMemoryError("Java heap space");
                end
                """);
        Path out = tmp.resolve("draft.md");
        String[] r = runWithin(rules, out);
        assertEquals("3", r[0], r[1]);
        assertTrue(r[1].contains("rule \"Slut på minne\" (" + rules.resolve("zz_extra.drl") + ") ran out of memory (OutOfMemoryError:"
                + " Java heap space) on [Series[kontaktforbud_kvalificerade/total]]"), r[1]);
        assertFalse(r[1].contains("\tat ") || r[1].contains("Internal error"), r[1]);
    }

    @Test
    void theWatchLoopReportsALoopingRuleKeepsRunningAndRedraftsOnceTheRuleIsFixed() throws IOException {
        Path rules = withBudget(RulesCopy.into(tmp), "3", "4096");
        Watcher w = new Watcher(rules, Path.of(DATA), Pipeline.Format.md);
        String first = w.start();
        Path extra = rules.resolve("zz_extra.drl");
        Files.writeString(extra, HEAD + """
                rule "Snurrar för evigt"
                when
                    $s : Series(indicatorId == "kontaktforbud_kvalificerade")
                then
                    while (true) { }
                end
                """);
        Watcher.Outcome broken = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(30), w::poll);
        assertEquals(3, broken.problem().exitCode().code());
        assertTrue(broken.problem().report().contains("\"Snurrar för evigt\""), broken.problem().report());
        Files.delete(extra);
        Watcher.Outcome fixed = w.poll();
        assertEquals(first, fixed.text());
    }
}
