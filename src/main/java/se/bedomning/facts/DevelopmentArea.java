package se.bedomning.facts;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

/** An utvecklingsområde for a goal: a theme (selects the wording) and the findings it rests on. */
public final class DevelopmentArea {

    private final int goal;
    private final String theme;
    private final List<Finding> basis;
    private final String rule;

    public DevelopmentArea(int goal, String theme, Collection<Finding> basis, String rule) {
        this.goal = goal;
        this.theme = Objects.requireNonNull(theme, "theme");
        this.basis = basis.stream().sorted(Finding.DRAFT_ORDER).distinct().toList();
        this.rule = Objects.requireNonNull(rule, "rule");
        if (this.basis.isEmpty()) {
            throw new IllegalArgumentException("a development area must rest on at least one finding");
        }
    }

    public static DevelopmentArea of(RuleContext ctx, Theme theme, Collection<Finding> basis) {
        return new DevelopmentArea(theme.getGoal(), theme.getName(), basis, ctx.getRule().getName());
    }

    public int getGoal() {
        return goal;
    }

    public String getTheme() {
        return theme;
    }

    public List<Finding> getBasis() {
        return basis;
    }

    public String getRule() {
        return rule;
    }

    public String id() {
        return "m" + goal + ".development_area." + theme;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DevelopmentArea d && d.goal == goal && d.theme.equals(theme) && d.basis.equals(basis)
                && d.rule.equals(rule);
    }

    @Override
    public int hashCode() {
        return Objects.hash(goal, theme, basis, rule);
    }
}
