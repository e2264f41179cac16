package se.bedomning.facts;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

/**
 * An utvecklingsområde that rests on the follow-up of the handlingsplan: the åtgärder under a Mål that
 * raised it and, where the rule joins them, the indicator findings of the same Mål that support it
 * (values too old to describe the present, a discontinued indicator).
 */
public final class ActionArea {

    private final int goal;
    private final String theme;
    private final List<ActionFinding> actions;
    private final List<Finding> findings;
    private final String rule;
    private final int hash;

    public ActionArea(int goal, String theme, Collection<ActionFinding> actions, Collection<Finding> findings,
            String rule) {
        this.goal = goal;
        this.theme = Objects.requireNonNull(theme, "theme");
        this.actions = actions.stream().sorted(ActionFinding.DRAFT_ORDER).toList();
        this.findings = findings.stream().sorted(Finding.DRAFT_ORDER).toList();
        this.rule = Objects.requireNonNull(rule, "rule");
        this.hash = Objects.hash(goal, theme, this.actions, this.findings, rule);
    }

    public static ActionArea of(RuleContext ctx, int goal, String theme, Collection<ActionFinding> actions,
            Collection<Finding> findings) {
        return new ActionArea(goal, theme, actions, findings, ctx.getRule().getName());
    }

    public static final Comparator<ActionArea> DRAFT_ORDER = Comparator.comparingInt(ActionArea::getGoal)
            .thenComparing(ActionArea::getTheme).thenComparing(ActionArea::getRule);

    public int getGoal() {
        return goal;
    }

    public String getTheme() {
        return theme;
    }

    public List<ActionFinding> getActions() {
        return actions;
    }

    public List<Finding> getFindings() {
        return findings;
    }

    public String getRule() {
        return rule;
    }

    public String id() {
        return "m" + goal + ".development_area." + theme;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActionArea a && a.goal == goal && a.theme.equals(theme) && a.actions.equals(actions)
                && a.findings.equals(findings) && a.rule.equals(rule);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
