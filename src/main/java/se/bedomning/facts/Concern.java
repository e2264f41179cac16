package se.bedomning.facts;

import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

/** A finding that a decision rule files under an utvecklingsområde theme for its goal. */
public final class Concern {

    private final Finding finding;
    private final String theme;
    private final String rule;
    /** Truth maintenance hashes derived facts on every logical insert; computed once. */
    private final int hash;

    public Concern(Finding finding, String theme, String rule) {
        this.finding = Objects.requireNonNull(finding, "finding");
        this.theme = Objects.requireNonNull(theme, "theme");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.hash = Objects.hash(finding, theme, rule);
    }

    public static Concern of(RuleContext ctx, Finding finding, String theme) {
        return new Concern(finding, theme, ctx.getRule().getName());
    }

    public Finding getFinding() {
        return finding;
    }

    public String getTheme() {
        return theme;
    }

    public String getRule() {
        return rule;
    }

    public int getGoal() {
        return finding.getGoal();
    }

    /** The goal × theme this concern belongs to; equal themes merge under truth maintenance. */
    public Theme toTheme() {
        return new Theme(getGoal(), theme);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Concern c && c.finding.equals(finding) && c.theme.equals(theme) && c.rule.equals(rule);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
