package se.bedomning.facts;

import java.math.BigDecimal;

/**
 * A level that held and then moved one way every year to the last: "låg på 25 procent 2019–2021 och har sedan
 * ökat varje år, till 37 procent 2024". The reports say such a series in these words; "har ökat, om än inte
 * jämnt" suggests ups and downs it never had. For each direction: the year the run to the last value began,
 * how many values came before it (the run's first value included), their spread, and the change over the run,
 * all in the unit's judged scale like {@link Changes}. Whether the spread is small enough to call it a level
 * and the change large enough is for the rules to judge against thresholds.
 */
record Plateau(int risesFrom, int pointsBeforeRises, double spreadBeforeRises, double riseSinceRises,
        int fallsFrom, int pointsBeforeFalls, double spreadBeforeFalls, double fallSinceFalls) {

    private static final Plateau NONE = new Plateau(0, 0, 0, 0, 0, 0, 0, 0);

    static Plateau of(Segment s, Unit unit, Steps steps) {
        if (s.size() < 2) {
            return NONE;
        }
        int riseStart = s.size() - 1 - steps.consecutiveRises();
        int fallStart = s.size() - 1 - steps.consecutiveFalls();
        return new Plateau(s.at(riseStart).year(), riseStart + 1, spreadUpTo(s, unit, riseStart),
                Changes.d(unit.change(s.at(riseStart).value(), s.last().value())),
                s.at(fallStart).year(), fallStart + 1, spreadUpTo(s, unit, fallStart),
                0 - Changes.d(unit.change(s.at(fallStart).value(), s.last().value())));
    }

    /** The spread of the values up to and with position {@code end}, as {@link Changes#range()} measures it. */
    private static double spreadUpTo(Segment s, Unit unit, int end) {
        BigDecimal max = s.at(0).value();
        BigDecimal min = max;
        for (int i = 1; i <= end; i++) {
            BigDecimal v = s.at(i).value();
            max = v.max(max);
            min = v.min(min);
        }
        return Changes.d(unit.spread(max, min));
    }
}
