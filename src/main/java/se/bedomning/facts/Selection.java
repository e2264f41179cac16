package se.bedomning.facts;

import java.math.BigDecimal;
import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A stated finding chosen for the bedömning, with the weight of its heaviest merit and the rule that
 * gave it. {@code key} is the finding's sentence id: the tie-break that makes the order of equal weights
 * total and deterministic in the rules that cap how many enter.
 */
public final class Selection {

    private final Finding finding;
    private final Merit merit;
    private final String rule;
    private final int hash;

    public Selection(Finding finding, Merit merit, String rule) {
        this.finding = Objects.requireNonNull(finding, "finding");
        this.merit = Objects.requireNonNull(merit, "merit");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.hash = Objects.hash(finding, merit, rule);
    }

    public static Selection of(RuleContext ctx, Merit merit) {
        return new Selection(merit.getFinding(), merit, ctx.getRule().getName());
    }

    public Finding getFinding() {
        return finding;
    }

    public Merit getMerit() {
        return merit;
    }

    public BigDecimal getWeight() {
        return merit.getWeight();
    }

    /** The weight as a double, for comparison with threshold values in the rules. */
    public double getScore() {
        return merit.getWeight().doubleValue();
    }

    /** Whether the finding is about a named group ("för barn"), not the whole population (blank label). */
    public boolean isNamedGroup() {
        return !finding.getSeries().getData().group().label().isBlank();
    }

    public String getKey() {
        return finding.id();
    }

    public int getGoal() {
        return finding.getGoal();
    }

    public Series getSeries() {
        return finding.getSeries();
    }

    public String getRule() {
        return rule;
    }

    /** Heavier first; equal weights by sentence id, so the order is total. */
    public boolean outranks(Selection o) {
        int c = getWeight().compareTo(o.getWeight());
        return c > 0 || (c == 0 && getKey().compareTo(o.getKey()) < 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Selection s && s.finding.equals(finding) && s.merit.equals(merit) && s.rule.equals(rule);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
