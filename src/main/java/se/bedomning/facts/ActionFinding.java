package se.bedomning.facts;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What a rule concluded about one åtgärd of the handlingsplan (actions.drl): the kind, a variant that
 * selects the wording, and for traceability the rule and the thresholds it judged against. The action
 * carries its status quote, outputs and reach, each with the quote it came from.
 */
public final class ActionFinding {

    /** Draft order: Mål, the report's order of the åtgärder, kind, variant, rule. */
    public static final Comparator<ActionFinding> DRAFT_ORDER = Comparator.comparingInt(ActionFinding::getGoal)
            .thenComparingInt(f -> f.action.position()).thenComparing(ActionFinding::getKind)
            .thenComparing(ActionFinding::getVariant).thenComparing(ActionFinding::getRule);

    private final FindingKind kind;
    private final String variant;
    private final Action action;
    private final String rule;
    private final List<Threshold> thresholds;
    /** Truth maintenance hashes findings on every logical insert; computed once. */
    private final int hash;

    public ActionFinding(FindingKind kind, String variant, Action action, String rule, List<Threshold> thresholds) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.variant = variant == null ? "" : variant;
        this.action = Objects.requireNonNull(action, "action");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.thresholds = List.copyOf(thresholds);
        this.hash = Objects.hash(kind, this.variant, action.id(), rule);
    }

    /** For DRL consequences. */
    public static ActionFinding of(RuleContext ctx, FindingKind kind, String variant, Action action,
            Threshold... thresholds) {
        return new ActionFinding(kind, variant, action, ctx.getRule().getName(), Arrays.asList(thresholds));
    }

    public FindingKind getKind() {
        return kind;
    }

    public String getVariant() {
        return variant;
    }

    public Action getAction() {
        return action;
    }

    public String getActionId() {
        return action.id();
    }

    /** The åtgärd's actor codes for the rules to join on; one empty code when the facts give none. */
    public List<String> getActorCodes() {
        List<String> codes = action.actors().stream().map(Actor::code).toList();
        return codes.isEmpty() ? List.of("") : codes;
    }

    public int getGoal() {
        return action.goal();
    }

    public String getRule() {
        return rule;
    }

    public List<Threshold> getThresholds() {
        return thresholds;
    }

    /** A stable id for the sentence this finding becomes: goal, kind, variant, åtgärd. */
    public String id() {
        return "m" + getGoal() + "." + kind.code() + (variant.isEmpty() ? "" : "." + variant) + ".atgard_" + action.id();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActionFinding f && f.kind == kind && f.variant.equals(variant) && f.action == action
                && f.rule.equals(rule);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "ActionFinding[" + id() + " by '" + rule + "']";
    }
}
