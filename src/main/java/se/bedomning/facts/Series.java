package se.bedomning.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The fact the rules see: one indicator × group with the arithmetic done once in Java, so rules only
 * judge numbers against thresholds and never join one fact per year.
 *
 * <p>Changes ({@code lastChange}, {@code totalChange}, {@code recentChange}, {@code range},
 * {@code medianDiff}) are in the indicator's judged scale: procentenheter for shares, points for means,
 * procent for counts and rates (see {@link Unit#change}). Only the points after the latest series
 * break count ({@link Segment}), so a change across a break is never a trend.
 *
 * <p>Every metric is computed once, in the constructor, by a small helper per concern ({@link Levels},
 * {@link Steps}, {@link Changes}, {@link FamilyRank}), because Drools evaluates constraints many times;
 * the getters only read. The exact values a draft words are on {@link #decimals()}, so the rules'
 * {@code double} fields have no {@code BigDecimal} twins. Nothing changes after construction: a family's
 * ranks are computed across all series first ({@link #of}) and each series is built with its own.
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

    private final SeriesData data;
    private final String key;
    private final int reportYear;
    private final Segment segment;
    private final int recentFromYear;
    private final Levels levels;
    private final Steps steps;
    private final Changes changes;
    private final Plateau plateau;
    private final Decimals decimals;
    private final FamilyRank familyRank;
    // The double views of Decimals the rules compare, and what the notes and bases say.
    private final int medianYear;
    private final double median;
    private final double medianDiff;
    private final double shortfall;
    private final double minBase;
    private final double minCount;
    private final int pointsBeforeBreak;
    private final boolean discontinued;
    private final boolean hasCorrection;
    private final boolean hasCaveat;
    private final boolean diagramOnly;
    private final boolean noFigures;
    private final int lastDataYear;
    private final int dataAge;
    private final int lastValueAge;
    private final boolean endsBeforeBreak;

    private Series(SeriesData data, Segment segment, FamilyRank familyRank, int reportYear, int recentWindowYears) {
        this.data = data;
        this.key = data.key();
        this.reportYear = reportYear;
        this.segment = segment;
        this.familyRank = familyRank;
        this.recentFromYear = segment.recentFrom(recentWindowYears);
        this.levels = Levels.of(segment);
        this.steps = Steps.of(segment);
        this.changes = Changes.of(segment, data.indicator().unit(), recentFromYear);
        this.plateau = Plateau.of(segment, data.indicator().unit(), steps);
        this.decimals = Decimals.of(data, segment);
        Point medianPoint = segment.lastWithMedian();
        this.medianYear = medianPoint == null ? 0 : medianPoint.year();
        this.median = Changes.d(decimals.median());
        this.medianDiff = Changes.d(decimals.medianDiff());
        this.shortfall = Changes.d(decimals.shortfall());
        this.minBase = decimals.minBase() == null ? Double.POSITIVE_INFINITY : decimals.minBase().doubleValue();
        // One pass over the points for what the segment does not hold (loops rather than streams: a batch
        // builds a hundred thousand series on the launcher's C1-only JIT).
        double fewest = Double.POSITIVE_INFINITY;
        int beforeBreak = 0;
        int lastPointYear = 0;
        for (Point p : data.points()) {
            // A numerator of 0 says nothing about how many cases there were (0 of 80 is a real 0 %); the base says that.
            if (p.count() != null && p.count().signum() != 0) {
                fewest = Math.min(fewest, p.count().doubleValue());
            }
            if (p.year() < segment.breakYear()) {
                beforeBreak++;
            }
            lastPointYear = Math.max(lastPointYear, p.year());
        }
        this.minCount = fewest;
        this.pointsBeforeBreak = beforeBreak;
        this.discontinued = note(NoteKind.DISCONTINUED) != null;
        this.hasCorrection = note(NoteKind.CORRECTION) != null;
        this.hasCaveat = note(NoteKind.CAVEAT) != null;
        this.diagramOnly = note(NoteKind.DIAGRAM_ONLY) != null;
        this.noFigures = note(NoteKind.NO_FIGURES) != null;
        Note ended = note(NoteKind.DISCONTINUED);
        this.lastDataYear = Math.max(lastPointYear, ended == null || ended.year() == null ? 0 : ended.year());
        this.dataAge = lastDataYear == 0 ? Integer.MAX_VALUE : reportYear - lastDataYear;
        this.lastValueAge = segment.isEmpty() ? Integer.MAX_VALUE : reportYear - levels.lastYear();
        this.endsBeforeBreak = !segment.isEmpty() && segment.breakYear() > levels.lastYear();
    }

    /**
     * One fact per series of a region, each built with its rank in its family: ranking is arithmetic
     * across series, so it is done here, once, before any rule runs, and returned rather than written
     * into facts the rules already hold.
     */
    public static List<Series> of(List<SeriesData> all, int reportYear, int recentWindowYears) {
        List<Segment> segments = new ArrayList<>(all.size());
        for (SeriesData d : all) {
            segments.add(Segment.of(d));
        }
        List<FamilyRank.Member> members = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            members.add(FamilyRank.member(all.get(i), segments.get(i)));
        }
        List<FamilyRank> ranks = FamilyRank.of(members);
        List<Series> series = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            series.add(new Series(all.get(i), segments.get(i), ranks.get(i), reportYear, recentWindowYears));
        }
        return List.copyOf(series);
    }

    /** The exact values a draft words; the rules compare the {@code double} getters. */
    public Decimals decimals() {
        return decimals;
    }

    /** The point of a year in the comparable segment, for wording a range or an approximate value as such. */
    public Point pointIn(int year) {
        return segment.inYear(year);
    }

    public Note note(NoteKind kind) {
        for (Note n : data.notes()) {
            if (n.kind() == kind) {
                return n;
            }
        }
        return null;
    }

    /** The difference to another series in the last year, in the judged scale (this minus other). */
    public double gapTo(Series other) {
        return Changes.d(decimals.gapTo(other.decimals));
    }

    // ---- identity and properties -------------------------------------------------------------

    public SeriesData getData() {
        return data;
    }

    public Indicator getIndicator() {
        return data.indicator();
    }

    /**
     * Who the share is of, as the catalog or fact file names it ("de 23 kommuner som har en samordnande
     * funktion"), or "" when it does not say: rules that say several indicators in one sentence compare it,
     * since values of different populations cannot share one "respektive".
     */
    public String getPopulation() {
        String p = data.indicator().population();
        return p == null ? "" : p;
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

    public Unit getUnit() {
        return data.indicator().unit();
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

    /** Links indicators that ask the same question of different respondents (gaps.drl). */
    public String getQuestion() {
        return data.indicator().question();
    }

    /** The catalog's topic code (what the indicator is about), null when the indicator gives none. */
    public String getTopic() {
        return Dimensions.code(data.indicator().dimensions().topic());
    }

    /**
     * Whom the series concerns: the group's segment when that is a target group ("barn", "vuxna"), else the
     * indicator's target group; null when neither says.
     */
    public String getTargetGroup() {
        String segment = data.group().segment();
        if (segment != null && Codes.find(TargetGroup.class, segment).isPresent()) {
            return segment;
        }
        return Dimensions.code(data.indicator().dimensions().targetGroup());
    }

    public String getProvision() {
        return Dimensions.code(data.indicator().dimensions().provision());
    }

    public String getActor() {
        return Dimensions.code(data.indicator().dimensions().actor());
    }

    public Sex getSex() {
        return data.group().sex();
    }

    /** The group's segment (åk 8, gymnasiet, …), not the comparable segment of points. */
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
        return levels.firstYear();
    }

    public int getLastYear() {
        return levels.lastYear();
    }

    public int getPreviousYear() {
        return levels.previousYear();
    }

    /**
     * Years between the last two values (1 for adjacent years; 0 with fewer than two values). A change over a
     * long gap between measurements is not called kraftig: 56 → 70 procent from 2019 to 2024 is five years.
     */
    public int getLastStepYears() {
        return getPointCount() < 2 ? 0 : levels.lastYear() - levels.previousYear();
    }

    /** 0 when the series has no values: guard with {@code pointCount >= 1}. */
    public double getFirstValue() {
        return levels.firstValue();
    }

    /** 0 when the series has no values: guard with {@code pointCount >= 1}. */
    public double getLastValue() {
        return levels.lastValue();
    }

    /** The value before the last one in the comparable segment; 0 with fewer than two points (guard on pointCount). */
    public double getPreviousValue() {
        return levels.previousValue();
    }

    public double getMinValue() {
        return levels.minValue();
    }

    public int getMinYear() {
        return levels.minYear();
    }

    public double getMaxValue() {
        return levels.maxValue();
    }

    public int getMaxYear() {
        return levels.maxYear();
    }

    /** The lowest value lies strictly inside the segment: a dip. */
    public boolean isDipInside() {
        return levels.dipInside();
    }

    public boolean isPeakInside() {
        return levels.peakInside();
    }

    // ---- changes, in the judged scale ---------------------------------------------------------

    /** Change from the year before to the last year. */
    public double getLastChange() {
        return changes.last();
    }

    /** Change from the first to the last year of the comparable segment. */
    public double getTotalChange() {
        return changes.total();
    }

    /** Change over the recent window (thresholds: series.recentWindowYears). */
    public double getRecentChange() {
        return changes.recent();
    }

    public int getRecentFromYear() {
        return recentFromYear;
    }

    /**
     * Spread of the segment in the judged scale; for counts and rates in procent of the highest value,
     * which is defined even when the lowest is 0.
     */
    public double getRange() {
        return changes.range();
    }

    /** The spread of the last two values, in the same scale as {@link #getRange()}; 0 with fewer than two points. */
    public double getLastStepRange() {
        return changes.lastStepRange();
    }

    /** Change from the lowest value to the last one. */
    public double getRecoveryChange() {
        return changes.fromLow();
    }

    /** Change from the highest value to the last one (negative after a decline). */
    public double getChangeFromPeak() {
        return changes.fromPeak();
    }

    /**
     * How far the series fell into its lowest value: from the highest value before it to the lowest,
     * as a size in the judged scale; 0 when the lowest value comes first. Noise is a shallow dip, not
     * "en nedgång".
     */
    public double getDipDepth() {
        return changes.dipDepth();
    }

    /** How far the series rose to its highest value from the lowest value before it; 0 when it comes first. */
    public double getPeakHeight() {
        return changes.peakHeight();
    }

    // ---- named directions, so rules compare thresholds with a size and never negate ----------

    /** The change last year as a rise (negative after a fall). */
    public double getLastRise() {
        return changes.last();
    }

    /** The change last year as a fall (negative after a rise). */
    public double getLastFall() {
        return 0 - changes.last();
    }

    public double getTotalRise() {
        return changes.total();
    }

    public double getTotalFall() {
        return 0 - changes.total();
    }

    /** The rise from the lowest value to the last one (the same as {@code recoveryChange}). */
    public double getRiseFromLow() {
        return changes.fromLow();
    }

    /** The fall from the highest value to the last one (0 when the last value is the highest). */
    public double getFallFromPeak() {
        return 0 - changes.fromPeak();
    }

    /** How far above the national median (negative below it). */
    public double getAboveMedianBy() {
        return medianDiff;
    }

    /** How far below the national median (negative above it). */
    public double getBelowMedianBy() {
        return 0 - medianDiff;
    }

    // ---- steps: how the values move from year to year -----------------------------------------

    public int getRisingSteps() {
        return steps.rising();
    }

    public int getFallingSteps() {
        return steps.falling();
    }

    public int getFlatSteps() {
        return steps.flat();
    }

    /** Year-on-year rises in a row that end with the last year. */
    public int getConsecutiveRises() {
        return steps.consecutiveRises();
    }

    public int getConsecutiveFalls() {
        return steps.consecutiveFalls();
    }

    /** The year the rises in a row that end with the last year began (the last year when it was no rise). */
    public int getRisesFromYear() {
        return plateau.risesFrom();
    }

    /** Values up to and with the first of those rises' starting value: the level before them. */
    public int getPointsBeforeRises() {
        return plateau.pointsBeforeRises();
    }

    /** The spread of the values before the rises in a row (as {@code range} measures a segment). */
    public double getSpreadBeforeRises() {
        return plateau.spreadBeforeRises();
    }

    /** The change over the rises in a row that end with the last year. */
    public double getRiseSinceRises() {
        return plateau.riseSinceRises();
    }

    public int getFallsFromYear() {
        return plateau.fallsFrom();
    }

    public int getPointsBeforeFalls() {
        return plateau.pointsBeforeFalls();
    }

    public double getSpreadBeforeFalls() {
        return plateau.spreadBeforeFalls();
    }

    /** The fall over the falls in a row that end with the last year, as a size. */
    public double getFallSinceFalls() {
        return plateau.fallSinceFalls();
    }

    /** Never falls and rises at least once: "har ökat varje år" in the loose sense analysts use. */
    public boolean isMonotoneUp() {
        return steps.monotoneUp();
    }

    public boolean isMonotoneDown() {
        return steps.monotoneDown();
    }

    /** Every step of the segment is a rise: "stadigt" holds. A flat step breaks it. */
    public boolean isRisingEveryStep() {
        return steps.risingEveryStep();
    }

    /** Every step of the segment is a fall. */
    public boolean isFallingEveryStep() {
        return steps.fallingEveryStep();
    }

    /** The last value is above every earlier value of the segment. */
    public boolean isLastIsPeak() {
        return steps.lastIsPeak();
    }

    public boolean isLastIsLow() {
        return steps.lastIsLow();
    }

    /** All steps after the lowest value are rises or flat, with at least one rise. */
    public boolean isRisingSinceLow() {
        return steps.risingSinceLow();
    }

    /** All steps after the highest value are falls or flat, with at least one fall. */
    public boolean isFallingSincePeak() {
        return steps.fallingSincePeak();
    }

    /** Two or more values, all the same and all stated exactly. */
    public boolean isConstant() {
        return steps.constant();
    }

    /** The last value equals the one before it, both stated exactly. */
    public boolean isLastStepFlat() {
        return steps.lastStepFlat();
    }

    // ---- shares that lack something ----------------------------------------------------------

    /**
     * For shares: procentenheter of the population that lacks something in the last year ("en
     * fjärdedel saknar"). For a share that should rise, that is 100 minus the share; for a share that
     * should fall ("andel kommuner som saknar …") it is the share itself; 0 otherwise.
     */
    public double getShortfall() {
        return shortfall;
    }

    // ---- ranking within a family of comparable indicators ------------------------------------

    public String getFamily() {
        return data.indicator().family();
    }

    /** How many series (this one included) it is ranked among; 0 without a family. */
    public int getFamilySize() {
        return familyRank.size();
    }

    /** 1 = highest in its family (ties share the rank). */
    public int getFamilyRank() {
        return familyRank.rank();
    }

    /**
     * How many other members of the family have exactly the same value: four crime types tied at 0 % are not
     * each "the lowest".
     */
    public int getFamilyTies() {
        return familyRank.ties();
    }

    /** 1 = lowest in its family (ties share the rank). */
    public int getFamilyRankFromBottom() {
        return familyRank.rankFromBottom();
    }

    // ---- national median ---------------------------------------------------------------------

    public int getMedianYear() {
        return medianYear;
    }

    /** 0 when no year has a median: guard with {@code medianYear != 0}. */
    public double getMedian() {
        return median;
    }

    /** Value minus the national median in the latest year that has one, in the judged scale. */
    public double getMedianDiff() {
        return medianDiff;
    }

    // ---- bases, notes, data age --------------------------------------------------------------

    /** The smallest base stated for any year, or the low end of a stated range; +∞ when unknown. */
    public double getMinBase() {
        return minBase;
    }

    /**
     * The smallest non-zero numerator stated for any year; +∞ when none is stated. A numerator of 0 says
     * nothing about how many cases there were (0 of 80 is a real 0 %); the base says that.
     */
    public double getMinCount() {
        return minCount;
    }

    public int getBreakYear() {
        return segment.breakYear();
    }

    public boolean isHasBreak() {
        return segment.breakYear() != 0;
    }

    /** Points measured the old way, before the latest series break. */
    public int getPointsBeforeBreak() {
        return pointsBeforeBreak;
    }

    public boolean isDiscontinued() {
        return discontinued;
    }

    public boolean isHasCorrection() {
        return hasCorrection;
    }

    public boolean isHasCaveat() {
        return hasCaveat;
    }

    /** The report gives this series only in a diagram (note diagram_only): a draft says what is missing. */
    public boolean isDiagramOnly() {
        return diagramOnly;
    }

    /** The report speaks of this series without figures (note no_figures): a draft says what is missing. */
    public boolean isNoFigures() {
        return noFigures;
    }

    /** The newest year with any data (before or after a break); 0 when there is none. */
    public int getLastDataYear() {
        return lastDataYear;
    }

    /** Years between the newest data and the report year. */
    public int getDataAge() {
        return dataAge;
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
