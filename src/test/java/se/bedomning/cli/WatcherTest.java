package se.bedomning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watch loop redrafts on a rules edit, reports a broken edit and keeps the last good rules. */
class WatcherTest {

    @TempDir
    Path tmp;

    private Path copyRules() throws IOException {
        return se.bedomning.testing.RulesCopy.into(tmp);
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(s.contains(from), from);
        Files.writeString(file, s.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void editRedraftsBrokenEditIsReportedAndTheFixRedraftsAgain() throws IOException {
        Path rules = copyRules();
        Watcher w = new Watcher(rules, Path.of("fixtures/stockholm/2024/facts.json"), Pipeline.Format.md);
        String first = w.start();
        assertNull(w.poll(), "nothing changed yet");

        edit(rules.resolve("wording/sv.json"), "\"developmentHeading\": \"Utvecklingsområden:\"",
                "\"developmentHeading\": \"Förslag på utvecklingsområden:\"");
        Watcher.Outcome changed = w.poll();
        assertNotNull(changed);
        assertTrue(changed.text().contains("Förslag på utvecklingsområden:"));
        assertNotEquals(first, changed.text());

        edit(rules.resolve("level.drl"), "rule \"Låg nivå\"\nwhen", "rule \"Låg nivå\"\nwhen\n    $x : Nonsense()");
        Watcher.Outcome broken = w.poll();
        assertNull(broken.text());
        assertEquals(3, broken.problem().exitCode().code());
        assertTrue(broken.problem().report().contains("level.drl"), broken.problem().report());

        edit(rules.resolve("level.drl"), "\n    $x : Nonsense()", "");
        Watcher.Outcome fixed = w.poll();
        assertNull(fixed.problem());
        assertEquals(changed.text(), fixed.text());
    }
}
