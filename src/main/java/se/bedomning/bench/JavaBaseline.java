package se.bedomning.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import se.bedomning.evaluation.Assessment;
import se.bedomning.evaluation.Engine;
import se.bedomning.evaluation.Evaluator;
import se.bedomning.facts.BaseKind;
import se.bedomning.facts.FactSet;
import se.bedomning.facts.Finding;
import se.bedomning.facts.FindingKind;
import se.bedomning.facts.Polarity;
import se.bedomning.facts.Series;
import se.bedomning.facts.Threshold;
import se.bedomning.facts.Unit;
import se.bedomning.rules.RuleSet;

/**
 * The classification rules (trend, level, median, coverage, gaps, caveats) written as plain Java, for
 * the benchmark only: an {@link Engine} whose assessment holds the findings — each with its rule name and
 * thresholds, in draft order — and nothing else. That is the layer where the rule engine's overhead is
 * measured, so the benchmark compares like with like and checks that both agree line for line
 * ({@link Assessment#findingLines()}). The decision layers (valence, suppression, concerns, themes) are
 * deliberately not mirrored: a reviewer who changes what is judged or becomes an utvecklingsområde edits
 * a DRL file and reruns, and no Java has to follow. The DRL files stay the source of truth; rule names
 * are repeated here only for the comparison.
 */
public final class JavaBaseline implements Engine {

    private final RuleSet rules;
    private final List<Threshold> thresholds;

    public JavaBaseline(RuleSet rules) {
        this.rules = rules;
        this.thresholds = rules.thresholds().all();
    }

    /** The first threshold with this name that passes the test (the one a rule's pattern would bind), or null. */
    private Threshold find(String name, Predicate<Threshold> test) {
        for (Threshold t : thresholds) {
            if (t.getName().equals(name) && test.test(t)) {
                return t;
            }
        }
        return null;
    }

    private static boolean unit(Threshold t, Series s) {
        return t.getUnit() == s.getUnit();
    }

