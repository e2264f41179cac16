package se.bedomning.facts;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A classification a rule derived from one series (or a pair, for gaps): the kind from the fixed
 * vocabulary, a variant that selects the wording, the years it speaks of, and — for traceability —
 * the rule that derived it and the thresholds it judged against.
 */
public final class Finding {

    /**
     * Orders findings the way the draft lists them: by goal, file order, kind, variant, other series, rule.
     * Written out by hand with the numeric part precomputed, because every draft sorts thousands of
     * findings, judgements and suppressions by it (a chain of thenComparing lambdas cost more than the
     * rules that derived them).
     */
    public static final Comparator<Finding> DRAFT_ORDER = (a, b) -> {
        int c = Long.compare(a.order, b.order);
        if (c != 0) {
            return c;
        }
        c = a.variant.compareTo(b.variant);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.other == null ? -1 : a.other.getPosition(), b.other == null ? -1 : b.other.getPosition());
        return c != 0 ? c : a.rule.compareTo(b.rule);
    };

    private final FindingKind kind;
    private final String variant;
    private final Series series;
    private final Series other;
    private final int fromYear;
    private final int toYear;
    private final String rule;
    private final List<Threshold> thresholds;
    /** Truth maintenance hashes findings on every logical insert; computed once. */
    private final int hash;
    /** Goal, file position and kind packed into one number: the first keys of {@link #DRAFT_ORDER}. */
    private final long order;
    /**
     * The sentence id, built once: the selection rules compare ids to break ties between equal weights for
     * every pair of merits or selections in a Mål, and rebuilding the string each time was a tenth of a
     * national batch.
     */
    private final String id;

    public Finding(FindingKind kind, String variant, Series series, Series other, int fromYear, int toYear,
            String rule, List<Threshold> thresholds) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.variant = variant == null ? "" : variant;
        this.series = Objects.requireNonNull(series, "series");
        this.other = other;
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.rule = Objects.requireNonNull(rule, "rule");
        this.thresholds = sortedByKey(thresholds);
        this.hash = Objects.hash(kind, this.variant, series.getKey(), other == null ? null : other.getKey(), fromYear,
                toYear, rule);
        this.order = ((long) series.getGoal() << 48) | ((long) series.getPosition() << 16) | kind.ordinal();
        String base = "m" + series.getGoal() + "." + kind.code() + (this.variant.isEmpty() ? "" : "." + this.variant) + "."
                + series.getKey();
        this.id = other == null ? base : base + "~" + other.getKey();
    }

    private static List<Threshold> sortedByKey(List<Threshold> thresholds) {
        if (thresholds.size() < 2) {
            return List.copyOf(thresholds);
        }
        Threshold[] sorted = thresholds.toArray(new Threshold[0]);
        Arrays.sort(sorted, Comparator.comparing(Threshold::key));
        return List.of(sorted);
    }

    /** For DRL consequences: a finding about one series over the years from–to. */
    public static Finding of(RuleContext ctx, FindingKind kind, String variant, Series series, int fromYear,
            int toYear, Threshold... thresholds) {
        return new Finding(kind, variant, series, null, fromYear, toYear, ctx.getRule().getName(),
                Arrays.asList(thresholds));
    }

    /** For DRL consequences: a finding that compares a series with another one (gaps). */
    public static Finding pair(RuleContext ctx, FindingKind kind, String variant, Series series, Series other,
            int year, Threshold... thresholds) {
        return new Finding(kind, variant, series, other, year, year, ctx.getRule().getName(),
                Arrays.asList(thresholds));
    }

    public FindingKind getKind() {
        return kind;
    }

    public String getVariant() {
        return variant;
    }

    public Series getSeries() {
        return series;
    }

    /** The indicator of the finding's series, a plain property so that rules joining on it use Drools' index. */
    public String getIndicatorId() {
        return series.getIndicatorId();
    }

    public Series getOther() {
        return other;
    }

    public int getFromYear() {
        return fromYear;
    }

    public int getToYear() {
        return toYear;
    }

    public String getRule() {
        return rule;
    }

    public List<Threshold> getThresholds() {
        return thresholds;
    }

    public int getGoal() {
        return series.getGoal();
    }

    public Polarity getPolarity() {
        return series.getPolarity();
    }

    public Unit getUnit() {
        return series.getUnit();
    }

    /**
     * Whether another finding states exactly the values this one states: the same years and, year by year
     * in the span, the same value as the source gives it (a range or an approximate value only equals the
     * same). Two groups with identical values are said once ("för både kvinnor och män"); the rules decide.
     */
    public boolean sameValuesAs(Finding o) {
        if (o == null || o.fromYear != fromYear || o.toYear != toYear || (o.other == null) != (other == null)) {
            return false;
        }
        // A caveat passes on its note, not the values: the same note for two groups is the same statement.
        NoteKind note = kind == FindingKind.DATA_CAVEAT && o.kind == kind && o.variant.equals(variant)
                ? NoteKind.ofVariant(variant) : null;
        if (note != null) {
            Note a = series.note(note);
            Note b = o.series.note(note);
            return a != null && b != null && java.util.Objects.equals(a.text(), b.text());
        }
        for (int year = fromYear; year <= toYear; year++) {
            if (!same(series.pointIn(year), o.series.pointIn(year))
                    || (other != null && !same(other.pointIn(year), o.other.pointIn(year)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(Point a, Point b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.value().compareTo(b.value()) == 0 && a.approximate() == b.approximate() && a.isRange() == b.isRange()
                && (!a.isRange() || (a.low().compareTo(b.low()) == 0 && a.high().compareTo(b.high()) == 0));
    }

    /** A stable id for the sentence this finding becomes: goal, kind, variant, series (and other). */
    public String id() {
        return id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding f && f.kind == kind && f.variant.equals(variant) && f.series == series
                && f.other == other && f.fromYear == fromYear && f.toYear == toYear && f.rule.equals(rule);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "Finding[" + id() + " " + fromYear + "–" + toYear + " by '" + rule + "']";
    }
}
