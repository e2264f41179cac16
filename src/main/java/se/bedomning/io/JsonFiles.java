package se.bedomning.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.ExitCode;
import se.bedomning.problem.Problem;

/** Reads a UTF-8 JSON file into a located {@link Node} tree, failing with a located problem. */
public final class JsonFiles {

    /** Larger files are not indicator data; refusing them early avoids running out of memory. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;
    public static final int MAX_DEPTH = 32;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    private JsonFiles() {
    }

    /** Reads {@code path}; every failure is reported against {@code label} with the given exit code. */
    public static Node read(Path path, String label, ExitCode onError) {
        String text = readUtf8(path, label, onError);
        try (JsonParser p = FACTORY.createParser(text)) {
            p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonToken first = p.nextToken();
            if (first == null) {
                throw fail(onError, label, 1, 1, "the file is empty; expected a JSON object");
            }
            Node root;
            try {
                root = readValue(p);
            } catch (StreamConstraintsException e) {
                JsonLocation at = p.currentLocation();
                String why = e.getOriginalMessage().contains("nesting depth") ? "nests lists and objects deeper than "
                        + MAX_DEPTH + " levels; a fact file needs five at most — is this the file you meant?"
                        : "a value is too long: " + e.getOriginalMessage().replaceAll(", from `[^`]*`", "");
                throw fail(onError, label, at.getLineNr(), at.getColumnNr(), why);
            }
            if (p.nextToken() != null) {
                JsonLocation at = p.currentTokenLocation();
                throw fail(onError, label, at.getLineNr(), at.getColumnNr(),
                        "unexpected content after the end of the JSON document");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : Math.max(0, at.getLineNr());
            int col = at == null ? 0 : Math.max(0, at.getColumnNr());
            throw fail(onError, label, line, col, "malformed JSON: " + nonNumberHint(e.getOriginalMessage())
                    + decimalCommaHint(text, at == null ? -1 : at.getCharOffset()));
        } catch (IOException e) {
            throw fail(onError, label, 0, 0, "could not be read: " + e.getMessage());
        }
    }

    private static final java.util.regex.Pattern NON_NUMBER =
            java.util.regex.Pattern.compile("Non-standard token '([^']*)'.*", java.util.regex.Pattern.DOTALL);

    /**
     * Jackson answers NaN or Infinity with advice to enable a parser feature, which a user cannot do and
     * which would let a non-number reach the rules; say what to write instead.
     */
    static String nonNumberHint(String message) {
        var m = NON_NUMBER.matcher(message == null ? "" : message);
        if (!m.matches()) {
            return message;
        }
        return m.group(1) + " is not a number; write the value, or replace \"value\": " + m.group(1)
                + " with \"missing\": \"missing\" (or \"suppressed\", \"not_applicable\") when the source gives none";
    }

    /** Swedish spreadsheets write 31,5; in JSON that reads as two values, and Jackson's message does not say so. */
    static String decimalCommaHint(String text, long offset) {
        if (offset <= 0 || offset >= text.length()) {
            return "";
        }
        int at = (int) offset;
        int before = at - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        if (before < 1 || text.charAt(before) != ',' || !Character.isDigit(text.charAt(before - 1))
                || !Character.isDigit(text.charAt(at))) {
            return "";
        }
        int start = before - 1;
        while (start > 0 && Character.isDigit(text.charAt(start - 1))) {
            start--;
        }
        int end = at;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return " — a decimal comma? JSON numbers take a decimal point: " + text.substring(start, before) + "."
                + text.substring(at, end);
    }

    static String readUtf8(Path path, String label, ExitCode onError) {
        return readText(path, label, onError, false).text();
    }

    /** Text and whether it had to be read as Windows-1252. */
    record Decoded(String text, boolean windows1252) {
    }

    /**
     * Reads UTF-8, or with {@code windows1252} a file that is not valid UTF-8 as Windows-1252: Swedish Excel
     * saves "CSV (semikolonavgränsad)" so, and å, ä, ö are then single bytes that UTF-8 refuses. A file
     * that is neither (bytes Windows-1252 leaves undefined) is reported as not UTF-8.
     */
    static Decoded readText(Path path, String label, ExitCode onError, boolean windows1252) {
        byte[] bytes = readBytes(path, label, onError);
        if (windows1252) {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException notUtf8) {
                try {
                    String text = java.nio.charset.Charset.forName("windows-1252").newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes)).toString();
                    return new Decoded(text, true);
                } catch (CharacterCodingException neither) {
                    // reported below as not UTF-8, the encoding to save in
                }
            }
        }
        return new Decoded(decodeUtf8(bytes, label, onError, windows1252), false);
    }

    private static String decodeUtf8(byte[] bytes, String label, ExitCode onError, boolean triedWindows1252) {
        // The JDK's lenient decoding copies runs of ASCII in bulk and is several times cheaper than a strict
        // decoder; it turns every invalid byte into U+FFFD. So a text without U+FFFD was valid UTF-8 and is
        // exactly what the strict decoder returns; only one with U+FFFD (written so, or from a bad byte) is
        // decoded again strictly to tell the two apart.
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return lenient.startsWith("\uFEFF") ? lenient.substring(1) : lenient;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            int line = 1;
            int bad = firstInvalidUtf8(bytes);
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            int lineStart = bad;
            while (lineStart > 0 && bytes[lineStart - 1] != '\n') {
                lineStart--;
            }
            int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
            throw fail(onError, label, line, column, (triedWindows1252 ? "is neither UTF-8 nor Windows-1252" : "is not UTF-8") + " (invalid byte 0x"
                    + String.format("%02X", bytes[bad] & 0xff) + " at byte " + bad
                    + "); save the file as UTF-8");
        }
    }

    /**
     * The bytes of a regular file, at most {@link #MAX_BYTES}. A device, pipe or socket reports size 0, so
     * it is refused before it is opened (/dev/zero never ends, a FIFO blocks until someone writes), and
     * the cap counts the bytes actually read, in case the file grows while it is read.
     */
    static byte[] readBytes(Path path, String label, ExitCode onError) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
            if (attrs.isDirectory()) {
                throw fail(onError, label, 0, 0, "is a folder; expected a file");
            }
            if (!attrs.isRegularFile()) {
                String link = Files.isSymbolicLink(path) ? "it links to " + path.toRealPath() + ", " : "";
                throw fail(onError, label, 0, 0, "is not a regular file (" + link + "a device, named pipe or socket);"
                        + " save the data to a file and pass that file");
            }
            if (attrs.size() > MAX_BYTES) {
                throw tooLarge(onError, label, attrs.size() + " bytes");
            }
            try (InputStream in = Files.newInputStream(path)) {
                byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw tooLarge(onError, label, "over " + MAX_BYTES + " bytes (it grew while it was read)");
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw fail(onError, label, 0, 0, "does not exist; check the path");
        } catch (IOException e) {
            throw fail(onError, label, 0, 0, "could not be read: " + e.getMessage());
        }
    }

    private static BedomningException tooLarge(ExitCode onError, String label, String size) {
        return fail(onError, label, 0, 0, "is " + size + "; the limit is " + MAX_BYTES
                + " bytes — split the data into one file per region and year");
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int end = 1; end <= bytes.length; end++) {
            try {
                decoder.reset().decode(ByteBuffer.wrap(bytes, 0, end));
            } catch (CharacterCodingException e) {
                // A multi-byte character may be cut at `end`; only a failure that persists four bytes on is real.
                boolean persists = true;
                for (int more = end; more <= Math.min(bytes.length, end + 3); more++) {
                    try {
                        decoder.reset().decode(ByteBuffer.wrap(bytes, 0, more));
                        persists = false;
                        break;
                    } catch (CharacterCodingException again) {
                        // still broken
                    }
                }
                if (persists) {
                    return end - 1;
                }
            }
        }
        return 0;
    }

    private static Node readValue(JsonParser p) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int col = at.getColumnNr();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Node> fields = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    fields.put(name, readValue(p));
                }
                return new Node(fields, line, col);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(p));
                }
                return new Node(items, line, col);
            }
            case VALUE_STRING -> {
                return new Node(p.getText(), line, col);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                try {
                    return new Node(p.getDecimalValue(), line, col);
                } catch (NumberFormatException e) {
                    // Jackson refuses exponents beyond an int (1e9999999999) with an unchecked exception.
                    String text = p.getText();
                    throw new JsonParseFailure(p, "the number " + (text.length() > 40 ? text.substring(0, 37) + "..."
                            : text) + " is out of range; expected a number with at most " + PointChecks.MAX_DIGITS
                            + " digits");
                }
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Node(p.getBooleanValue(), line, col);
            }
            case VALUE_NULL -> {
                return new Node(null, line, col);
            }
            default -> throw new JsonParseFailure(p, "unexpected token " + t);
        }
    }

    private static BedomningException fail(ExitCode code, String label, int line, int col, String message) {
        return new BedomningException(code, label + " cannot be used.", List.of(Problem.at(label, line, col, "", message)));
    }

    private static final class JsonParseFailure extends JsonProcessingException {
        JsonParseFailure(JsonParser p, String message) {
            super(message, p.currentTokenLocation());
        }
    }
}
