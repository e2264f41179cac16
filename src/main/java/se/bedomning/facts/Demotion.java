package se.bedomning.facts;

import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A selected finding that a cap rule keeps out of the bedömning (too many for its goal or its series);
 * it stays in the underlag. {@code threshold} names the cap.
 */
public final class Demotion {

    private final Finding finding;
    private final String threshold;
    private final String rule;
    private final int hash;

    public Demotion(Finding finding, String threshold, String rule) {
        this.finding = Objects.requireNonNull(finding, "finding");
        this.threshold = Objects.requireNonNull(threshold, "threshold");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.hash = Objects.hash(finding, threshold, rule);
    }

    public static Demotion of(RuleContext ctx, Selection s, Threshold cap) {
        return new Demotion(s.getFinding(), cap.key(), ctx.getRule().getName());
    }

    public Finding getFinding() {
        return finding;
    }

    public String getThreshold() {
        return threshold;
    }

    public String getRule() {
        return rule;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Demotion d && d.finding.equals(finding) && d.threshold.equals(threshold) && d.rule.equals(rule);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
