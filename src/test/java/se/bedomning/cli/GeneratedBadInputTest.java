package se.bedomning.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import se.bedomning.problem.BedomningException;
import se.bedomning.rules.RuleLoader;
import se.bedomning.rules.RuleSet;
import se.bedomning.testing.RulesCopy;

/**
 * Thousands of broken files thrown at the readers: valid CSV, fact JSON and Kolada files mutated
 * (characters deleted, duplicated, inserted or replaced, truncations, huge numbers, wrong types, deep
 * nesting) and plain random bytes. Every run must end in exit 0 (the mutation left a valid file) or exit
 * 2 with a message and no stack trace — never another code.
 *
 * <p>Each try goes through {@link Pipeline}, the path every command's {@code --data} takes, and maps
 * failures exactly as {@link BedomningCommand#execute} does. It does not start a command per try: that
 * would compile the rules thousands of times. The bad-input corpus covers the command itself.
 */
class GeneratedBadInputTest {

    private static final Path GOOD = Path.of("src/test/resources/good");
    private static Path dir;
    private static RuleSet rules;
    private static String csvSeed;
    private static String factSeed;
    private static String koladaSeed;

    @BeforeContainer
    static void setUp() throws IOException {
        dir = Files.createTempDirectory("bedomning-generated");
        Path folder = RulesCopy.into(dir);
        Files.copy(GOOD.resolve("kolada-mapping.json"), folder.resolve("kolada-mapping.json"),
                StandardCopyOption.REPLACE_EXISTING);
        rules = RuleLoader.load(folder);
        csvSeed = firstLines(Files.readString(GOOD.resolve("stockholm-2024-subset.csv")), 16);
        factSeed = Files.readString(GOOD.resolve("kolada-2024-as-facts.json"));
        koladaSeed = Files.readString(GOOD.resolve("kolada-2024.json"));
    }

    @AfterContainer
    static void tearDown() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String firstLines(String text, int n) {
        return String.join("\r\n", text.split("\r\n", -1).length > n
                ? List.of(text.split("\r\n", -1)).subList(0, n) : List.of(text.split("\r\n", -1))) + "\r\n";
    }

    /** One change to a seed file; {@code at} is where, as a fraction of the length, so it shrinks towards the start. */
    record Mutation(Kind kind, double at, int length, String payload) {
    }

    enum Kind { DELETE, DUPLICATE, INSERT, REPLACE, TRUNCATE, HUGE_NUMBER, WRONG_TYPE, DEEP_NEST }

    private static final List<String> HUGE = List.of("1e999999999", "-1e-999999999", "99999999999999999999999",
            "1E+400", "0.0000000000000000000001", "NaN", "Infinity", "-0", "1,5e3", "1" + "0".repeat(2000));
    private static final List<String> WRONG = List.of("\"text\"", "[]", "{}", "null", "true", "-1", "\"31,5\"",
            "..", "\"\"", "[1,2]", "{\"year\": 2024}");
    private static final Pattern NUMBER = Pattern.compile("\\d+([.,]\\d+)?");

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<String> payload = Arbitraries.oneOf(
                Arbitraries.strings().withChars("{}[]\",;:.-+eE0123456789 \t\r\n#\\åäö\u00a0\ufeff").ofMaxLength(8),
                Arbitraries.strings().ofMaxLength(6),
                Arbitraries.of(HUGE), Arbitraries.of(WRONG));
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.of(Kind.class),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(1, 40), payload)
                .as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    static String apply(String text, List<Mutation> mutations) {
        String t = text;
        for (Mutation m : mutations) {
            int pos = Math.min(t.length(), (int) (m.at() * t.length()));
            int end = Math.min(t.length(), pos + m.length());
            t = switch (m.kind()) {
                case DELETE -> t.substring(0, pos) + t.substring(end);
                case DUPLICATE -> t.substring(0, end) + t.substring(pos);
                case INSERT -> t.substring(0, pos) + m.payload() + t.substring(pos);
                case REPLACE -> t.substring(0, pos) + m.payload() + t.substring(end);
                case TRUNCATE -> t.substring(0, pos);
                case HUGE_NUMBER -> replaceNext(t, NUMBER, pos, HUGE.get(m.length() % HUGE.size()));
                case WRONG_TYPE -> replaceNext(t, Pattern.compile("(?<=[:;,]) ?[^,;}\\]\\r\\n]*"), pos,
                        WRONG.get(m.length() % WRONG.size()));
                case DEEP_NEST -> t.substring(0, pos) + "[".repeat(m.length() * 2) + "]".repeat(m.length() * 2)
                        + t.substring(pos);
            };
        }
        return t;
    }

    private static String replaceNext(String t, Pattern p, int from, String with) {
        Matcher m = p.matcher(t);
        return m.find(from) || m.find(0) ? t.substring(0, m.start()) + with + t.substring(m.end()) : t;
    }

    @Property(tries = 8000)
    void mutatedCsvEndsInADraftOrAMessage(@ForAll("mutations") List<Mutation> m) throws IOException {
        check("mutated.csv", apply(csvSeed, m).getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 8000)
    void mutatedFactJsonEndsInADraftOrAMessage(@ForAll("mutations") List<Mutation> m) throws IOException {
        check("mutated.json", apply(factSeed, m).getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 5000)
    void mutatedKoladaJsonEndsInADraftOrAMessage(@ForAll("mutations") List<Mutation> m) throws IOException {
        check("mutated-kolada.json", apply(koladaSeed, m).getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
    }

    @Property(tries = 3000)
    void randomBytesAsCsvOrJsonEndInAMessage(@ForAll("bytes") byte[] b) throws IOException {
        check("random.csv", b);
        check("random.json", b);
    }

    @Property(tries = 3000)
    void validStartFollowedByRandomBytesEndsInADraftOrAMessage(@ForAll("bytes") byte[] b,
            @ForAll boolean csv) throws IOException {
        byte[] head = (csv ? csvSeed : factSeed).substring(0, 200).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + b.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(b, 0, all, head.length, b.length);
        check(csv ? "prefix.csv" : "prefix.json", all);
    }

    /** Drafts {@code content} as the CLI would and fails unless the outcome is a draft or a located message. */
    private static void check(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        int code;
        String err;
        try {
            Pipeline.Result r = Pipeline.run(rules, file, "rules");
            String md = Pipeline.render(rules, r, Pipeline.Format.md);
            code = md.isEmpty() ? -1 : 0;
            err = "";
        } catch (BedomningException e) {
            code = e.exitCode().code();
            err = e.report();
        } catch (RuntimeException | Error e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            throw new AssertionError("exit 70 (internal error) for " + describe(content) + ":\n" + trace, e);
        }
        // Shown with jqwik.reporting.onlyfailures = false: how many tries still drafted, how many ended in exit 2.
        Statistics.collect(name, code);
        if (code == 0) {
            return;
        }
        if (code != 2) {
            throw new AssertionError("exit " + code + " for " + describe(content) + ":\n" + err);
        }
        String message = err.lines().skip(1).findFirst().orElse("");
        if (!message.contains(file.toString()) || err.contains("Exception") || err.contains("\tat ")) {
            throw new AssertionError("exit 2 without a located message, or with a stack trace, for "
                    + describe(content) + ":\n" + err);
        }
    }

    private static String describe(byte[] content) {
        String s = new String(content, StandardCharsets.UTF_8);
        return "input (" + content.length + " bytes):\n" + (s.length() > 3000 ? s.substring(0, 3000) + "…" : s);
    }
}
