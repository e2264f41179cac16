package se.bedomning.facts;

import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

/** A selected finding that the rules put in the sammanfattning at the top of the draft. */
public final class Headline {

    private final Finding finding;
    private final String rule;
    private final int hash;

    public Headline(Finding finding, String rule) {
        this.finding = Objects.requireNonNull(finding, "finding");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.hash = Objects.hash(finding, rule);
    }

    public static Headline of(RuleContext ctx, Selection s) {
        return new Headline(s.getFinding(), ctx.getRule().getName());
    }

    public Finding getFinding() {
        return finding;
    }

    public String getRule() {
        return rule;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Headline h && h.finding.equals(finding) && h.rule.equals(rule);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
