package se.bedomning.io;

import java.math.BigDecimal;
import se.bedomning.facts.Unit;

/**
 * The checks every reader (JSON, CSV, Kolada) applies to one value, worded the same whatever the
 * format, so an analyst learns one set of messages. Each returns the message, or null when the value is fine.
 */
final class PointChecks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** No indicator value has more digits than this; more is a typing or export mistake, and huge exponents would stall the arithmetic. */
    static final int MAX_DIGITS = 15;

    private PointChecks() {
    }

    /** The value as the user wrote it, without expanding an exponent into millions of zeros. */
    static String show(BigDecimal v) {
        return Math.abs(v.scale()) > 30 || v.precision() > 30 ? v.toString() : v.toPlainString();
    }

    static String size(BigDecimal v) {
        if (v.precision() - v.scale() > MAX_DIGITS) {
            return "is " + show(v) + "; expected a number with at most " + MAX_DIGITS + " digits before the decimal point";
        }
        if (v.scale() > MAX_DIGITS) {
            return "is " + show(v) + "; expected a number with at most " + MAX_DIGITS + " decimals";
        }
        return null;
    }

    static String range(BigDecimal v, Unit unit) {
        if (v == null) {
            return null;
        }
        return switch (unit) {
            case PERCENT -> v.signum() < 0 || v.compareTo(HUNDRED) > 0
                    ? "is " + show(v) + "; a share is given in percent from 0 to 100" : null;
            case MEAN_0_10 -> v.signum() < 0 || v.compareTo(BigDecimal.TEN) > 0
                    ? "is " + show(v) + "; a mean on the 0–10 scale must be from 0 to 10" : null;
            case COUNT, RATE_PER_100K -> v.signum() < 0
                    ? "is " + show(v) + "; a " + unit.code() + " cannot be negative" : null;
        };
    }

    static String negative(BigDecimal v) {
        return v != null && v.signum() < 0 ? "is " + show(v) + "; expected 0 or more" : null;
    }

    /** A share of nothing is undefined: a base of 0 beside a value is a typing or export mistake. */
    static String zeroBase(BigDecimal base, BigDecimal value) {
        return base != null && value != null && base.signum() == 0
                ? "is 0 but the value is " + show(value) + "; nothing can be a share of 0 — give the base the value was"
                        + " computed from, or leave base out when the source does not give it"
                : null;
    }

    /**
     * A region or report name goes into the draft's heading: a line break would start a Markdown heading
     * of its own and an empty name leaves a gap in the title. Returns the message, or null when fine.
     */
    static String headingText(String v, String example) {
        if (v == null) {
            return null;
        }
        if (v.isBlank()) {
            return "is empty; give the name the draft's title should carry, e.g. \"" + example + "\"";
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isISOControl(c)) {
                String shown = c == '\n' ? "a line break" : c == '\r' ? "a carriage return" : c == '\t' ? "a tab"
                        : String.format("the control character U+%04X", (int) c);
                return "holds " + shown + " after \"" + v.substring(0, i) + "\"; the name goes into the draft's"
                        + " title on one line — remove it";
            }
        }
        return null;
    }

    static String countAboveBase(BigDecimal count, BigDecimal base) {
        return base != null && count != null && count.compareTo(base) > 0
                ? "is " + show(count) + ", more than the base " + show(base) + "; the numerator cannot exceed the base"
                : null;
    }

    /**
     * A share printed in whole procent is at most half a procentenhet from count / base; further off, the
     * share was computed on another denominator than the base given (a data error, not a rounding).
     */
    private static final BigDecimal ROUNDING = new BigDecimal("0.5");

    static String shareOfBase(BigDecimal value, BigDecimal count, BigDecimal base, Unit unit) {
        if (unit != Unit.PERCENT || value == null || count == null || base == null || base.signum() <= 0
                || count.signum() < 0
                || count.compareTo(base) > 0) {
            return null;
        }
        BigDecimal share = count.multiply(HUNDRED).divide(base, 4, java.math.RoundingMode.HALF_UP);
        if (share.subtract(value).abs().compareTo(ROUNDING) <= 0) {
            return null;
        }
        return "is " + show(value) + " procent, but count " + show(count) + " of base " + show(base) + " is "
                + share.setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                + " procent; a share computed on another denominator is a data error — give the base it is a share of";
    }
}
