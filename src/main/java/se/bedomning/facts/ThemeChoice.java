package se.bedomning.facts;

import java.util.Objects;

/** The theme a concern was filed under: the first of the themes it fits that is raised under its goal. */
public final class ThemeChoice {

    private final Concern concern;
    private final String themeId;
    private final String rule;
    private final int hash;

    public ThemeChoice(Concern concern, String themeId, String rule) {
        this.concern = Objects.requireNonNull(concern, "concern");
        this.themeId = Objects.requireNonNull(themeId, "themeId");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.hash = Objects.hash(concern, themeId, rule);
    }

    public static ThemeChoice of(org.kie.api.runtime.rule.RuleContext ctx, Concern concern, Theme theme) {
        return new ThemeChoice(concern, theme.getName(), ctx.getRule().getName());
    }

    public Concern getConcern() {
        return concern;
    }

    public String getThemeId() {
        return themeId;
    }

    public int getGoal() {
        return concern.getGoal();
    }

    public String getRule() {
        return rule;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ThemeChoice c && c.concern.equals(concern) && c.themeId.equals(themeId)
                && c.rule.equals(rule);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
