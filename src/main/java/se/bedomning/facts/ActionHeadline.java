package se.bedomning.facts;

import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

/** A classification of a Mål's åtgärder that the selection rules put in the sammanfattning. */
public final class ActionHeadline {

    private final ActionMerit merit;
    private final String rule;
    private final int hash;

    public ActionHeadline(ActionMerit merit, String rule) {
        this.merit = Objects.requireNonNull(merit, "merit");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.hash = Objects.hash(merit, rule);
    }

    public static ActionHeadline of(RuleContext ctx, ActionMerit merit) {
        return new ActionHeadline(merit, ctx.getRule().getName());
    }

    public ActionMerit getMerit() {
        return merit;
    }

    public int getGoal() {
        return merit.getGoal();
    }

    /** The classification's kind and variant, so a rule can find the same classification under other Mål. */
    public FindingKind getKind() {
        return merit.getKind();
    }

    public String getVariant() {
        return merit.getVariant();
    }

    public String getRule() {
        return rule;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActionHeadline h && h.merit.equals(merit) && h.rule.equals(rule);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
