package se.bedomning.facts;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

/**
 * One classification of the åtgärder under a Mål (not carried out, nothing to report, not followed up,
 * partly implemented, carried out with outputs) filed by a selection rule as a candidate for the
 * sammanfattning, with the weight (a threshold) it carries and how many åtgärder the report follows up
 * under the Mål, so the sentence can say "2 av de 6". Weighed on the same scale as the indicator merits.
 */
public final class ActionMerit {

    private final int goal;
    private final FindingKind kind;
    private final String variant;
    private final List<ActionFinding> findings;
    private final int total;
    private final BigDecimal weight;
    private final String weightName;
    private final String rule;
    private final int hash;

    public ActionMerit(int goal, FindingKind kind, String variant, Collection<ActionFinding> findings, int total,
            BigDecimal weight, String weightName, String rule) {
        this.goal = goal;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.variant = variant == null ? "" : variant;
        this.findings = findings.stream().sorted(ActionFinding.DRAFT_ORDER).toList();
        this.total = total;
        this.weight = Objects.requireNonNull(weight, "weight");
        this.weightName = Objects.requireNonNull(weightName, "weightName");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.hash = Objects.hash(goal, kind, this.variant, this.findings, total, weight, weightName, rule);
    }

    /** For DRL consequences: the weight is the value of the threshold that names it. */
    public static ActionMerit of(RuleContext ctx, int goal, FindingKind kind, String variant,
            Collection<ActionFinding> findings, Number total, Threshold weight) {
        return new ActionMerit(goal, kind, variant, findings, total.intValue(), weight.getDecimal(), weight.key(),
                ctx.getRule().getName());
    }

    public int getGoal() {
        return goal;
    }

    public FindingKind getKind() {
        return kind;
    }

    public String getVariant() {
        return variant;
    }

    public List<ActionFinding> getFindings() {
        return findings;
    }

    /** The åtgärder of this classification. */
    public int getCount() {
        return findings.size();
    }

    /** Every åtgärd the report follows up under the Mål. */
    public int getTotal() {
        return total;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    /** The weight as a double, for comparison with threshold values in the rules. */
    public double getScore() {
        return weight.doubleValue();
    }

    public String getWeightName() {
        return weightName;
    }

    public String getRule() {
        return rule;
    }

    /** "m2.action_not_carried_out": the Mål and the classification; its sentence in the sammanfattning is "s." + id. */
    public String id() {
        return "m" + goal + "." + kind.code() + (variant.isEmpty() ? "" : "." + variant);
    }

    /** Heavier first; equal weights by id, so one classification of a Mål always wins. */
    public boolean outranks(ActionMerit o) {
        int c = weight.compareTo(o.weight);
        return c > 0 || (c == 0 && id().compareTo(o.id()) < 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActionMerit m && m.goal == goal && m.kind == kind && m.variant.equals(variant)
                && m.findings.equals(findings) && m.total == total && m.weight.compareTo(weight) == 0
                && m.weightName.equals(weightName) && m.rule.equals(rule);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "ActionMerit[" + id() + " " + weightName + "=" + weight.toPlainString() + " by '" + rule + "']";
    }
}
