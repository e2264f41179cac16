package se.bedomning.render.sv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import se.bedomning.facts.Unit;

/** Numbers the way the reports print them: "37 procent", "6,9", "2 455 914", "6 procentenheter". */
public final class SwedishFormat {

    /** Four digits and more are grouped, as the reports do ("6 600 personer", "1 000 fall"). */
    private static final int GROUP_FROM_DIGITS = 4;
    private static final int MEAN_DECIMALS = 1;
    private static final int RELATIVE_DECIMALS = 0;

    private SwedishFormat() {
    }

    /** One to twelve in words: "Tre av dessa sex kommuner", as the reports and Myndigheternas skrivregler write them. */
    private static final List<String> SMALL = List.of("en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio",
            "tio", "elva", "tolv");

    /**
     * A count of things of common gender in running text ("av de sju åtgärder", "har en genomförts", "högst av de
     * tio brottstyperna"): one to twelve in words, other counts in digits. Not for measured values, which keep
     * their digits ("från 21 till 5").
     */
    public static String count(long n) {
        return count(n, false);
    }

    /** As {@link #count(long)}, "ett" for one of a neuter noun ("ett ärende"). */
    public static String count(long n, boolean neuter) {
        if (n == 1 && neuter) {
            return "ett";
        }
        return n >= 1 && n <= SMALL.size() ? SMALL.get((int) n - 1) : Long.toString(n);
    }

    /**
     * "tre av sex kommuner", "ett av fem ärenden": a part of a whole, both in words when the whole is at most
     * twelve, else both in digits ("5 av 26 kommuner"), since the rules of style write a pair of numbers alike.
     */
    public static String countOf(long part, long whole, boolean neuter) {
        return whole <= SMALL.size() && part >= 1 ? count(part, neuter) + " av " + count(whole, neuter)
                : part + " av " + whole;
    }

    /** A plain number: decimal comma, space between thousands, no trailing zeros. */
    public static String number(BigDecimal v) {
        BigDecimal n = v.stripTrailingZeros();
        if (n.scale() < 0) {
            n = n.setScale(0);
        }
        return groupAndComma(n.toPlainString());
    }

    /** A number with a fixed count of decimals. */
    public static String number(BigDecimal v, int decimals) {
        return groupAndComma(v.setScale(decimals, RoundingMode.HALF_UP).toPlainString());
    }

    private static String groupAndComma(String plain) {
        // Most values have fewer than four digits before the point: then only the point becomes a comma, and
        // the string needs no taking apart (every number of every sentence passes here).
        int sign = plain.startsWith("-") ? 1 : 0;
        int dot = plain.indexOf('.');
        if ((dot < 0 ? plain.length() : dot) - sign < GROUP_FROM_DIGITS) {
            return dot < 0 ? plain : plain.replace('.', ',');
        }
        boolean negative = sign == 1;
        String s = negative ? plain.substring(1) : plain;
        dot = s.indexOf('.');
        String whole = dot < 0 ? s : s.substring(0, dot);
        String frac = dot < 0 ? "" : "," + s.substring(dot + 1);
        if (whole.length() >= GROUP_FROM_DIGITS) {
            StringBuilder sb = new StringBuilder();
            int first = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
            sb.append(whole, 0, first);
            for (int i = first; i < whole.length(); i += 3) {
                sb.append(' ').append(whole, i, i + 3);
            }
            whole = sb.toString();
        }
        return (negative ? "-" : "") + whole + frac;
    }

    /** A value in its unit: "37 procent", "6,9", "144", "1,71 per 100 000 invånare". */
    public static String value(Unit unit, BigDecimal v) {
        return switch (unit) {
            case PERCENT -> number(v) + " procent";
            case MEAN_0_10 -> number(v, Math.max(MEAN_DECIMALS, v.stripTrailingZeros().scale()));
            case COUNT -> number(v);
            case RATE_PER_100K -> number(v) + " per 100 000 invånare";
        };
    }

