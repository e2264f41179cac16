package se.bedomning.facts;

import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A finding, or an åtgärd's finding, that a decision rule counts as a concern of a kind ("negative_trend",
 * "coverage", "action_follow_up" …), weighted by a threshold. Its dimensions (topic, target group, violence
 * type, provision, actor) are what development.drl matches against the themes of rules/themes.json; an
 * åtgärd with several actors is one concern per actor, so a theme for any of them takes it.
 */
public final class Concern {

    private final Finding finding;
    private final ActionFinding action;
    private final String kind;
    private final String actor;
    private final int weight;
    private final String rule;
    /** Truth maintenance hashes derived facts on every logical insert; computed once. */
    private final int hash;

    private Concern(Finding finding, ActionFinding action, String kind, String actor, int weight, String rule) {
        this.finding = finding;
        this.action = action;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.actor = actor;
        this.weight = weight;
        this.rule = Objects.requireNonNull(rule, "rule");
        this.hash = Objects.hash(finding, action, kind, actor, rule);
    }

    public Concern(Finding finding, String kind, int weight, String rule) {
        this(Objects.requireNonNull(finding, "finding"), null, kind, finding.getSeries().getActor(), weight, rule);
    }

    public static Concern of(RuleContext ctx, Finding finding, String kind, Threshold weight) {
        return new Concern(finding, kind, weight.getDecimal().intValue(), ctx.getRule().getName());
    }

    /** An åtgärd's concern for one of its actors (null when the facts name none as a code). */
    public static Concern ofAction(RuleContext ctx, ActionFinding action, String kind, String actor,
            Threshold weight) {
        return new Concern(null, Objects.requireNonNull(action, "action"), kind,
                actor == null || actor.isEmpty() ? null : actor,
                weight.getDecimal().intValue(), ctx.getRule().getName());
    }

    /** The indicator finding, null for an åtgärd's concern. */
    public Finding getFinding() {
        return finding;
    }

    /** The åtgärd's finding, null for an indicator's concern. */
    public ActionFinding getAction() {
        return action;
    }

    public String getKind() {
        return kind;
    }

    public int getWeight() {
        return weight;
    }

    public String getRule() {
        return rule;
    }

    public int getGoal() {
        return finding != null ? finding.getGoal() : action.getGoal();
    }

    /** The series of an indicator's concern, null for an åtgärd's. */
    public Series getSeries() {
        return finding == null ? null : finding.getSeries();
    }

    public String getTopic() {
        if (finding != null) {
            return finding.getSeries().getTopic();
        }
        Topic t = action.getAction().topic();
        return t == null ? null : t.code();
    }

    public String getTargetGroup() {
        return finding == null ? null : finding.getSeries().getTargetGroup();
    }

    public String getViolenceType() {
        return finding == null ? null : finding.getSeries().getViolenceType().code();
    }

    public String getProvision() {
        return finding == null ? null : finding.getSeries().getProvision();
    }

    public String getActor() {
        return actor;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Concern c && Objects.equals(c.finding, finding) && Objects.equals(c.action, action)
                && c.kind.equals(kind) && Objects.equals(c.actor, actor) && c.rule.equals(rule);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "Concern[" + kind + " " + (finding != null ? finding.id() : action.id()) + "]";
    }
}
