package se.bedomning.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import se.bedomning.render.sv.SwedishFormat;

/**
 * The hand-written tidying of a sentence (DraftBuilder.finish, words) says exactly what the plain string
 * operations it replaced said: the drafts must not change by a byte when it is made cheaper.
 */
class SentenceTidyingTest {

    /** The tidying as it was written before it was done in one char array: replace, a pass, strip, capitalize. */
    private static String reference(String text) {
        String t = text.replace("()", "");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c)) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
                continue;
            }
            if ((c == ',' || c == '.' || c == ':' || c == ';') && sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
                sb.setLength(sb.length() - 1);
            }
            if (c == '.' && sb.length() > 0 && sb.charAt(sb.length() - 1) == '.') {
                continue;
            }
            sb.append(c);
        }
        return SwedishFormat.capitalize(sb.toString().strip());
    }

    @Test
    void theWhitespaceTestAgreesWithTheJdkOnEveryCharacter() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            assertEquals(Character.isWhitespace((char) c), DraftBuilder.isWhitespace((char) c), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void emptyPlaceholdersLeaveNoTrace() {
        assertEquals("Andelen ökade från 56 till 70 procent.", DraftBuilder.finish("andelen ökade  () från 56 till 70 procent ."));
        assertEquals("Ökade (6 procentenheter).", DraftBuilder.finish(" ökade (6 procentenheter)..."));
        assertEquals("()", DraftBuilder.finish("(())"));
        assertEquals("", DraftBuilder.finish(" \t() "));
    }

    @Property(tries = 3000)
    void finishTidiesAsTheStringOperationsItReplaced(@ForAll("sentences") String text) {
        assertEquals(reference(text), DraftBuilder.finish(text));
    }

    @Property(tries = 1000)
    void wordsAreCountedAsSplittingOnWhitespaceCountsThem(@ForAll("sentences") String text) {
        String tidied = DraftBuilder.finish(text);
        int expected = tidied.isBlank() ? 0 : tidied.trim().split("\\s+").length;
        assertEquals(expected, DraftBuilder.words(tidied));
    }

    @Provide
    Arbitrary<String> sentences() {
        // The characters tidying treats specially, Swedish letters, a dash outside Latin-1, odd whitespace
        // (tab, line break, em space, no-break space, which is not whitespace) and a character outside the BMP.
        return Arbitraries.of("(", ")", "()", " ", "  ", ".", ",", ":", ";", "a", "å", "Ö", "é", "ß", "–", "6,9", "\t",
                "\n", "\u2003", "\u00A0", "\u001C", "\uD835\uDC9C", "ǆ").list().ofMaxSize(25)
                .map(parts -> String.join("", parts));
    }
}
