package se.bedomning.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A wording template split once into its literal text and its {@code {placeholder}}s (ASCII letters between
 * braces; anything else is literal text). A draft of a whole country fills each of a few hundred templates
 * thousands of times, and matching the placeholder pattern anew each time was a tenth of the drafting.
 */
record Template(String[] literals, String[] names) {

    /** Templates come from the wording file, so there are few; a watch session's edits only add some more. */
    private static final int MAX_CACHED = 10_000;
    private static final Map<String, Template> CACHE = new ConcurrentHashMap<>();

    /** literals.length == names.length + 1: literal, name, literal, …, literal. */
    static Template of(String text) {
        Template t = CACHE.get(text);
        if (t == null) {
            t = parse(text);
            if (CACHE.size() >= MAX_CACHED) {
                CACHE.clear();
            }
            CACHE.put(text, t);
        }
        return t;
    }

    private static Template parse(String text) {
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '{') {
                int j = i + 1;
                while (j < text.length() && isAsciiLetter(text.charAt(j))) {
                    j++;
                }
                if (j > i + 1 && j < text.length() && text.charAt(j) == '}') {
                    literals.add(text.substring(start, i));
                    names.add(text.substring(i + 1, j));
                    start = j + 1;
                    i = j + 1;
                    continue;
                }
            }
            i++;
        }
        literals.add(text.substring(start));
        return new Template(literals.toArray(new String[0]), names.toArray(new String[0]));
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