    /**
     * A point's value as the source gave it: "94–95 procent" for a range, "cirka 60 procent" for an
     * approximate value, else as {@link #value(Unit, BigDecimal)}.
     */
    public static String value(Unit unit, se.bedomning.facts.Point p) {
        String v = p.isRange() ? cell(unit, p.low()) + "–" + value(unit, p.high()) : value(unit, p.value());
        return p.approximate() ? "cirka " + v : v;
    }

    /**
     * A value as a table cell prints it: the number in its unit's form without the unit word (the row or
     * axis names the unit): "6,9" for a 0–10 mean (always a decimal), "2 455 914", "1,71", "37".
     */
    public static String cell(Unit unit, BigDecimal v) {
        return unit == Unit.MEAN_0_10 ? value(unit, v) : number(v);
    }

    /**
     * A point as a table cell prints it, as the source gave it: "94–95" for a range, "cirka 60" when approximate;
     * also the first of two values that share one unit word in prose ("från 56 till 70 procent").
     */
    public static String cell(Unit unit, se.bedomning.facts.Point p) {
        String v = p.isRange() ? cell(unit, p.low()) + "–" + cell(unit, p.high()) : cell(unit, p.value());
        return p.approximate() ? "cirka " + v : v;
    }

    /** Prepositions Swedish repeats before each item of a "respektive" list. */
    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("i", "på", "för", "med", "vid",
            "inom", "av", "till", "hos", "från", "mot", "om", "under", "efter");

    /** Whether {@code word} is a preposition to repeat before each item of a list ("i egen regi respektive i samverkan"). */
    public static boolean isPreposition(String word) {
        return PREPOSITIONS.contains(word);
    }

    /**
     * The size of a change in the unit's judged scale, without sign (the verb carries the direction):
     * shares in procentenheter, means in enheter, counts and rates in procent.
     */
    public static String change(Unit unit, BigDecimal change) {
        BigDecimal a = change.abs();
        return switch (unit) {
            case PERCENT -> number(a) + (a.compareTo(BigDecimal.ONE) == 0 ? " procentenhet" : " procentenheter");
            case MEAN_0_10 -> number(a, MEAN_DECIMALS) + (a.compareTo(BigDecimal.ONE) == 0 ? " enhet" : " enheter");
            case COUNT, RATE_PER_100K -> number(a, RELATIVE_DECIMALS) + " procent";
        };
    }

    /** A fraction's word and the share in percent it stands for. */
    private record FractionWord(double at, String word) {
    }

    private static final List<FractionWord> FRACTION_WORDS = List.of(new FractionWord(10, "en tiondel"),
            new FractionWord(20, "en femtedel"), new FractionWord(25, "en fjärdedel"),
            new FractionWord(100.0 / 3, "en tredjedel"), new FractionWord(50, "hälften"),
            new FractionWord(200.0 / 3, "två tredjedelar"), new FractionWord(75, "tre fjärdedelar"));

    /** A share said as a fraction when it is close to one ("hälften"), else "23 procent". */
    public static String fraction(BigDecimal share, BigDecimal tolerance) {
        double s = share.doubleValue();
        FractionWord best = null;
        for (FractionWord w : FRACTION_WORDS) {
            if (Math.abs(s - w.at()) <= tolerance.doubleValue()
                    && (best == null || Math.abs(s - w.at()) < Math.abs(s - best.at()))) {
                best = w;
            }
        }
        return best == null ? number(share) + " procent" : best.word();
    }

    /** "a", "a och b", "a, b och c". */
    public static String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " och " + items.get(items.size() - 1);
    }

    /** The text without its final full stop, to end it inside a longer sentence or before a bracket. */
    public static String withoutFinalPeriod(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    public static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        int upper = Character.toUpperCase(first);
        if (upper == first) {
            return s;
        }
        // One builder rather than a string for the capital, one for the rest and one for the two together.
        return new StringBuilder(s.length() + 1).appendCodePoint(upper).append(s, Character.charCount(first), s.length())
                .toString();
    }
}
