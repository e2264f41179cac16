package se.bedomning.facts;

import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

/** A decision that a finding is not stated in the draft (e.g. a share of too few cases), and why. */
public final class Suppression {

    private final Finding finding;
    private final Finding because;
    private final String rule;
    /** Truth maintenance hashes derived facts on every logical insert; computed once. */
    private final int hash;

    public Suppression(Finding finding, Finding because, String rule) {
        this.finding = Objects.requireNonNull(finding, "finding");
        this.because = Objects.requireNonNull(because, "because");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.hash = Objects.hash(finding, because, rule);
    }

    public static Suppression of(RuleContext ctx, Finding finding, Finding because) {
        return new Suppression(finding, because, ctx.getRule().getName());
    }

    public Finding getFinding() {
        return finding;
    }

    public Finding getBecause() {
        return because;
    }

    public String getRule() {
        return rule;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Suppression s && s.finding.equals(finding) && s.because.equals(because) && s.rule.equals(rule);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
