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

    /** Orders findings the way the draft lists them: by goal, file order, kind, variant, other series. */
    public static final Comparator<Finding> DRAFT_ORDER = Comparator
            .comparingInt(Finding::getGoal)
            .thenComparingInt((Finding f) -> f.series.getPosition())
            .thenComparing(Finding::getKind)
            .thenComparing(Finding::getVariant)
            .thenComparingInt(f -> f.other == null ? -1 : f.other.getPosition())
            .thenComparing(Finding::getRule);

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

    public Finding(FindingKind kind, String variant, Series series, Series other, int fromYear, int toYear,
            String rule, List<Threshold> thresholds) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.variant = variant == null ? "" : variant;
        this.series = Objects.requireNonNull(series, "series");
        this.other = other;
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.rule = Objects.requireNonNull(rule, "rule");
        this.thresholds = thresholds.stream().sorted(Comparator.comparing(Threshold::key)).toList();
        this.hash = Objects.hash(kind, this.variant, series.getKey(), other == null ? null : other.getKey(), fromYear,
                toYear, rule);
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

    /** A stable id for the sentence this finding becomes: goal, kind, variant, series (and other). */
    public String id() {
        String base = "m" + getGoal() + "." + kind.code() + (variant.isEmpty() ? "" : "." + variant) + "." + series.getKey();
        return other == null ? base : base + "~" + other.getKey();
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
