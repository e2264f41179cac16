package se.bedomning.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import se.bedomning.facts.BaseKind;
import se.bedomning.facts.FindingKind;
import se.bedomning.facts.Polarity;
import se.bedomning.facts.Series;
import se.bedomning.facts.Threshold;
import se.bedomning.facts.Unit;
import se.bedomning.io.Thresholds;

/**
 * The rules (trend, level, median, coverage, gaps, caveats, and the decisions on top: valence,
 * suppression, utvecklingsområden) written as a plain Java loop, for the benchmark only: it shows what
 * the rule engine costs against the same conclusions computed directly, and the benchmark checks that
 * both reach exactly the same. The DRL files stay the source of truth; if a reviewer changes them, this
 * baseline reports differences rather than silently agreeing.
 */
public final class JavaBaseline {

    /** A finding as both sides can state it: kind, variant, series, other series and years. */
    public record Found(FindingKind kind, String variant, String series, String other, int from, int to) {
        @Override
        public String toString() {
            return kind.code() + (variant.isEmpty() ? "" : "/" + variant) + " " + series
                    + (other == null ? "" : "~" + other) + " " + from + "–" + to;
        }
    }

    private final List<Threshold> thresholds;

    public JavaBaseline(Thresholds thresholds) {
        this.thresholds = thresholds.all();
    }

