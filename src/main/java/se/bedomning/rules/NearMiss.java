package se.bedomning.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import se.bedomning.facts.Series;
import se.bedomning.facts.Threshold;
import se.bedomning.io.Thresholds;

/**
 * How close a series' numbers come to each threshold they are compared with ({@code explain --indicator}):
 * reached, a near miss, or far from it, so a reviewer sees why a conclusion is absent.
 */
public final class NearMiss {

    /**
     * How close to a threshold, on its wrong side, is a near miss: a distance in the threshold's own scale
     * (procentenheter, points of a 0–10 mean, procent of a count or rate, whole points or cases), given per
     * unit in thresholds.json. Half of the threshold called 31 against 60 near.
     */
    public static final String NEAR_MISS = "explain.nearMiss";
    public static final String NEAR_MISS_WITHOUT_UNIT = "explain.nearMissWithoutUnit";

    private NearMiss() {
    }

    /**
     * The threshold a rule would pick for this series: same unit (or none), and the entry for the
     * series' base kind where one exists, else the one without a base kind.
     */
    public static boolean appliesTo(Threshold t, Series s, List<Threshold> all) {
        if (t.getCompares().isEmpty() || (t.getUnit() != null && t.getUnit() != s.getUnit())) {
            return false;
        }
        if (t.getBaseKind() != null) {
            return t.getBaseKind() == s.getBaseKind();
        }
        return all.stream().noneMatch(o -> o.getName().equals(t.getName()) && o.getUnit() == t.getUnit()
                && o.getBaseKind() != null && o.getBaseKind() == s.getBaseKind());
    }

    /** One line per threshold × field: reached, near miss or far from it. */
    public static String compare(Series s, Threshold t, String field, double near) {
        double v = read(s, field);
        double limit = t.getValue();
        String verdict;
        if (Double.isInfinite(v)) {
            verdict = "not stated";
        } else if (t.isReachedBelow()) {
            verdict = v < limit ? "reached" : v - limit <= near ? "NEAR MISS" : "not reached";
        } else {
            double size = Math.abs(v);
            verdict = size >= limit ? "reached" : limit - size <= near ? "NEAR MISS" : "not reached";
        }
        return String.format(Locale.ROOT, "  %-11s %-32s %-16s %12s  vs %s%n", verdict,
                t.key(), field, Double.isInfinite(v) ? "—" : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString(),
                t.getDecimal().toPlainString() + (t.isReachedBelow() ? " (must be below)" : ""));
    }

    /** The near-miss distance for a threshold: the entry for its unit, or the one for thresholds without a unit. */
    public static double nearMiss(Thresholds all, Threshold t) {
        if (t.getUnit() == null) {
            return all.require(NEAR_MISS_WITHOUT_UNIT).getValue();
        }
        return all.all().stream().filter(n -> n.getName().equals(NEAR_MISS) && n.getUnit() == t.getUnit()).findFirst()
                .orElseGet(() -> all.require(NEAR_MISS + "[" + t.getUnit().code() + "]")).getValue();
    }

    private static double read(Series s, String field) {
        return FactProperties.read(s, field) instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
