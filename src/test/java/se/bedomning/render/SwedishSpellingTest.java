package se.bedomning.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every word of the approved drafts is known to Debian's Swedish dictionary (hunspell-sv), except the
 * names below. .ci/run installs hunspell; a machine without it skips this test.
 */
class SwedishSpellingTest {

    /** Proper names and terms from the reports that no dictionary knows. */
    static final Set<String> NAMES = Set.of("JSON-formatet", "NTU", "Navis", "Infogeneratorn", "Signs", "of",
            "Safety", "StorSthlms", "Mikamottagningen", "Origo", "Predov", "KAST", "Mika", "TakeCare",
            "Kvinnofridssamordnarnätverket", "MVP", "SU", "www.operationkvinnofrid.se");

    @Test
    void approvedDraftsAreSpelledAsTheSwedishDictionarySays() throws IOException, InterruptedException {
        assumeTrue(Files.exists(Path.of("/usr/share/hunspell/sv_SE.dic")), "hunspell-sv is not installed");
        StringBuilder text = new StringBuilder();
        for (String year : List.of("2018", "2023", "2024")) {
            text.append(Files.readString(Path.of("fixtures/stockholm", year, "expected.md"), StandardCharsets.UTF_8));
        }
        Process p = new ProcessBuilder("hunspell", "-d", "sv_SE", "-l", "-i", "utf-8").start();
        p.getOutputStream().write(text.toString().getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        Set<String> unknown = new TreeSet<>();
        for (String word : out.split("\\s+")) {
            String w = word.replaceAll("[.,:;()]+$", "");
            if (!w.isBlank() && !NAMES.contains(w)) {
                unknown.add(w);
            }
        }
        assertEquals(Set.of(), unknown, "words hunspell-sv does not know; fix the wording or the catalog subject");
    }
}
