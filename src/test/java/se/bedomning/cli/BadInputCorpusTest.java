package se.bedomning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.bedomning.Main;

/**
 * One bad input file per case under {@code bad-input/}, named for the case, with the exact message an
 * analyst gets in {@code <case>.expected}. Paths are relative to the project, so the messages are too.
 */
class BadInputCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/bad-input");

    @TempDir
    Path tmp;

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.filter(p -> !p.getFileName().toString().endsWith(".expected")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputExitsWith2WithTheExpectedMessageAndWritesNothing(Path input) throws IOException {
        Path out = tmp.resolve("draft.md");
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "draft", "--data", input.toString(), "--out", out.toString());
        String stderr = err.toString().replace("\r\n", "\n");
        Path expected = Path.of(input + ".expected");
        assertTrue(Files.exists(expected), "every case needs " + expected + "; got:\n" + stderr);
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), stderr);
        assertEquals(2, code, stderr);
        assertFalse(stderr.contains("Exception") || stderr.contains("\tat "), stderr);
        assertFalse(Files.exists(out), "no draft may be written");
    }

    @Test
    void corpusCoversAtLeastTwentyCasesOfEveryInputKind() throws IOException {
        List<String> names = cases().map(p -> p.getFileName().toString()).toList();
        assertTrue(names.size() >= 20, names.toString());
        assertTrue(names.stream().anyMatch(n -> n.endsWith(".csv")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.startsWith("kolada-")), names.toString());
        try (Stream<Path> s = Files.list(CORPUS)) {
            assertTrue(s.filter(p -> p.toString().endsWith(".expected"))
                    .allMatch(e -> Files.exists(Path.of(e.toString().replaceFirst("\\.expected$", "")))),
                    "an .expected file without its input");
        }
    }
}