    private boolean any(String name, Predicate<Threshold> test) {
        for (Threshold t : thresholds) {
            if (t.getName().equals(name) && test.test(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean unit(Threshold t, Series s) {
        return t.getUnit() == s.getUnit();
    }

    /** Everything the rules derive that a draft states: findings, then "development_area THEME mN [ids]". */
    public record Conclusions(List<Found> findings, List<String> developmentAreas) {
    }

    public Conclusions conclusions(List<Series> all) {
        List<Found> found = findings(all);
        java.util.Map<String, Series> byKey = new java.util.HashMap<>();
        all.forEach(s -> byKey.put(s.getKey(), s));
        java.util.Set<Found> suppressed = new java.util.HashSet<>();
        for (Found c : found) {
            if (c.kind() == FindingKind.SMALL_NUMBERS_CAVEAT) {
                for (Found f : found) {
                    if ((f.series().equals(c.series()) || c.series().equals(f.other()))
                            && f.kind() != FindingKind.SMALL_NUMBERS_CAVEAT && f.kind() != FindingKind.DATA_CAVEAT) {
                        suppressed.add(f);
                    }
                }
            }
        }
        java.util.Map<String, java.util.TreeSet<String>> themes = new java.util.TreeMap<>();
        for (Found f : found) {
            Series s = byKey.get(f.series());
            String theme = theme(f, s.getPolarity(), suppressed.contains(f));
            if (theme != null) {
                themes.computeIfAbsent("development_area " + theme + " m" + s.getGoal(), k -> new java.util.TreeSet<>())
                        .add(f.toString());
            }
        }
        List<String> areas = new ArrayList<>();
        themes.forEach((k, basis) -> {
            if (any("development.minFindings", t -> basis.size() >= t.getValue())) {
                areas.add(k + " " + basis);
            }
        });
        return new Conclusions(found, areas);
    }

    /** valence.drl and development.drl in one function: the theme a finding is a concern under, if any. */
    private static String theme(Found f, Polarity polarity, boolean suppressed) {
        if (f.kind() == FindingKind.SMALL_NUMBERS_CAVEAT
                || (f.kind() == FindingKind.DATA_CAVEAT && !f.variant().equals("correction"))) {
            return "measurement";
        }
        if (suppressed) {
            return null;
        }
        boolean up = switch (f.kind()) {
            case TREND_UP, RECORD_HIGH, ABOVE_NATIONAL_MEDIAN, HIGH_LEVEL -> true;
            default -> false;
        };
        boolean down = switch (f.kind()) {
            case TREND_DOWN, RECORD_LOW, BELOW_NATIONAL_MEDIAN, LOW_LEVEL -> true;
            default -> false;
        };
        boolean negative = (up && polarity == Polarity.RISE_BAD) || (down && polarity == Polarity.RISE_GOOD)
                || f.kind() == FindingKind.COVERAGE_GAP
                || ((f.kind() == FindingKind.GENDER_GAP || f.kind() == FindingKind.GROUP_GAP) && polarity != Polarity.NEUTRAL);
        if (!negative) {
            return null;
        }
        return switch (f.kind()) {
            case TREND_UP, TREND_DOWN, RECORD_HIGH, RECORD_LOW -> "negative_trend";
            case BELOW_NATIONAL_MEDIAN, ABOVE_NATIONAL_MEDIAN -> "median";
            case LOW_LEVEL, HIGH_LEVEL -> "low_level";
            case COVERAGE_GAP -> "coverage";
            case GENDER_GAP, GROUP_GAP -> "group_differences";
            default -> null;
        };
    }

    public List<Found> findings(List<Series> all) {
        List<Found> out = new ArrayList<>();
        for (Series s : all) {
            trends(s, out);
            levels(s, out);
            median(s, out);
            coverage(s, out);
            caveats(s, out);
            for (Series b : all) {
                gaps(s, b, out);
            }
        }
        return out;
    }

    private void add(List<Found> out, FindingKind k, String v, Series s, Series o, int from, int to) {
        out.add(new Found(k, v, s.getKey(), o == null ? null : o.getKey(), from, to));
    }

    private void trends(Series s, List<Found> out) {
        int n = s.getPointCount();
        double last = s.getLastChange();
        double total = s.getTotalChange();
        boolean minPoints = any("trend.minPoints", t -> n >= t.getValue());
        boolean steadyUp = minPoints && s.isMonotoneUp() && any("trend.minChange", t -> unit(t, s) && t.getValue() <= total);
        boolean steadyDown = minPoints && s.isMonotoneDown()
                && any("trend.minChange", t -> unit(t, s) && t.getValue() <= -total);
        boolean recovery = s.isDipInside() && s.getMinYear() < s.getPreviousYear() && any("trend.minChange",
                t -> unit(t, s) && t.getValue() <= s.getRecoveryChange() && -t.getValue() < last);
        boolean afterPeak = s.isPeakInside() && s.getMaxYear() < s.getPreviousYear() && any("trend.minChange",
                t -> unit(t, s) && t.getValue() <= -s.getChangeFromPeak() && t.getValue() > last);
        boolean baselineUp = minPoints && !s.isMonotoneUp() && !recovery
                && any("trend.minChange", t -> unit(t, s) && t.getValue() <= total);
        boolean baselineDown = minPoints && !s.isMonotoneDown() && !afterPeak
                && any("trend.minChange", t -> unit(t, s) && t.getValue() <= -total);
        int first = s.getFirstYear();
        int lastYear = s.getLastYear();
        if (steadyUp) {
            add(out, FindingKind.TREND_UP, "steady", s, null, first, lastYear);
        }
        if (steadyDown) {
            add(out, FindingKind.TREND_DOWN, "steady", s, null, first, lastYear);
        }
        if (recovery) {
            add(out, FindingKind.TREND_UP, "recovery", s, null, s.getMinYear(), lastYear);
        }
        if (afterPeak) {
            add(out, FindingKind.TREND_DOWN, "after_peak", s, null, s.getMaxYear(), lastYear);
        }
        if (baselineUp) {
            add(out, FindingKind.TREND_UP, "baseline", s, null, first, lastYear);
        }
        if (baselineDown) {
            add(out, FindingKind.TREND_DOWN, "baseline", s, null, first, lastYear);
        }
        boolean up = steadyUp || recovery || baselineUp;
        boolean down = steadyDown || afterPeak || baselineDown;
        if (n >= 2 && !up) {
            if (any("trend.minChange", t -> unit(t, s) && t.getValue() <= last)
                    && any("trend.strongChange", t -> unit(t, s) && t.getValue() > last)) {
                add(out, FindingKind.TREND_UP, "last_year", s, null, s.getPreviousYear(), lastYear);
                up = true;
            }
            if (any("trend.strongChange", t -> unit(t, s) && t.getValue() <= last)) {
                add(out, FindingKind.TREND_UP, "last_year_strong", s, null, s.getPreviousYear(), lastYear);
                up = true;
            }
        }
        if (n >= 2 && !down) {
            if (any("trend.minChange", t -> unit(t, s) && t.getValue() <= -last)
                    && any("trend.strongChange", t -> unit(t, s) && t.getValue() > -last)) {
                add(out, FindingKind.TREND_DOWN, "last_year", s, null, s.getPreviousYear(), lastYear);
                down = true;
            }
            if (any("trend.strongChange", t -> unit(t, s) && t.getValue() <= -last)) {
                add(out, FindingKind.TREND_DOWN, "last_year_strong", s, null, s.getPreviousYear(), lastYear);
                down = true;
            }
        }
        if (!up && !down && any("stable.minPoints", t -> unit(t, s) && t.getValue() <= n)
                && any("stable.maxRange", t -> unit(t, s) && t.getValue() >= s.getRange())) {
            add(out, FindingKind.STABLE, "", s, null, first, lastYear);
        }
        boolean recordPoints = any("record.minPoints", t -> n >= t.getValue());
        if (recordPoints && s.isLastIsPeak()) {
            add(out, FindingKind.RECORD_HIGH, "", s, null, first, lastYear);
        }
        if (recordPoints && s.isLastIsLow()) {
            add(out, FindingKind.RECORD_LOW, "", s, null, first, lastYear);
        }
    }

    private void levels(Series s, List<Found> out) {
        int y = s.getLastYear();
        boolean judged = s.getPointCount() >= 1
                && (s.getBaseKind() != BaseKind.MUNICIPALITIES || s.getPolarity() != Polarity.RISE_BAD);
        if (judged && any("level.low", t -> unit(t, s) && t.getBaseKind() == s.getBaseKind()
                && t.getValue() > s.getLastValue())) {
            add(out, FindingKind.LOW_LEVEL, "", s, null, y, y);
        }
        if (judged && any("level.high", t -> unit(t, s) && t.getBaseKind() == s.getBaseKind()
                && t.getValue() <= s.getLastValue())) {
            add(out, FindingKind.HIGH_LEVEL, "", s, null, y, y);
        }
        boolean ranked = any("ranking.minMembers", t -> s.getFamilySize() >= t.getValue());
        if (ranked && s.getFamilyRank() == 1 && s.getFamilyRankFromBottom() > 1) {
            add(out, FindingKind.HIGH_LEVEL, "highest_in_family", s, null, y, y);
        }
        if (ranked && s.getFamilyRankFromBottom() == 1 && s.getFamilyRank() > 1) {
            add(out, FindingKind.LOW_LEVEL, "lowest_in_family", s, null, y, y);
        }
    }

    private void median(Series s, List<Found> out) {
        if (s.getMedianYear() == 0) {
            return;
        }
        double d = s.getMedianDiff();
        int y = s.getMedianYear();
        if (any("median.minDiff", t -> unit(t, s) && t.getValue() <= -d)) {
            add(out, FindingKind.BELOW_NATIONAL_MEDIAN, "", s, null, y, y);
        }
        if (any("median.minDiff", t -> unit(t, s) && t.getValue() <= d)) {
            add(out, FindingKind.ABOVE_NATIONAL_MEDIAN, "", s, null, y, y);
        }
        if (any("median.minDiff", t -> unit(t, s) && t.getValue() > d && t.getValue() > -d)) {
            add(out, FindingKind.IN_LINE_WITH_MEDIAN, "", s, null, y, y);
        }
    }

    private void coverage(Series s, List<Found> out) {
        if (s.getUnit() != Unit.PERCENT || s.getBaseKind() != BaseKind.MUNICIPALITIES || s.getPointCount() < 1
                || s.getPolarity() == Polarity.NEUTRAL
                || !any("coverage.minShortfall", t -> t.getValue() <= s.getShortfall())) {
            return;
        }
        add(out, FindingKind.COVERAGE_GAP, s.getPolarity() == Polarity.RISE_GOOD ? "" : "share_lacking", s, null,
                s.getLastYear(), s.getLastYear());
    }

    private void gaps(Series a, Series b, List<Found> out) {
        if (a.getPointCount() < 1 || b.getLastYear() != a.getLastYear()) {
            return;
        }
        boolean sameIndicator = b.getIndicatorId().equals(a.getIndicatorId());
        if (sameIndicator && a.getSex() != null && b.getSex() != null && b.getSex() != a.getSex()
                && Objects.equals(a.getSegment(), b.getSegment())
                && any("gap.minGender", t -> unit(t, a) && t.getValue() <= a.gapTo(b))) {
            add(out, FindingKind.GENDER_GAP, "", a, b, a.getLastYear(), a.getLastYear());
        }
        if (sameIndicator && a.getSex() == null && b.getSex() == null && a.getSegment() != null
                && b.getSegment() != null && !b.getSegment().equals(a.getSegment())
                && any("gap.minGroup", t -> unit(t, a) && t.getValue() <= a.gapTo(b))) {
            add(out, FindingKind.GROUP_GAP, "segment", a, b, a.getLastYear(), a.getLastYear());
        }
        if (a.getSex() == null && b.getSex() == null && a.getTopic() != null && a.getRespondent() != null
                && a.getTopic().equals(b.getTopic()) && b.getRespondent() != null
                && !b.getRespondent().equals(a.getRespondent()) && Objects.equals(a.getSegment(), b.getSegment())
                && any("gap.minGroup", t -> unit(t, a) && t.getValue() <= a.gapTo(b))) {
            add(out, FindingKind.GROUP_GAP, "respondent", a, b, a.getLastYear(), a.getLastYear());
        }
    }

    private void caveats(Series s, List<Found> out) {
        boolean base = s.getUnit() == Unit.PERCENT && s.getBaseKind() == BaseKind.CASES
                && any("smallNumbers.minBase", t -> t.getValue() > s.getMinBase());
        if (base) {
            add(out, FindingKind.SMALL_NUMBERS_CAVEAT, "base", s, null, s.getFirstYear(), s.getLastYear());
        }
        if (!base && s.getUnit() == Unit.PERCENT && any("smallNumbers.minCount", t -> t.getValue() > s.getMinCount())) {
            add(out, FindingKind.SMALL_NUMBERS_CAVEAT, "count", s, null, s.getFirstYear(), s.getLastYear());
        }
        if (s.isHasBreak() && s.getPointsBeforeBreak() > 0) {
            add(out, FindingKind.DATA_CAVEAT, "series_break", s, null, s.getBreakYear(), s.getBreakYear());
        }
        if (s.isDiscontinued()) {
            add(out, FindingKind.DATA_CAVEAT, "discontinued", s, null, s.getLastDataYear(), s.getLastDataYear());
        }
        if (s.isHasCorrection() && s.getPointCount() >= 1) {
            add(out, FindingKind.DATA_CAVEAT, "correction", s, null, s.getLastYear(), s.getLastYear());
        }
        if (s.isHasCaveat()) {
            add(out, FindingKind.DATA_CAVEAT, "source_note", s, null, s.getLastDataYear(), s.getLastDataYear());
        }
    }
}
