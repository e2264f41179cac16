package se.bedomning.render.docx;

/**
 * Text put into the document's XML parts: the five characters XML gives a meaning escaped, and the characters
 * XML 1.0 does not allow at all (control characters other than tab, line feed and carriage return, a lone
 * surrogate, U+FFFE and U+FFFF) dropped, since no escape makes them legal and a single one makes Word refuse
 * the whole file. In an attribute, tab, line feed and carriage return are written as character references (a
 * parser turns them into spaces otherwise); in text they stay as they are, so whitespace between elements
 * stays whitespace.
 */
final class Xml {

    private Xml() {
    }

    /** Appends {@code s} escaped for an attribute value in double quotes (or for text). */
    static StringBuilder append(StringBuilder sb, String s) {
        return append(sb, s, true);
    }

    /** Appends {@code s} escaped for an element's text. */
    static StringBuilder appendText(StringBuilder sb, String s) {
        return append(sb, s, false);
    }

    private static StringBuilder append(StringBuilder sb, String s, boolean attribute) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                case '\t' -> sb.append(attribute ? "&#9;" : "\t");
                case '\n' -> sb.append(attribute ? "&#10;" : "\n");
                case '\r' -> sb.append(attribute ? "&#13;" : "\r");
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        continue;
                    }
                    if (Character.isHighSurrogate(c)) {
                        if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                            sb.append(c).append(s.charAt(++i));
                        }
                        continue;
                    }
                    if (Character.isLowSurrogate(c)) {
                        continue;
                    }
                    sb.append(c);
                }
            }
        }
        return sb;
    }

    /** {@code s} escaped (see {@link #append}). */
    static String escape(String s) {
        return append(new StringBuilder(s.length() + 16), s).toString();
    }
}
