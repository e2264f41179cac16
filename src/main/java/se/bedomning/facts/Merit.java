package se.bedomning.facts;

import java.math.BigDecimal;
import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

/**
 * One reason, filed by a selection rule, why a stated finding deserves a place in the short bedömning,
 * with the weight (a threshold) that reason carries. A finding may have several; the heaviest wins.
 */
public final class Merit {

    private final Finding finding;
    private final BigDecimal weight;
    private final String weightName;
    private final String rule;
    private final int hash;

    public Merit(Finding finding, BigDecimal weight, String weightName, String rule) {
        this.finding = Objects.requireNonNull(finding, "finding");
        this.weight = Objects.requireNonNull(weight, "weight");
        this.weightName = Objects.requireNonNull(weightName, "weightName");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.hash = Objects.hash(finding, weight, weightName, rule);
    }

    /** For DRL consequences: the weight is the value of the threshold that names it. */
    public static Merit of(RuleContext ctx, Finding finding, Threshold weight) {
        return new Merit(finding, weight.getDecimal(), weight.key(), ctx.getRule().getName());
    }

    /** For DRL consequences: a base weight plus a bonus (both thresholds). */
    public static Merit of(RuleContext ctx, Finding finding, Threshold weight, Threshold bonus) {
        return new Merit(finding, weight.getDecimal().add(bonus.getDecimal()), weight.key() + "+" + bonus.key(),
                ctx.getRule().getName());
    }

    public Finding getFinding() {
        return finding;
    }

    /**
     * The series the finding is about: a plain field of the merit, so that a rule comparing merits of one
     * series ({@code series == $s}) is answered from Drools' index instead of testing every pair of merits.
     */
    public Series getSeries() {
        return finding.getSeries();
    }

    /**
     * The indicator the finding is about, as a plain property for the same reason: rules that join the merits and
     * statements of one indicator ({@code indicatorId == $s.indicatorId}) meet them through Drools' index, where a
     * nested {@code series.indicatorId} tested every pair (the bedömning additions cost half the rule time so).
     */
    public String getIndicatorId() {
        return finding.getSeries().getIndicatorId();
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public String getWeightName() {
        return weightName;
    }

    public String getRule() {
        return rule;
    }

    /** Heavier first; equal weights by name and rule, so one merit of a series always wins. */
    public boolean outranks(Merit o) {
        int c = weight.compareTo(o.weight);
        if (c != 0) {
            return c > 0;
        }
        c = finding.id().compareTo(o.finding.id());
        if (c != 0) {
            return c < 0;
        }
        c = weightName.compareTo(o.weightName);
        return c != 0 ? c < 0 : rule.compareTo(o.rule) < 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Merit m && m.finding.equals(finding) && m.weight.compareTo(weight) == 0
                && m.weightName.equals(weightName) && m.rule.equals(rule);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