    /** Series metrics (the same Java the rules start from), then the findings, in draft order. */
    @Override
    public Assessment assess(FactSet facts) {
        List<Series> all = Evaluator.series(rules, facts);
        return Assessment.inDraftOrder(facts, all, findings(all), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), 0);
    }

    /** The classification rules (trend, level, median, coverage, gaps, caveats). */
    public List<Finding> findings(List<Series> all) {
        List<Finding> out = new ArrayList<>();
        Map<String, List<Series>> byIndicator = new HashMap<>();
        Map<String, List<Series>> byTopic = new HashMap<>();
        for (Series s : all) {
            byIndicator.computeIfAbsent(s.getIndicatorId(), k -> new ArrayList<>()).add(s);
            if (s.getQuestion() != null) {
                byTopic.computeIfAbsent(s.getQuestion(), k -> new ArrayList<>()).add(s);
            }
        }
        for (Series s : all) {
            trends(s, out);
            levels(s, out);
            median(s, out);
            coverage(s, out);
            caveats(s, out);
            gaps(s, byIndicator.get(s.getIndicatorId()), s.getQuestion() == null ? List.of() : byTopic.get(s.getQuestion()), out);
        }
        return out;
    }

    private static void add(List<Finding> out, FindingKind k, String v, Series s, int from, int to, String rule,
            Threshold... ts) {
        out.add(new Finding(k, v, s, null, from, to, rule, List.of(ts)));
    }

    private void trends(Series s, List<Finding> out) {
        int n = s.getPointCount();
        double last = s.getLastChange();
        double total = s.getTotalChange();
        int first = s.getFirstYear();
        int lastYear = s.getLastYear();
        Threshold minPoints = find("trend.minPoints", t -> n >= t.getValue());
        Threshold steadyUp = minPoints != null && s.isRisingEveryStep()
                ? find("trend.minChange", t -> unit(t, s) && t.getValue() <= s.getTotalRise()) : null;
        Threshold steadyDown = minPoints != null && s.isFallingEveryStep()
                ? find("trend.minChange", t -> unit(t, s) && t.getValue() <= s.getTotalFall()) : null;
        Threshold dip = s.isDipInside() && s.getMinYear() < s.getPreviousYear()
                ? find("trend.minDipDepth", t -> unit(t, s) && t.getValue() <= s.getDipDepth()) : null;
        Threshold recovery = dip != null ? find("trend.minChange",
                t -> unit(t, s) && t.getValue() <= s.getRiseFromLow() && t.getValue() > s.getLastFall()) : null;
        Threshold peak = s.isPeakInside() && s.getMaxYear() < s.getPreviousYear()
                ? find("trend.minDipDepth", t -> unit(t, s) && t.getValue() <= s.getPeakHeight()) : null;
        Threshold afterPeak = peak != null ? find("trend.minChange",
                t -> unit(t, s) && t.getValue() <= s.getFallFromPeak() && t.getValue() > s.getLastRise()) : null;
        Threshold runUp = find("trend.minRunSteps", t -> s.getConsecutiveRises() >= t.getValue());
        Threshold levelPointsUp = runUp == null ? null
                : find("stable.minPoints", t -> unit(t, s) && t.getValue() <= s.getPointsBeforeRises());
        Threshold levelRangeUp = levelPointsUp == null ? null
                : find("stable.maxRange", t -> unit(t, s) && t.getValue() >= s.getSpreadBeforeRises());
        Threshold plateauUp = levelRangeUp == null || recovery != null ? null
                : find("trend.minChange", t -> unit(t, s) && t.getValue() <= s.getRiseSinceRises());
        Threshold runDown = find("trend.minRunSteps", t -> s.getConsecutiveFalls() >= t.getValue());
        Threshold levelPointsDown = runDown == null ? null
                : find("stable.minPoints", t -> unit(t, s) && t.getValue() <= s.getPointsBeforeFalls());
        Threshold levelRangeDown = levelPointsDown == null ? null
                : find("stable.maxRange", t -> unit(t, s) && t.getValue() >= s.getSpreadBeforeFalls());
        Threshold plateauDown = levelRangeDown == null || afterPeak != null ? null
                : find("trend.minChange", t -> unit(t, s) && t.getValue() <= s.getFallSinceFalls());
        Threshold baselineUp = minPoints != null && !s.isRisingEveryStep() && recovery == null && plateauUp == null
                && s.getLastRise() < s.getTotalRise() ? find("trend.minChange", t -> unit(t, s) && t.getValue() <= total) : null;
        Threshold baselineDown = minPoints != null && !s.isFallingEveryStep() && afterPeak == null && plateauDown == null
                && s.getLastFall() < s.getTotalFall() ? find("trend.minChange", t -> unit(t, s) && t.getValue() <= -total) : null;
        if (steadyUp != null) {
            add(out, FindingKind.TREND_UP, "steady", s, first, lastYear, "Ökning varje år i serien", minPoints, steadyUp);
        }
        if (steadyDown != null) {
            add(out, FindingKind.TREND_DOWN, "steady", s, first, lastYear, "Minskning varje år i serien", minPoints,
                    steadyDown);
        }
        if (recovery != null) {
            add(out, FindingKind.TREND_UP, "recovery", s, s.getMinYear(), lastYear, "Ökning efter en nedgång", dip,
                    recovery);
        }
        if (afterPeak != null) {
            add(out, FindingKind.TREND_DOWN, "after_peak", s, s.getMaxYear(), lastYear, "Minskning efter en topp", peak,
                    afterPeak);
        }
        if (plateauUp != null) {
            add(out, FindingKind.TREND_UP, "after_plateau", s, s.getRisesFromYear(), lastYear,
                    "Ökning varje år efter en oförändrad nivå", runUp, levelPointsUp, levelRangeUp, plateauUp);
        }
        if (plateauDown != null) {
            add(out, FindingKind.TREND_DOWN, "after_plateau", s, s.getFallsFromYear(), lastYear,
                    "Minskning varje år efter en oförändrad nivå", runDown, levelPointsDown, levelRangeDown, plateauDown);
        }
        if (baselineUp != null) {
            add(out, FindingKind.TREND_UP, "baseline", s, first, lastYear, "Ökning jämfört med första året", minPoints,
                    baselineUp);
        }
        if (baselineDown != null) {
            add(out, FindingKind.TREND_DOWN, "baseline", s, first, lastYear, "Minskning jämfört med första året",
                    minPoints, baselineDown);
        }
        boolean up = steadyUp != null || recovery != null || plateauUp != null || baselineUp != null;
        boolean down = steadyDown != null || afterPeak != null || plateauDown != null || baselineDown != null;
        int prev = s.getPreviousYear();
        int steps = s.getLastStepYears();
        // Only a steady trend silences last year's change (a long-run comparison never hides it).
        if (n >= 2 && steadyUp == null) {
            Threshold min = find("trend.minChange", t -> unit(t, s) && t.getValue() <= last);
            Threshold belowStrong = find("trend.strongChange", t -> unit(t, s) && t.getValue() > last);
            if (min != null && belowStrong != null) {
                add(out, FindingKind.TREND_UP, "last_year", s, prev, lastYear, "Ökning senaste året", min, belowStrong);
                up = true;
            }
            Threshold strong = find("trend.strongChange", t -> unit(t, s) && t.getValue() <= last);
            Threshold shortStep = find("trend.strongChangeMaxYears", t -> t.getValue() >= steps);
            Threshold longStep = find("trend.strongChangeMaxYears", t -> t.getValue() < steps);
            if (strong != null && shortStep != null) {
                add(out, FindingKind.TREND_UP, "last_year_strong", s, prev, lastYear, "Kraftig ökning senaste året",
                        strong, shortStep);
                up = true;
            }
            if (min != null && strong != null && longStep != null) {
                add(out, FindingKind.TREND_UP, "last_year", s, prev, lastYear, "Ökning sedan föregående mätning några år tidigare",
                        min, strong, longStep);
                up = true;
            }
        }
        if (n >= 2 && steadyDown == null) {
            Threshold min = find("trend.minChange", t -> unit(t, s) && t.getValue() <= -last);
            Threshold belowStrong = find("trend.strongChange", t -> unit(t, s) && t.getValue() > -last);
            if (min != null && belowStrong != null) {
                add(out, FindingKind.TREND_DOWN, "last_year", s, prev, lastYear, "Minskning senaste året", min,
                        belowStrong);
                down = true;
            }
            Threshold strong = find("trend.strongChange", t -> unit(t, s) && t.getValue() <= -last);
            Threshold shortStep = find("trend.strongChangeMaxYears", t -> t.getValue() >= steps);
            Threshold longStep = find("trend.strongChangeMaxYears", t -> t.getValue() < steps);
            if (strong != null && shortStep != null) {
                add(out, FindingKind.TREND_DOWN, "last_year_strong", s, prev, lastYear, "Kraftig minskning senaste året",
                        strong, shortStep);
                down = true;
            }
            if (min != null && strong != null && longStep != null) {
                add(out, FindingKind.TREND_DOWN, "last_year", s, prev, lastYear, "Minskning sedan föregående mätning några år tidigare",
                        min, strong, longStep);
                down = true;
            }
        }
        boolean stable = false;
        if (!up && !down) {
            Threshold stablePoints = find("stable.minPoints", t -> unit(t, s) && t.getValue() <= n);
            Threshold range = find("stable.maxRange", t -> unit(t, s) && t.getValue() >= s.getRange());
            if (stablePoints != null && range != null && !s.isConstant()) {
                add(out, FindingKind.STABLE, "", s, first, lastYear, "Stabil nivå", stablePoints, range);
                stable = true;
            }
            if (stablePoints != null && s.isConstant()) {
                add(out, FindingKind.STABLE, "constant", s, first, lastYear, "Oförändrad nivå under perioden",
                        stablePoints);
                stable = true;
            }
        }
        if (n >= 2 && !stable && s.isLastStepFlat()) {
            add(out, FindingKind.UNCHANGED, "same", s, prev, lastYear, "Samma värde som föregående år");
        }
        if (n >= 2 && !stable && steadyUp == null && steadyDown == null && !s.isLastStepFlat()) {
            Threshold min = find("trend.minChange",
                    t -> unit(t, s) && t.getValue() > s.getLastRise() && t.getValue() > s.getLastFall());
            Threshold range = find("stable.maxRange", t -> unit(t, s) && t.getValue() >= s.getLastStepRange());
            if (min != null && range != null) {
                add(out, FindingKind.UNCHANGED, "", s, prev, lastYear, "Oförändrat sedan föregående år", min, range);
            }
        }
        Threshold recordPoints = find("record.minPoints", t -> n >= t.getValue());
        if (recordPoints != null && s.isLastIsPeak()) {
            add(out, FindingKind.RECORD_HIGH, "", s, first, lastYear, "Högsta nivån under perioden", recordPoints);
        }
        if (recordPoints != null && s.isLastIsLow()) {
            add(out, FindingKind.RECORD_LOW, "", s, first, lastYear, "Lägsta nivån under perioden", recordPoints);
        }
    }

    private void levels(Series s, List<Finding> out) {
        int y = s.getLastYear();
        boolean judged = s.getPointCount() >= 1 && !s.isDistribution()
                && (s.getBaseKind() != BaseKind.MUNICIPALITIES || s.getPolarity() != Polarity.RISE_BAD);
        Threshold low = judged ? find("level.low", t -> unit(t, s) && t.getBaseKind() == s.getBaseKind()
                && t.getValue() > s.getLastValue()
                && (s.getPointCount() < 2 || t.getValue() <= s.getPreviousValue())) : null;
        if (low != null) {
            add(out, FindingKind.LOW_LEVEL, "", s, y, y, "Låg nivå", low);
        }
        Threshold stillLow = judged && s.getPointCount() >= 2 ? find("level.low", t -> unit(t, s)
                && t.getBaseKind() == s.getBaseKind() && t.getValue() > s.getLastValue()
                && t.getValue() > s.getPreviousValue()) : null;
        if (stillLow != null) {
            add(out, FindingKind.LOW_LEVEL, "still", s, s.getPreviousYear(), y, "Fortfarande låg nivå", stillLow);
        }
        Threshold high = judged ? find("level.high", t -> unit(t, s) && t.getBaseKind() == s.getBaseKind()
                && t.getValue() <= s.getLastValue()) : null;
        if (high != null) {
            add(out, FindingKind.HIGH_LEVEL, "", s, y, y, "Hög nivå", high);
        }
        Threshold members = find("ranking.minMembers", t -> s.getFamilySize() >= t.getValue());
        if (members != null && s.getFamilyRank() == 1 && s.getFamilyRankFromBottom() > 1
                && s.getFamilyTies() == 0) {
            add(out, FindingKind.HIGH_LEVEL, "highest_in_family", s, y, y, "Högst bland jämförbara indikatorer", members);
        }
        if (members != null && s.getFamilyRankFromBottom() == 1 && s.getFamilyRank() > 1
                && s.getFamilyTies() == 0) {
            add(out, FindingKind.LOW_LEVEL, "lowest_in_family", s, y, y, "Lägst bland jämförbara indikatorer", members);
        }
    }

    private void median(Series s, List<Finding> out) {
        if (s.getMedianYear() == 0) {
            return;
        }
        double d = s.getMedianDiff();
        int y = s.getMedianYear();
        Threshold below = find("median.minDiff", t -> unit(t, s) && t.getValue() <= s.getBelowMedianBy());
        if (below != null) {
            add(out, FindingKind.BELOW_NATIONAL_MEDIAN, "", s, y, y, "Under medianen för riket", below);
        }
        Threshold above = find("median.minDiff", t -> unit(t, s) && t.getValue() <= d);
        if (above != null) {
            add(out, FindingKind.ABOVE_NATIONAL_MEDIAN, "", s, y, y, "Över medianen för riket", above);
        }
        Threshold inLine = find("median.minDiff", t -> unit(t, s) && t.getValue() > d && t.getValue() > -d);
        if (inLine != null) {
            add(out, FindingKind.IN_LINE_WITH_MEDIAN, "", s, y, y, "I linje med medianen för riket", inLine);
        }
    }

    private void coverage(Series s, List<Finding> out) {
        if (s.getUnit() != Unit.PERCENT || s.getBaseKind() != BaseKind.MUNICIPALITIES || s.getPointCount() < 1
                || s.getPolarity() == Polarity.NEUTRAL) {
            return;
        }
        Threshold t = find("coverage.minShortfall", x -> x.getValue() <= s.getShortfall());
        if (t == null) {
            return;
        }
        boolean good = s.getPolarity() == Polarity.RISE_GOOD;
        add(out, FindingKind.COVERAGE_GAP, good ? "" : "share_lacking", s, s.getLastYear(), s.getLastYear(),
                good ? "Kommuner som saknar" : "Andel kommuner som saknar", t);
    }

    /** gaps.drl: the series of the same indicator (sex, segment) and of the same topic (respondent). */
    private void gaps(Series a, List<Series> sameIndicator, List<Series> sameTopic, List<Finding> out) {
        if (a.getPointCount() < 1) {
            return;
        }
        int y = a.getLastYear();
        for (Series b : sameIndicator) {
            if (b.getLastYear() != y) {
                continue;
            }
            if (a.getSex() != null && b.getSex() != null && b.getSex() != a.getSex()
                    && Objects.equals(a.getSegment(), b.getSegment())) {
                Threshold t = find("gap.minGender", x -> unit(x, a) && x.getValue() <= a.gapTo(b));
                if (t != null) {
                    out.add(new Finding(FindingKind.GENDER_GAP, "", a, b, y, y, "Skillnad mellan könen", List.of(t)));
                }
            }
            if (a.getSex() == null && b.getSex() == null && a.getSegment() != null && b.getSegment() != null
                    && !b.getSegment().equals(a.getSegment())) {
                Threshold t = find("gap.minGroup", x -> unit(x, a) && x.getValue() <= a.gapTo(b));
                if (t != null) {
                    out.add(new Finding(FindingKind.GROUP_GAP, "segment", a, b, y, y, "Skillnad mellan delgrupper",
                            List.of(t)));
                }
            }
        }
        if (a.getSex() != null || a.getRespondent() == null) {
            return;
        }
        for (Series b : sameTopic) {
            if (b.getLastYear() == y && b.getSex() == null && b.getRespondent() != null
                    && !b.getRespondent().equals(a.getRespondent()) && Objects.equals(a.getSegment(), b.getSegment())) {
                Threshold t = find("gap.minGroup", x -> unit(x, a) && x.getValue() <= a.gapTo(b));
                if (t != null) {
                    boolean scale = a.getUnit() == Unit.MEAN_0_10;
                    out.add(new Finding(FindingKind.GROUP_GAP, scale ? "respondent" : "respondent_share", a, b, y, y,
                            scale ? "Skillnad mellan svarande grupper" : "Skillnad mellan svarande gruppers andelar",
                            List.of(t)));
                }
            }
        }
    }

    private void caveats(Series s, List<Finding> out) {
        int first = s.getFirstYear();
        int last = s.getLastYear();
        Threshold base = s.getUnit() == Unit.PERCENT && s.getBaseKind() == BaseKind.CASES
                ? find("smallNumbers.minBase", t -> t.getValue() > s.getMinBase()) : null;
        if (base != null) {
            add(out, FindingKind.SMALL_NUMBERS_CAVEAT, "base", s, first, last, "För få ärenden för att mäta i procent",
                    base);
        }
        Threshold count = base == null && s.getUnit() == Unit.PERCENT
                ? find("smallNumbers.minCount", t -> t.getValue() > s.getMinCount()) : null;
        if (count != null) {
            add(out, FindingKind.SMALL_NUMBERS_CAVEAT, "count", s, first, last,
                    "För få fall i täljaren för att mäta i procent", count);
        }
        if (s.isHasBreak() && s.getPointsBeforeBreak() > 0 && !s.isEndsBeforeBreak()) {
            add(out, FindingKind.DATA_CAVEAT, "series_break", s, s.getBreakYear(), s.getBreakYear(),
                    "Serien har ett metodbyte");
        }
        if (s.isDiscontinued()) {
            add(out, FindingKind.DATA_CAVEAT, "discontinued", s, s.getLastDataYear(), s.getLastDataYear(),
                    "Indikatorn har utgått");
        }
        if (s.isHasCorrection() && s.getPointCount() >= 1) {
            add(out, FindingKind.DATA_CAVEAT, "correction", s, last, last, "Ett värde har korrigerats");
        }
        if (s.isHasCaveat()) {
            add(out, FindingKind.DATA_CAVEAT, "source_note", s, s.getLastDataYear(), s.getLastDataYear(),
                    "Källan anger en reservation");
        }
        if (s.isDiagramOnly() && s.getPointCount() == 0) {
            add(out, FindingKind.DATA_CAVEAT, "diagram_only", s, s.getReportYear(), s.getReportYear(),
                    "Värdena finns bara i ett diagram");
        }
        if (s.isNoFigures() && s.getPointCount() == 0) {
            add(out, FindingKind.DATA_CAVEAT, "no_figures", s, s.getReportYear(), s.getReportYear(),
                    "Rapporten anger inga tal");
        }
        Threshold stale = s.getPointCount() >= 1 && !s.isEndsBeforeBreak()
                ? find("stale.minAge", t -> t.getValue() <= s.getLastValueAge()) : null;
        if (stale != null) {
            add(out, FindingKind.DATA_CAVEAT, "stale", s, last, last, "Senaste värdet är för gammalt för att beskriva nuläget",
                    stale);
        }
        if (s.getPointCount() >= 1 && s.isEndsBeforeBreak()) {
            add(out, FindingKind.DATA_CAVEAT, "ended_before_break", s, last, last, "Serien slutar före ett metodbyte");
        }
    }
}
