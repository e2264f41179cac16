package se.bedomning.facts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * The fact the rules see: one indicator × group with the arithmetic done once in Java, so rules only
 * judge numbers against thresholds and never join one fact per year.
 *
 * <p>Changes ({@code lastChange}, {@code totalChange}, {@code recentChange}, {@code range},
 * {@code medianDiff}) are in the indicator's judged scale: procentenheter for shares, points for means,
 * procent for counts and rates (see {@link Unit#judgedAbsolute()}). Only the points after the latest
 * series break count, so a change across a break is never a trend.
 *
 * <p>No getter returns NaN. Drools evaluates a constraint interpreted at first and switches to a compiled
 * constraint once it has run often enough; on Drools 10.2.0 the compiled constraint compares NaN wrongly
 * ({@code 2 <= NaN} came out true), so the same input gave different drafts before and after the switch.
 * Instead: a change that cannot be computed is 0 (no change), a base or numerator that is not stated is
 * +∞ (never "too small"), and rules guard on {@code pointCount} or {@code medianYear} where a value may
 * be absent.
 *
 * <p>Falls have their own getters ({@code lastFall}, {@code totalFall}, {@code fallFromPeak}, …) so a rule
 * reads like its name ({@code value <= $s.lastFall}) instead of doing sign arithmetic on a threshold.
 */
public final class Series {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final int RELATIVE_SCALE = 1;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final SeriesData data;
    private final int reportYear;
    private final List<Point> segment;
    private final int breakYear;
    private final int recentFromYear;
    private final String key;
    // Computed once: Drools evaluates constraints many times.
    private final double lastChange;
    private final double totalChange;
    private final double recentChange;
    private final int risingSteps;
    private final int fallingSteps;
    private final int flatSteps;
    private final int consecutiveRises;
    private final int consecutiveFalls;
    private final boolean monotoneUp;
    private final boolean monotoneDown;
    private final double minValue;
    private final int minYear;
    private final double maxValue;
    private final int maxYear;
    private final boolean lastIsPeak;
    private final boolean lastIsLow;
    private final double range;
    private final boolean dipInside;
    private final boolean peakInside;
    private final double recoveryChange;
    private final double changeFromPeak;
    private final boolean risingSinceLow;
    private final boolean fallingSincePeak;
    private final double shortfall;
    private final int medianYear;
    private final double median;
    private final double medianDiff;
    private final double minBase;
    private final double minCount;
    private final int pointsBeforeBreak;
    private final boolean discontinued;
    private final boolean hasCorrection;
    private final boolean hasCaveat;
    private final int lastDataYear;
    private final int dataAge;
    private final int firstYear;
    private final int lastYear;
    private final int previousYear;
    private final double firstValue;
    private final double lastValue;
    private final boolean risingEveryStep;
    private final boolean fallingEveryStep;
    private final double dipDepth;
    private final double peakHeight;
    private final double previousValue;
    private final double lastStepRange;
    private final boolean constant;
    private final boolean lastStepFlat;
    private final int lastValueAge;
    private final boolean endsBeforeBreak;
    private int familySize;
    private int familyRank;
    private int familyRankFromBottom;
    private int familyTies;

    public Series(SeriesData data, int reportYear, int recentWindowYears) {
        this.data = data;
        this.reportYear = reportYear;
        this.breakYear = data.notes().stream()
                .filter(n -> n.kind() == NoteKind.SERIES_BREAK && n.year() != null)
                .mapToInt(Note::year).max().orElse(0);
        List<Point> after = data.points().stream().filter(p -> p.year() >= breakYear).toList();
        // With no data yet under the new method, the old series is still the comparable one.
        this.segment = after.isEmpty() ? data.points() : after;
        int recentFrom = 0;
        if (!segment.isEmpty()) {
            int wanted = last().year() - recentWindowYears;
            recentFrom = segment.stream().mapToInt(Point::year).filter(y -> y >= wanted).min().orElse(0);
        }
        this.recentFromYear = recentFrom;
        this.key = data.key();
        this.firstYear = computeFirstYear();
        this.lastYear = computeLastYear();
        this.previousYear = computePreviousYear();
        this.firstValue = computeFirstValue();
        this.lastValue = computeLastValue();
        this.lastChange = computeLastChange();
        this.totalChange = computeTotalChange();
        this.recentChange = computeRecentChange();
        this.risingSteps = computeRisingSteps();
        this.fallingSteps = computeFallingSteps();
        this.flatSteps = computeFlatSteps();
        this.consecutiveRises = computeConsecutiveRises();
        this.consecutiveFalls = computeConsecutiveFalls();
        this.monotoneUp = computeMonotoneUp();
        this.monotoneDown = computeMonotoneDown();
        this.minValue = computeMinValue();
        this.minYear = computeMinYear();
        this.maxValue = computeMaxValue();
        this.maxYear = computeMaxYear();
        this.lastIsPeak = computeLastIsPeak();
        this.lastIsLow = computeLastIsLow();
        this.range = computeRange();
        this.dipInside = computeDipInside();
        this.peakInside = computePeakInside();
        this.recoveryChange = computeRecoveryChange();
        this.changeFromPeak = computeChangeFromPeak();
        this.risingSinceLow = computeRisingSinceLow();
        this.fallingSincePeak = computeFallingSincePeak();
        this.shortfall = computeShortfall();
        this.medianYear = computeMedianYear();
        this.median = computeMedian();
        this.medianDiff = computeMedianDiff();
        this.minBase = computeMinBase();
        this.minCount = computeMinCount();
        this.pointsBeforeBreak = computePointsBeforeBreak();
        this.discontinued = computeDiscontinued();
        this.hasCorrection = computeHasCorrection();
        this.hasCaveat = computeHasCaveat();
        this.lastDataYear = computeLastDataYear();
        this.dataAge = computeDataAge();
        this.risingEveryStep = getRisingSteps() > 0 && getRisingSteps() == segment.size() - 1;
        this.fallingEveryStep = getFallingSteps() > 0 && getFallingSteps() == segment.size() - 1;
        this.dipDepth = computeDipDepth();
        this.peakHeight = computePeakHeight();
        this.previousValue = previous() == null ? 0 : d(previous().value());
        this.lastStepRange = d(lastStepRangeDecimal());
        // Only values the source states exactly can be called the same: "94–95 procent" each year or
        // "cirka 60" twice says the level held within the range, not that it did not change.
        this.constant = segment.size() >= 2 && getFlatSteps() == segment.size() - 1
                && segment.stream().allMatch(Series::exact);
        this.lastStepFlat = segment.size() >= 2 && last().value().compareTo(previous().value()) == 0
                && exact(last()) && exact(previous());
        this.lastValueAge = segment.isEmpty() ? Integer.MAX_VALUE : reportYear - getLastYear();
        this.endsBeforeBreak = !segment.isEmpty() && breakYear > getLastYear();
    }

    /** The change from one value to another in the judged scale (see class comment). */
    public static BigDecimal change(Unit unit, BigDecimal from, BigDecimal to) {
        BigDecimal diff = to.subtract(from);
        if (unit.judgedAbsolute()) {
            return diff;
        }
        return relative(from, to);
    }

    /**
     * Relative change in procent, one decimal. A count that starts at 0 is measured against 1, so 0 → 3
     * is +300 % (a rise from nothing stays a rise) and 0 → 0 is no change.
     */
    public static BigDecimal relative(BigDecimal from, BigDecimal to) {
        BigDecimal base = from.signum() == 0 ? BigDecimal.ONE : from.abs();
        return to.subtract(from).multiply(HUNDRED).divide(base, MC).setScale(RELATIVE_SCALE, RoundingMode.HALF_UP);
    }

    /** For changes and differences: absent means "no change". */
    private static double d(BigDecimal v) {
        return v == null ? 0 : v.doubleValue();
    }

    private Point first() {
        return segment.get(0);
    }

    private Point last() {
        return segment.get(segment.size() - 1);
    }

    private Point previous() {
        return segment.size() < 2 ? null : segment.get(segment.size() - 2);
    }

    private Point at(int year) {
        return segment.stream().filter(p -> p.year() == year).findFirst().orElse(null);
    }

    private BigDecimal changeBetween(Point from, Point to) {
        return from == null || to == null ? null : change(unit(), from.value(), to.value());
    }

    // ---- identity and properties -------------------------------------------------------------

    public SeriesData getData() {
        return data;
    }

    public Indicator getIndicator() {
        return data.indicator();
    }

    public Group getGroup() {
        return data.group();
    }

    public String getKey() {
        return key;
    }

    public String getIndicatorId() {
        return data.indicator().id();
    }

    public String getGroupId() {
        return data.group().id();
    }

    public int getPosition() {
        return data.position();
    }

    public int getGoal() {
        return data.indicator().goal();
    }

    public Unit unit() {
        return data.indicator().unit();
    }

    public Unit getUnit() {
        return unit();
    }

    public Polarity getPolarity() {
        return data.indicator().polarity();
    }

    public ViolenceType getViolenceType() {
        return data.indicator().violenceType();
    }

    public BaseKind getBaseKind() {
        return data.indicator().baseKind();
    }

    /** One share of a distribution (catalog "distribution"): no level of its own is high or low. */
    public boolean isDistribution() {
        return data.indicator().distribution();
    }

    public String getRespondent() {
        return data.indicator().respondent();
    }

    public String getTopic() {
        return data.indicator().topic();
    }

    public Sex getSex() {
        return data.group().sex();
    }

    public String getSegment() {
        return data.group().segment();
    }

    public boolean isTotal() {
        return data.group().sex() == null;
    }

    public int getReportYear() {
        return reportYear;
    }

    // ---- the comparable segment --------------------------------------------------------------

    public int getPointCount() {
        return segment.size();
    }

    public int getTotalPointCount() {
        return data.points().size();
    }

    public int getFirstYear() {
        return firstYear;
    }

    private int computeFirstYear() {
        return segment.isEmpty() ? 0 : first().year();
    }

    public int getLastYear() {
        return lastYear;
    }

    private int computeLastYear() {
        return segment.isEmpty() ? 0 : last().year();
    }

    public int getPreviousYear() {
        return previousYear;
    }

    private int computePreviousYear() {
        Point p = previous();
        return p == null ? 0 : p.year();
    }

    /** 0 when the series has no values: guard with {@code pointCount >= 1}. */
    public double getFirstValue() {
        return firstValue;
    }

    private double computeFirstValue() {
        return segment.isEmpty() ? 0 : d(first().value());
    }

    /** 0 when the series has no values: guard with {@code pointCount >= 1}. */
    public double getLastValue() {
        return lastValue;
    }

    private double computeLastValue() {
        return segment.isEmpty() ? 0 : d(last().value());
    }

    public BigDecimal firstDecimal() {
        return segment.isEmpty() ? null : first().value();
    }

    public BigDecimal lastDecimal() {
        return segment.isEmpty() ? null : last().value();
    }

    public BigDecimal previousDecimal() {
        Point p = previous();
        return p == null ? null : p.value();
    }

    public BigDecimal valueIn(int year) {
        Point p = at(year);
        return p == null ? null : p.value();
    }

    /** The point of a year in the comparable segment, for wording a range or an approximate value as such. */
    public Point pointIn(int year) {
        return at(year);
    }

    public BigDecimal lastChangeDecimal() {
        return segment.isEmpty() ? null : changeBetween(previous(), last());
    }

    public BigDecimal totalChangeDecimal() {
        return segment.size() < 2 ? null : changeBetween(first(), last());
    }

    public BigDecimal recentChangeDecimal() {
        return segment.size() < 2 ? null : changeBetween(at(recentFromYear), last());
    }

    /** Change from the year before to the last year. */
    public double getLastChange() {
        return lastChange;
    }

    private double computeLastChange() {
        return d(lastChangeDecimal());
    }

    /** Change from the first to the last year of the comparable segment. */
    public double getTotalChange() {
        return totalChange;
    }

    private double computeTotalChange() {
        return d(totalChangeDecimal());
    }

    /** Change over the recent window (thresholds: series.recentWindowYears). */
    public double getRecentChange() {
        return recentChange;
    }

    private double computeRecentChange() {
        return d(recentChangeDecimal());
    }

    public int getRecentFromYear() {
        return recentFromYear;
    }

    public int getRisingSteps() {
        return risingSteps;
    }

    private int computeRisingSteps() {
        return countSteps(1);
    }

    public int getFallingSteps() {
        return fallingSteps;
    }

    private int computeFallingSteps() {
        return countSteps(-1);
    }

    public int getFlatSteps() {
        return flatSteps;
    }

    private int computeFlatSteps() {
        return countSteps(0);
    }

    private int countSteps(int sign) {
        int n = 0;
        for (int i = 1; i < segment.size(); i++) {
            if (segment.get(i).value().compareTo(segment.get(i - 1).value()) == sign) {
                n++;
            }
        }
        return n;
    }

    /** Year-on-year rises in a row that end with the last year. */
    public int getConsecutiveRises() {
        return consecutiveRises;
    }

    private int computeConsecutiveRises() {
        return run(1);
    }

    public int getConsecutiveFalls() {
        return consecutiveFalls;
    }

    private int computeConsecutiveFalls() {
        return run(-1);
    }

    private int run(int sign) {
        int n = 0;
        for (int i = segment.size() - 1; i > 0; i--) {
            if (segment.get(i).value().compareTo(segment.get(i - 1).value()) != sign) {
                break;
            }
            n++;
        }
        return n;
    }

    /** Never falls and rises at least once: "har ökat varje år" in the loose sense analysts use. */
    public boolean isMonotoneUp() {
        return monotoneUp;
    }

    private boolean computeMonotoneUp() {
        return getFallingSteps() == 0 && getRisingSteps() > 0;
    }

    public boolean isMonotoneDown() {
        return monotoneDown;
    }

    private boolean computeMonotoneDown() {
        return getRisingSteps() == 0 && getFallingSteps() > 0;
    }

    private Point extreme(int sign) {
        Point best = null;
        for (Point p : segment) {
            if (best == null || p.value().compareTo(best.value()) * sign > 0) {
                best = p;
            }
        }
        return best;
    }

    public double getMinValue() {
        return minValue;
    }

    private double computeMinValue() {
        return segment.isEmpty() ? 0 : d(extreme(-1).value());
    }

    public int getMinYear() {
        return minYear;
    }

    private int computeMinYear() {
        return segment.isEmpty() ? 0 : extreme(-1).year();
    }

    public double getMaxValue() {
        return maxValue;
    }

    private double computeMaxValue() {
        return segment.isEmpty() ? 0 : d(extreme(1).value());
    }

    public int getMaxYear() {
        return maxYear;
    }

    private int computeMaxYear() {
        return segment.isEmpty() ? 0 : extreme(1).year();
    }

    public BigDecimal minDecimal() {
        return segment.isEmpty() ? null : extreme(-1).value();
    }

    public BigDecimal maxDecimal() {
        return segment.isEmpty() ? null : extreme(1).value();
    }

    /** The last value is above every earlier value of the segment. */
    public boolean isLastIsPeak() {
        return lastIsPeak;
    }

    private boolean computeLastIsPeak() {
        return segment.size() >= 2 && strictlyBeyondEarlier(1);
    }

    public boolean isLastIsLow() {
        return lastIsLow;
    }

    private boolean computeLastIsLow() {
        return segment.size() >= 2 && strictlyBeyondEarlier(-1);
    }

    private boolean strictlyBeyondEarlier(int sign) {
        BigDecimal lastValue = last().value();
        for (int i = 0; i < segment.size() - 1; i++) {
            if (lastValue.compareTo(segment.get(i).value()) * sign <= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Spread of the segment in the judged scale; for counts and rates in procent of the highest value,
     * which is defined even when the lowest is 0.
     */
    public double getRange() {
        return range;
    }

    private double computeRange() {
        return d(rangeDecimal());
    }

    public BigDecimal rangeDecimal() {
        if (segment.isEmpty()) {
            return BigDecimal.ZERO;
        }
        BigDecimal spread = maxDecimal().subtract(minDecimal());
        if (unit().judgedAbsolute() || maxDecimal().signum() == 0) {
            return spread;
        }
        return spread.multiply(HUNDRED).divide(maxDecimal(), MC).setScale(RELATIVE_SCALE, RoundingMode.HALF_UP);
    }

    /** The lowest value lies strictly inside the segment: a dip. */
    public boolean isDipInside() {
        return dipInside;
    }

    private boolean computeDipInside() {
        return segment.size() >= 3 && getMinYear() != getFirstYear() && getMinYear() != getLastYear();
    }

    public boolean isPeakInside() {
        return peakInside;
    }

    private boolean computePeakInside() {
        return segment.size() >= 3 && getMaxYear() != getFirstYear() && getMaxYear() != getLastYear();
    }

    /** Change from the lowest value to the last one. */
    public double getRecoveryChange() {
        return recoveryChange;
    }

    private double computeRecoveryChange() {
        return segment.isEmpty() ? 0 : d(changeBetween(extreme(-1), last()));
    }

    /** Change from the highest value to the last one (negative after a decline). */
    public double getChangeFromPeak() {
        return changeFromPeak;
    }

    private double computeChangeFromPeak() {
        return segment.isEmpty() ? 0 : d(changeBetween(extreme(1), last()));
    }

    /** All steps after the lowest value are rises or flat, with at least one rise. */
    public boolean isRisingSinceLow() {
        return risingSinceLow;
    }

    private boolean computeRisingSinceLow() {
        return sinceExtreme(extreme(-1), 1);
    }

    /** All steps after the highest value are falls or flat, with at least one fall. */
    public boolean isFallingSincePeak() {
        return fallingSincePeak;
    }

    private boolean computeFallingSincePeak() {
        return sinceExtreme(extreme(1), -1);
    }

    private boolean sinceExtreme(Point extreme, int sign) {
        if (extreme == null) {
            return false;
        }
        boolean moved = false;
        for (int i = segment.indexOf(extreme) + 1; i < segment.size(); i++) {
            int c = segment.get(i).value().compareTo(segment.get(i - 1).value());
            if (c == -sign) {
                return false;
            }
            moved |= c == sign;
        }
        return moved;
    }

    /**
     * For shares: procentenheter of the population that lacks something in the last year ("en
     * fjärdedel saknar"). For a share that should rise, that is 100 minus the share; for a share that
     * should fall ("andel kommuner som saknar …") it is the share itself; 0 otherwise.
     */
    public double getShortfall() {
        return shortfall;
    }

    private double computeShortfall() {
        return d(shortfallDecimal());
    }

    public BigDecimal shortfallDecimal() {
        if (unit() != Unit.PERCENT || segment.isEmpty()) {
            return BigDecimal.ZERO;
        }
        return switch (getPolarity()) {
            case RISE_GOOD -> HUNDRED.subtract(lastDecimal());
            case RISE_BAD -> lastDecimal();
            case NEUTRAL -> BigDecimal.ZERO;
        };
    }

    /** The difference to another series in the last year, in the judged scale (this minus other). */
    public double gapTo(Series other) {
        return d(gapDecimal(other));
    }

    public BigDecimal gapDecimal(Series other) {
        if (segment.isEmpty() || other.segment.isEmpty() || other.unit() != unit()) {
            return null;
        }
        return change(unit(), other.lastDecimal(), lastDecimal());
    }

    // ---- ranking within a family of comparable indicators ------------------------------------

    /**
     * Ranks each series against the others of its family with the same group, unit and last year:
     * rank 1 is the highest (ties share a rank). Arithmetic across series, done once before the rules run.
     */
    public static void rankFamilies(List<Series> all) {
        for (Series s : all) {
            if (s.getIndicator().family() == null || s.segment.isEmpty()) {
                continue;
            }
            List<Series> peers = all.stream().filter(o -> s.comparableInFamily(o)).toList();
            s.familySize = peers.size();
            s.familyRank = 1 + (int) peers.stream().filter(o -> o.lastDecimal().compareTo(s.lastDecimal()) > 0).count();
            s.familyRankFromBottom = 1
                    + (int) peers.stream().filter(o -> o.lastDecimal().compareTo(s.lastDecimal()) < 0).count();
            s.familyTies = (int) peers.stream().filter(o -> o != s && o.lastDecimal().compareTo(s.lastDecimal()) == 0)
                    .count();
        }
    }

    private boolean comparableInFamily(Series o) {
        return !o.segment.isEmpty() && getIndicator().family().equals(o.getIndicator().family())
                && o.getGroupId().equals(getGroupId()) && o.unit() == unit() && o.getLastYear() == getLastYear();
    }

    public String getFamily() {
        return data.indicator().family();
    }

    /** How many series (this one included) it is ranked among; 0 without a family. */
    public int getFamilySize() {
        return familySize;
    }

    /** 1 = highest in its family (ties share the rank). */
    public int getFamilyRank() {
        return familyRank;
    }

    /**
     * How many other members of the family have exactly the same value: four crime types tied at 0 % are not
     * each "the lowest".
     */
    public int getFamilyTies() {
        return familyTies;
    }

    /** 1 = lowest in its family (ties share the rank). */
    public int getFamilyRankFromBottom() {
        return familyRankFromBottom;
    }

    // ---- national median ---------------------------------------------------------------------

    private Point medianPoint() {
        Point found = null;
        for (Point p : segment) {
            if (p.median() != null) {
                found = p;
            }
        }
        return found;
    }

    public int getMedianYear() {
        return medianYear;
    }

    private int computeMedianYear() {
        Point p = medianPoint();
        return p == null ? 0 : p.year();
    }

    /** 0 when no year has a median: guard with {@code medianYear != 0}. */
    public double getMedian() {
        return median;
    }

    private double computeMedian() {
        Point p = medianPoint();
        return p == null ? 0 : d(p.median());
    }

    public BigDecimal medianDecimal() {
        Point p = medianPoint();
        return p == null ? null : p.median();
    }

    public BigDecimal valueAtMedianYear() {
        Point p = medianPoint();
        return p == null ? null : p.value();
    }

    /** Value minus the national median in the latest year that has one, in the judged scale. */
    public double getMedianDiff() {
        return medianDiff;
    }

    private double computeMedianDiff() {
        Point p = medianPoint();
        return p == null ? 0 : d(change(unit(), p.median(), p.value()));
    }

    public BigDecimal medianDiffDecimal() {
        Point p = medianPoint();
        return p == null ? null : change(unit(), p.median(), p.value());
    }

    // ---- bases, notes, data age --------------------------------------------------------------

    /** The smallest base stated for any year, or the low end of a stated range; +∞ when unknown. */
    public double getMinBase() {
        return minBase;
    }

    private double computeMinBase() {
        BigDecimal min = minBaseDecimal();
        return min == null ? Double.POSITIVE_INFINITY : min.doubleValue();
    }

    public BigDecimal minBaseDecimal() {
        BigDecimal min = data.baseRange() == null ? null : data.baseRange().min();
        for (Point p : data.points()) {
            if (p.base() != null && (min == null || p.base().compareTo(min) < 0)) {
                min = p.base();
            }
        }
        return min;
    }

    public BigDecimal maxBaseDecimal() {
        BigDecimal max = data.baseRange() == null ? null : data.baseRange().max();
        for (Point p : data.points()) {
            if (p.base() != null && (max == null || p.base().compareTo(max) > 0)) {
                max = p.base();
            }
        }
        return max;
    }

    /**
     * The smallest non-zero numerator stated for any year; +∞ when none is stated. A numerator of 0 says
     * nothing about how many cases there were (0 of 80 is a real 0 %); the base says that.
     */
    public double getMinCount() {
        return minCount;
    }

    private double computeMinCount() {
        return data.points().stream().map(Point::count).filter(c -> c != null && c.signum() != 0)
                .mapToDouble(BigDecimal::doubleValue).min().orElse(Double.POSITIVE_INFINITY);
    }

    public int getBreakYear() {
        return breakYear;
    }

    public boolean isHasBreak() {
        return breakYear != 0;
    }

    /** Points measured the old way, before the latest series break. */
    public int getPointsBeforeBreak() {
        return pointsBeforeBreak;
    }

    private int computePointsBeforeBreak() {
        return (int) data.points().stream().filter(p -> p.year() < breakYear).count();
    }

    public Note note(NoteKind kind) {
        return data.notes().stream().filter(n -> n.kind() == kind).findFirst().orElse(null);
    }

    public boolean isDiscontinued() {
        return discontinued;
    }

    private boolean computeDiscontinued() {
        return note(NoteKind.DISCONTINUED) != null;
    }

    public boolean isHasCorrection() {
        return hasCorrection;
    }

    private boolean computeHasCorrection() {
        return note(NoteKind.CORRECTION) != null;
    }

    public boolean isHasCaveat() {
        return hasCaveat;
    }

    /** The report gives this series only in a diagram (note diagram_only): a draft says what is missing. */
    public boolean isDiagramOnly() {
        return note(NoteKind.DIAGRAM_ONLY) != null;
    }

    private boolean computeHasCaveat() {
        return note(NoteKind.CAVEAT) != null;
    }

    /** The newest year with any data (before or after a break); 0 when there is none. */
    public int getLastDataYear() {
        return lastDataYear;
    }

    private int computeLastDataYear() {
        int fromPoints = data.points().stream().mapToInt(Point::year).max().orElse(0);
        Note d = note(NoteKind.DISCONTINUED);
        int fromNote = d == null || d.year() == null ? 0 : d.year();
        return Math.max(fromPoints, fromNote);
    }

    /** Years between the newest data and the report year. */
    public int getDataAge() {
        return dataAge;
    }

    private int computeDataAge() {
        int lastData = getLastDataYear();
        return lastData == 0 ? Integer.MAX_VALUE : reportYear - lastData;
    }

    // ---- named directions, so rules compare thresholds with a size and never negate ----------

    /** The change last year as a rise (negative after a fall). */
    public double getLastRise() {
        return lastChange;
    }

    /** The change last year as a fall (negative after a rise). */
    public double getLastFall() {
        return 0 - lastChange;
    }

    public double getTotalRise() {
        return totalChange;
    }

    public double getTotalFall() {
        return 0 - totalChange;
    }

    /** The rise from the lowest value to the last one (the same as {@code recoveryChange}). */
    public double getRiseFromLow() {
        return recoveryChange;
    }

    /** The fall from the highest value to the last one (0 when the last value is the highest). */
    public double getFallFromPeak() {
        return 0 - changeFromPeak;
    }

    /** How far above the national median (negative below it). */
    public double getAboveMedianBy() {
        return medianDiff;
    }

    /** How far below the national median (negative above it). */
    public double getBelowMedianBy() {
        return 0 - medianDiff;
    }

    // ---- shape: every step, dips and peaks with a depth ---------------------------------------

    /** Every step of the segment is a rise: "stadigt" holds. A flat step breaks it. */
    public boolean isRisingEveryStep() {
        return risingEveryStep;
    }

    /** Every step of the segment is a fall. */
    public boolean isFallingEveryStep() {
        return fallingEveryStep;
    }

    /**
     * How far the series fell into its lowest value: from the highest value before it to the lowest,
     * as a size in the judged scale; 0 when the lowest value comes first. Noise is a shallow dip, not
     * "en nedgång".
     */
    public double getDipDepth() {
        return dipDepth;
    }

    private double computeDipDepth() {
        Point low = extreme(-1);
        Point before = extremeBefore(low, 1);
        return before == null ? 0 : 0 - d(changeBetween(before, low));
    }

    /** How far the series rose to its highest value from the lowest value before it; 0 when it comes first. */
    public double getPeakHeight() {
        return peakHeight;
    }

    private double computePeakHeight() {
        Point peak = extreme(1);
        Point before = extremeBefore(peak, -1);
        return before == null ? 0 : d(changeBetween(before, peak));
    }

    /** The highest (sign 1) or lowest (sign -1) point before the given one. */
    private Point extremeBefore(Point p, int sign) {
        Point best = null;
        if (p == null) {
            return null;
        }
        for (Point q : segment.subList(0, segment.indexOf(p))) {
            if (best == null || q.value().compareTo(best.value()) * sign > 0) {
                best = q;
            }
        }
        return best;
    }

    // ---- the previous value, last year's step, a constant series --------------------------------

    /** The value before the last one in the comparable segment; 0 with fewer than two points (guard on pointCount). */
    public double getPreviousValue() {
        return previousValue;
    }

    /** The spread of the last two values, in the same scale as {@link #getRange()}; 0 with fewer than two points. */
    public double getLastStepRange() {
        return lastStepRange;
    }

    private BigDecimal lastStepRangeDecimal() {
        if (segment.size() < 2) {
            return BigDecimal.ZERO;
        }
        BigDecimal hi = last().value().max(previous().value());
        BigDecimal spread = hi.subtract(last().value().min(previous().value()));
        if (unit().judgedAbsolute() || hi.signum() == 0) {
            return spread;
        }
        return spread.multiply(HUNDRED).divide(hi, MC).setScale(RELATIVE_SCALE, RoundingMode.HALF_UP);
    }

    private static boolean exact(Point p) {
        return !p.isRange() && !p.approximate();
    }

    /** Two or more values, all the same and all stated exactly. */
    public boolean isConstant() {
        return constant;
    }

    /** The last value equals the one before it, both stated exactly. */
    public boolean isLastStepFlat() {
        return lastStepFlat;
    }

    // ---- how current the comparable values are ------------------------------------------------

    /** Years between the last comparable value and the report year (very large when there is none). */
    public int getLastValueAge() {
        return lastValueAge;
    }

    /** The comparable values end before a method change: none is measured the new way yet. */
    public boolean isEndsBeforeBreak() {
        return endsBeforeBreak;
    }

    @Override
    public String toString() {
        return "Series[" + getKey() + "]";
    }
}
