package se.bedomning.facts;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

/**
 * One sentence of a Mål's handlingsplan paragraph after its count sentence, as a selection rule chose it: the
 * åtgärd findings it states together (one, or several of one kind, variant and rule whose sentence says no more
 * than their numbers), in the report's order of the åtgärder. Java only words it.
 */
public final class ActionStatement {

    private final List<ActionFinding> findings;
    private final String rule;
    private final int hash;

    public ActionStatement(Collection<ActionFinding> findings, String rule) {
        this.findings = findings.stream().sorted(ActionFinding.DRAFT_ORDER).toList();
        if (this.findings.isEmpty()) {
            throw new IllegalArgumentException("a handlingsplan sentence states at least one åtgärd finding");
        }
        this.rule = Objects.requireNonNull(rule, "rule");
        this.hash = Objects.hash(this.findings, rule);
    }

    /** For DRL consequences: one finding said in a sentence of its own. */
    public static ActionStatement of(RuleContext ctx, ActionFinding finding) {
        return new ActionStatement(List.of(finding), ctx.getRule().getName());
    }

    /** For DRL consequences: the findings gathered by an accumulate, said in one sentence. */
    public static ActionStatement of(RuleContext ctx, Collection<?> findings) {
        return new ActionStatement(findings.stream().map(ActionFinding.class::cast).toList(), ctx.getRule().getName());
    }

    public List<ActionFinding> getFindings() {
        return findings;
    }

    /** The first finding in draft order: where the sentence stands in the paragraph. */
    public ActionFinding getFirst() {
        return findings.get(0);
    }

    public int getGoal() {
        return findings.get(0).getGoal();
    }

    public FindingKind getKind() {
        return findings.get(0).getKind();
    }

    public String getVariant() {
        return findings.get(0).getVariant();
    }

    public String getRule() {
        return rule;
    }

    /** "m5.action_carried_out.atgard_5.2" for one åtgärd, "m7.action_carried_out.atgarder_7.1_7.8_7.9" for several. */
    public String id() {
        ActionFinding first = findings.get(0);
        return findings.size() == 1 ? first.id() : "m" + first.getGoal() + "." + first.getKind().code()
                + (first.getVariant().isEmpty() ? "" : "." + first.getVariant()) + ".atgarder_"
                + String.join("_", findings.stream().map(ActionFinding::getActionId).toList());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActionStatement s && s.findings.equals(findings) && s.rule.equals(rule);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "ActionStatement[" + id() + " by '" + rule + "']";
    }
}
