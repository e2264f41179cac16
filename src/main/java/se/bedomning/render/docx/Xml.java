package se.bedomning.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An XML part being written, as UTF-8 bytes: markup appended as it is, text escaped. Written straight into bytes
 * rather than a StringBuilder turned into a String and encoded: the document of a region is some 200 kB, and the
 * builder's copies and the encoding were a third of the writer's time.
 *
 * <p>Escaping: the five characters XML gives a meaning are escaped, and the characters XML 1.0 does not allow
 * at all (control characters other than tab, line feed and carriage return, a lone surrogate, U+FFFE and
 * U+FFFF) are dropped, since no escape makes them legal and a single one makes Word refuse the whole file. In
 * an attribute, tab, line feed and carriage return are written as character references (a parser turns them
 * into spaces otherwise); in text they stay as they are, so whitespace between elements stays whitespace.
 */
final class Xml {

    private byte[] buf;
    private int len;

    Xml(int capacity) {
        buf = new byte[Math.max(64, capacity)];
    }

    /** Markup (or any text that needs no escaping), as it is. */
    Xml append(String s) {
        int n = s.length();
        ensure(n * 3);
        byte[] b = buf;
        int at = len;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                b[at++] = (byte) c;
            } else {
                len = at;
                i = encode(s, i, c);
                at = len;
            }
        }
        len = at;
        return this;
    }

    Xml append(int i) {
        if (i >= 0 && i < 10) {
            ensure(1);
            buf[len++] = (byte) ('0' + i);
            return this;
        }
        return append(Integer.toString(i));
    }

    /** Another part's bytes, as they are. */
    Xml append(Xml other) {
        ensure(other.len);
        System.arraycopy(other.buf, 0, buf, len, other.len);
        len += other.len;
        return this;
    }

    /** Text for an element's content, escaped. */
    Xml text(String s) {
        return escaped(s, false);
    }

    /** Text for an attribute value in double quotes, escaped. */
    Xml attr(String s) {
        return escaped(s, true);
    }

    private Xml escaped(String s, boolean attribute) {
        int n = s.length();
        ensure(n * 6);
        byte[] b = buf;
        int at = len;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                if (c == 0xFFFE || c == 0xFFFF || Character.isLowSurrogate(c)) {
                    continue;
                }
                if (Character.isHighSurrogate(c) && (i + 1 == n || !Character.isLowSurrogate(s.charAt(i + 1)))) {
                    continue;
                }
                len = at;
                i = encode(s, i, c);
                at = len;
                continue;
            }
            switch (c) {
                case '&' -> at = put(b, at, "&amp;");
                case '<' -> at = put(b, at, "&lt;");
                case '>' -> at = put(b, at, "&gt;");
                case '"' -> at = put(b, at, "&quot;");
                case '\'' -> at = put(b, at, "&apos;");
                case '\t' -> at = attribute ? put(b, at, "&#9;") : put(b, at, c);
                case '\n' -> at = attribute ? put(b, at, "&#10;") : put(b, at, c);
                case '\r' -> at = attribute ? put(b, at, "&#13;") : put(b, at, c);
                default -> {
                    if (c >= 0x20) {
                        b[at++] = (byte) c;
                    }
                }
            }
        }
        len = at;
        return this;
    }

    private static int put(byte[] b, int at, String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            b[at++] = (byte) ascii.charAt(i);
        }
        return at;
    }

    private static int put(byte[] b, int at, char c) {
        b[at++] = (byte) c;
        return at;
    }

    /** Writes the non-ASCII character at {@code i} as UTF-8; returns the index of its last char (a pair's second). */
    private int encode(String s, int i, char c) {
        byte[] b = buf;
        if (c < 0x800) {
            b[len++] = (byte) (0xC0 | (c >> 6));
            b[len++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            int cp = Character.toCodePoint(c, s.charAt(i + 1));
            b[len++] = (byte) (0xF0 | (cp >> 18));
            b[len++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
            b[len++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            b[len++] = (byte) (0x80 | (cp & 0x3F));
            return i + 1;
        } else if (Character.isSurrogate(c)) {
            // A lone surrogate cannot be written in UTF-8 (markup never has one; text drops it before here).
            return i;
        } else {
            b[len++] = (byte) (0xE0 | (c >> 12));
            b[len++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            b[len++] = (byte) (0x80 | (c & 0x3F));
        }
        return i;
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }

    int length() {
        return len;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, len);
    }

    byte[] toBytes() {
        return Arrays.copyOf(buf, len);
    }

    @Override
    public String toString() {
        return new String(buf, 0, len, StandardCharsets.UTF_8);
    }

    /** {@code s} escaped for an attribute value (or text). */
    static String escape(String s) {
        return new Xml(s.length() + 16).attr(s).toString();
    }
}
