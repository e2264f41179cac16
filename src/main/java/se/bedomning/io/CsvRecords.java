package se.bedomning.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.bedomning.problem.Problem;

/**
 * Splits CSV text into records of located fields, one record at a time so a large file never sits in
 * memory twice: RFC 4180 quoting ({@code ""} inside quotes), CRLF, LF or CR line ends, a quoted field
 * may span lines. Problems are reported, not thrown, so the reader can go on and report the rest.
 */
final class CsvRecords {

    /** Longer records are not indicator data; usually a quote that was opened and never closed. */
    static final int MAX_RECORD_CHARS = 65_536;
    /** The format has nine columns; a few spare ones are allowed for a clear "unknown column" message. */
    static final int MAX_FIELDS = 64;

    /** One cell: its text (quotes removed, {@code ""} undone) and where it starts, 1-based. */
    record Field(String text, int line, int column, boolean quoted) {

        boolean isBlank() {
            return text.isBlank();
        }
    }

    /** One row; {@code broken} rows were already reported and must not be read as data. */
    record Record(int line, List<Field> fields, boolean broken) {

        boolean isBlank() {
            return fields.stream().allMatch(Field::isBlank);
        }
    }

    private final String text;
    private final char separator;
    private final String file;
    private final List<Problem> problems;
    private int pos;
    private int line = 1;
    private int lineStart;

    CsvRecords(String text, char separator, String file, List<Problem> problems) {
        this.text = text;
        this.separator = separator;
        this.file = file;
        this.problems = problems;
    }

    /** The separator the first line that is neither blank nor a comment uses: {@code ;}, else {@code ,}, else tab. */
    static char detectSeparator(String text) {
        for (String l : text.split("\r\n|\r|\n", 200)) {
            String t = l.strip();
            if (t.isEmpty() || t.startsWith("#") || t.startsWith("\"#") || t.chars().allMatch(c -> c == ';' || c == ',')) {
                continue;
            }
            String outsideQuotes = t.replaceAll("\"[^\"]*\"", "");
            for (char c : new char[] {';', ',', '\t'}) {
                if (outsideQuotes.indexOf(c) >= 0) {
                    return c;
                }
            }
            return ';';
        }
        return ';';
    }

    static String describe(char separator) {
        return separator == '\t' ? "tab" : String.valueOf(separator);
    }

    /** The next record, or null at the end of the text. */
    Record next() {
        if (pos >= text.length()) {
            return null;
        }
        int recordLine = line;
        int recordStart = pos;
        List<Field> fields = new ArrayList<>();
        while (true) {
            int fieldLine = line;
            int fieldColumn = pos - lineStart + 1;
            StringBuilder sb = new StringBuilder();
            boolean quoted = pos < text.length() && text.charAt(pos) == '"';
            if (quoted) {
                pos++;
                if (!readQuoted(sb, fieldLine, fieldColumn, recordStart)) {
                    return new Record(recordLine, fields, true);
                }
            } else {
                readUnquoted(sb);
            }
            fields.add(new Field(quoted ? sb.toString() : sb.toString().strip(), fieldLine, fieldColumn, quoted));
            if (pos - recordStart > MAX_RECORD_CHARS) {
                problems.add(Problem.at(file, recordLine, 1, "", "the line is longer than " + MAX_RECORD_CHARS
                        + " characters; no indicator row is that long — check that the file is the CSV you meant"));
                skipLine();
                return new Record(recordLine, fields, true);
            }
            if (fields.size() > MAX_FIELDS) {
                problems.add(Problem.at(file, recordLine, fieldColumn, "", "the line has more than " + MAX_FIELDS
                        + " fields separated by " + describe(separator) + "; expected one field per column of the header"));
                skipLine();
                return new Record(recordLine, fields, true);
            }
            if (pos >= text.length()) {
                return new Record(recordLine, fields, false);
            }
            char c = text.charAt(pos);
            if (c == separator) {
                pos++;
                continue;
            }
            endOfLine();
            return new Record(recordLine, fields, false);
        }
    }

    /** Reads up to the closing quote; false when the quote is never closed (reported, reading stops). */
    private boolean readQuoted(StringBuilder sb, int openLine, int openColumn, int recordStart) {
        while (true) {
            if (pos >= text.length()) {
                problems.add(Problem.at(file, openLine, openColumn, "", "the quote opened here is never closed;"
                        + " close it, or write a quote inside a quoted field as \"\""));
                return false;
            }
            if (pos - recordStart > MAX_RECORD_CHARS) {
                problems.add(Problem.at(file, openLine, openColumn, "", "the quote opened here runs on for more than "
                        + MAX_RECORD_CHARS + " characters; it is probably never closed — close it, or write a quote"
                        + " inside a quoted field as \"\""));
                skipLine();
                return false;
            }
            char c = text.charAt(pos);
            if (c == '"') {
                if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                    sb.append('"');
                    pos += 2;
                    continue;
                }
                pos++;
                break;
            }
            if (c == '\r' || c == '\n') {
                endOfLine();
                sb.append('\n');
                continue;
            }
            sb.append(c);
            pos++;
        }
        int after = pos;
        while (pos < text.length() && !atFieldEnd()) {
            pos++;
        }
        if (!text.substring(after, pos).isBlank()) {
            problems.add(Problem.at(file, line, after - lineStart + 1, "", "unexpected text "
                    + shortQuote(text.substring(after, pos).strip()) + " after the closing quote; put the whole field in"
                    + " quotes and write a quote inside it as \"\""));
        }
        return true;
    }

    private void readUnquoted(StringBuilder sb) {
        boolean reported = false;
        while (pos < text.length() && !atFieldEnd()) {
            char c = text.charAt(pos);
            if (c == '"' && !reported) {
                problems.add(Problem.at(file, line, pos - lineStart + 1, "", "a quote inside a field that does not"
                        + " start with one; put the whole field in quotes and write the quote as \"\""));
                reported = true;
            }
            sb.append(c);
            pos++;
        }
    }

    private boolean atFieldEnd() {
        char c = text.charAt(pos);
        return c == separator || c == '\r' || c == '\n';
    }

    /** Consumes one line end (CRLF, LF or CR) at {@code pos}. */
    private void endOfLine() {
        if (text.charAt(pos) == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
            pos++;
        }
        pos++;
        line++;
        lineStart = pos;
    }

    private void skipLine() {
        while (pos < text.length() && text.charAt(pos) != '\r' && text.charAt(pos) != '\n') {
            pos++;
        }
        if (pos < text.length()) {
            endOfLine();
        }
    }

    static String shortQuote(String s) {
        // One line in the message: a line break or tab in the cell would split or hide the quoted value.
        String one = s.replaceAll("[\r\n\t]", " ");
        return "\"" + (one.length() > 40 ? one.substring(0, 37) + "..." : one) + "\"";
    }

    static String lower(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
