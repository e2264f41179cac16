package se.bedomning.facts;

import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

/**
 * An utvecklingsområde that weighs among the heaviest of the whole region-year, so the sammanfattning names it
 * again (rules/selection.drl, at most {@code summary.maxDevelopmentAreas}); {@code threshold} names that cap.
 */
public final class SummaryArea {

    private final DevelopmentArea area;
    private final String threshold;
    private final String rule;
    private final int hash;

    public SummaryArea(DevelopmentArea area, String threshold, String rule) {
        this.area = Objects.requireNonNull(area, "area");
        this.threshold = Objects.requireNonNull(threshold, "threshold");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.hash = Objects.hash(area, threshold, rule);
    }

    public static SummaryArea of(RuleContext ctx, DevelopmentArea area, Threshold cap) {
        return new SummaryArea(area, cap.key(), ctx.getRule().getName());
    }

    public DevelopmentArea getArea() {
        return area;
    }

    public String getThreshold() {
        return threshold;
    }

    public String getRule() {
        return rule;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SummaryArea s && s.area.equals(area) && s.threshold.equals(threshold) && s.rule.equals(rule);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
