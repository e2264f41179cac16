package se.bedomning.facts;

import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

/**
 * An åtgärd finding that the selection rules leave out of the bedömning's handlingsplan paragraph, and why
 * ({@code because}: "reported_elsewhere" for a cross-reference to another åtgärd, "said_by_count" when the count
 * sentence already says all there is). The underlag still lists the åtgärd with its status.
 */
public final class ActionUnsaid {

    /**
     * The reason a rule gives when the count sentence states the finding in full ("Alla tre åtgärder … har
     * genomförts"): the checklist counts such a finding as said in the bedömning, and a cross-reference not. The
     * rule that gives it names this constant, so the two cannot drift apart.
     */
    public static final String SAID_BY_COUNT = "said_by_count";

    private final ActionFinding finding;
    private final String because;
    private final String rule;
    private final int hash;

    public ActionUnsaid(ActionFinding finding, String because, String rule) {
        this.finding = Objects.requireNonNull(finding, "finding");
        this.because = Objects.requireNonNull(because, "because");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.hash = Objects.hash(finding, because, rule);
    }

    /** For DRL consequences. */
    public static ActionUnsaid of(RuleContext ctx, ActionFinding finding, String because) {
        return new ActionUnsaid(finding, because, ctx.getRule().getName());
    }

    public ActionFinding getFinding() {
        return finding;
    }

    public int getGoal() {
        return finding.getGoal();
    }

    public String getBecause() {
        return because;
    }

    public String getRule() {
        return rule;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActionUnsaid u && u.finding.equals(finding) && u.because.equals(because)
                && u.rule.equals(rule);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "ActionUnsaid[" + finding.id() + " " + because + " by '" + rule + "']";
    }
}
