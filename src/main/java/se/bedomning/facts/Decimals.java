package se.bedomning.facts;

import java.math.BigDecimal;

/**
 * The exact values of a series that a draft words ("6,9 procent", "2 455 914"), as the source states
 * them; the rules compare their {@code double} views on {@link Series}. Null where a series has no
 * such value (no points, no median, no base stated).
 *
 * @param last the last value of the comparable segment
 * @param min the lowest value of the segment (the first of equal ones)
 * @param max the highest value of the segment (the first of equal ones)
 * @param median the national median in the latest year of the segment that has one
 * @param valueAtMedianYear the series' own value in that year
 * @param medianDiff that value minus the median, in the judged scale
 * @param shortfall for shares, procentenheter of the population that lacks something in the last year
 *     (see {@link Series#getShortfall()}); 0 otherwise
 * @param minBase the smallest base stated for any year, or the low end of a stated range
 * @param maxBase the largest base stated for any year, or the high end of a stated range
 */
public record Decimals(Unit unit, BigDecimal last, BigDecimal min, BigDecimal max, BigDecimal median,
        BigDecimal valueAtMedianYear, BigDecimal medianDiff, BigDecimal shortfall, BigDecimal minBase,
        BigDecimal maxBase) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static Decimals of(SeriesData data, Segment s) {
        Unit unit = data.indicator().unit();
        Point medianPoint = s.lastWithMedian();
        BigDecimal last = s.isEmpty() ? null : s.last().value();
        return new Decimals(unit, last, value(s.at(s.extreme(-1))), value(s.at(s.extreme(1))),
                medianPoint == null ? null : medianPoint.median(), value(medianPoint),
                medianPoint == null ? null : unit.change(medianPoint.median(), medianPoint.value()),
                shortfall(unit, data.indicator().polarity(), last), base(data, -1), base(data, 1));
    }

    /** The difference to another series in its last year, in the judged scale (this minus other). */
    public BigDecimal gapTo(Decimals other) {
        return last == null || other.last == null || other.unit != unit ? null : unit.change(other.last, last);
    }

    private static BigDecimal value(Point p) {
        return p == null ? null : p.value();
    }

    /**
     * A share that should rise lacks 100 minus itself ("en fjärdedel saknar"); a share that should fall
     * ("andel kommuner som saknar …") lacks itself.
     */
    private static BigDecimal shortfall(Unit unit, Polarity polarity, BigDecimal last) {
        if (unit != Unit.PERCENT || last == null) {
            return BigDecimal.ZERO;
        }
        return switch (polarity) {
            case RISE_GOOD -> HUNDRED.subtract(last);
            case RISE_BAD -> last;
            case NEUTRAL -> BigDecimal.ZERO;
        };
    }

    /** The smallest (sign -1) or largest (sign 1) base of any year, before or after a break, or of the stated range. */
    private static BigDecimal base(SeriesData data, int sign) {
        BaseRange range = data.baseRange();
        BigDecimal best = range == null ? null : sign < 0 ? range.min() : range.max();
        for (Point p : data.points()) {
            if (p.base() != null && (best == null || p.base().compareTo(best) * sign > 0)) {
                best = p.base();
            }
        }
        return best;
    }
}
