package se.bedomning.facts;

import java.math.BigDecimal;

/**
 * The changes the rules compare, in the indicator's judged scale (see {@link Series}), computed once
 * per series. A change that cannot be computed is 0, never NaN (see {@link Series} on why).
 *
 * @param last from the year before to the last year
 * @param total from the first to the last year of the segment
 * @param recent over the recent window (thresholds: series.recentWindowYears)
 * @param range spread of the segment
 * @param lastStepRange spread of the last two values
 * @param fromLow from the lowest value to the last one
 * @param fromPeak from the highest value to the last one (negative after a decline)
 * @param dipDepth from the highest value before the lowest one down to it, as a size; 0 when the lowest comes first
 * @param peakHeight from the lowest value before the highest one up to it; 0 when the highest comes first
 */
record Changes(double last, double total, double recent, double range, double lastStepRange,
        double fromLow, double fromPeak, double dipDepth, double peakHeight) {

    private static final Changes NONE = new Changes(0, 0, 0, 0, 0, 0, 0, 0, 0);

    static Changes of(Segment s, Unit unit, int recentFromYear) {
        if (s.isEmpty()) {
            return NONE;
        }
        Point last = s.last();
        Point previous = s.previous();
        Point low = s.at(s.extreme(-1));
        Point peak = s.at(s.extreme(1));
        Point highBeforeLow = s.at(s.extremeBefore(s.extreme(-1), 1));
        Point lowBeforePeak = s.at(s.extremeBefore(s.extreme(1), -1));
        return new Changes(
                d(between(unit, previous, last)),
                d(between(unit, s.size() < 2 ? null : s.first(), last)),
                d(between(unit, s.size() < 2 ? null : s.inYear(recentFromYear), last)),
                d(unit.spread(peak.value(), low.value())),
                previous == null ? 0 : d(unit.spread(last.value().max(previous.value()), last.value().min(previous.value()))),
                d(between(unit, low, last)),
                d(between(unit, peak, last)),
                highBeforeLow == null ? 0 : 0 - d(between(unit, highBeforeLow, low)),
                lowBeforePeak == null ? 0 : d(between(unit, lowBeforePeak, peak)));
    }

    private static BigDecimal between(Unit unit, Point from, Point to) {
        return from == null || to == null ? null : unit.change(from.value(), to.value());
    }

    /** Absent means "no change". */
    static double d(BigDecimal v) {
        return v == null ? 0 : v.doubleValue();
    }
}
