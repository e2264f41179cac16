package se.bedomning.io;

import java.util.Collection;
import java.util.Comparator;

/** "Did you mean …" hints for misspelt ids and names. */
public final class Suggest {

    /** Names further away than this many edits are not offered: they would mislead more than help. */
    private static final int MAX_DISTANCE = 3;

    private Suggest() {
    }

    /** {@code "; did you mean \"x\"?"} or the empty string. */
    public static String closest(String wrong, Collection<String> known) {
        return known.stream()
                .min(Comparator.comparingInt((String k) -> distance(wrong, k)).thenComparing(k -> k))
                .filter(k -> distance(wrong, k) <= MAX_DISTANCE)
                .map(k -> "; did you mean \"" + k + "\"?")
                .orElse("");
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
