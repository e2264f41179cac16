package se.bedomning.facts;

import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

/** Whether what the report says of an åtgärd is good or bad news, decided by a valence rule. */
public final class ActionJudgement {

    private final ActionFinding finding;
    private final Valence valence;
    private final String rule;
    private final int hash;

    public ActionJudgement(ActionFinding finding, Valence valence, String rule) {
        this.finding = Objects.requireNonNull(finding, "finding");
        this.valence = Objects.requireNonNull(valence, "valence");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.hash = Objects.hash(finding, valence, rule);
    }

    public static ActionJudgement of(RuleContext ctx, ActionFinding finding, Valence valence) {
        return new ActionJudgement(finding, valence, ctx.getRule().getName());
    }

    public ActionFinding getFinding() {
        return finding;
    }

    public Valence getValence() {
        return valence;
    }

    public String getRule() {
        return rule;
    }

    public int getGoal() {
        return finding.getGoal();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActionJudgement j && j.finding.equals(finding) && j.valence == valence && j.rule.equals(rule);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
