package se.bedomning.facts;

import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Two findings of the bedömning that the rules say are parallel (same kind, variant, direction and years,
 * differing in one dimension) and so are said in one sentence. Pairs chain: the renderer joins every
 * finding linked by a pair into one group, in bedömning order.
 */
public final class Aggregation {

    private final Finding first;
    private final Finding second;
    private final String dimension;
    private final String rule;
    private final int hash;

    public Aggregation(Finding first, Finding second, String dimension, String rule) {
        this.first = Objects.requireNonNull(first, "first");
        this.second = Objects.requireNonNull(second, "second");
        this.dimension = Objects.requireNonNull(dimension, "dimension");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.hash = Objects.hash(first, second, dimension, rule);
    }

    public static Aggregation of(RuleContext ctx, Finding first, Finding second, String dimension) {
        return new Aggregation(first, second, dimension, ctx.getRule().getName());
    }

    public Finding getFirst() {
        return first;
    }

    public Finding getSecond() {
        return second;
    }

    public String getDimension() {
        return dimension;
    }

    public String getRule() {
        return rule;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Aggregation a && a.first.equals(first) && a.second.equals(second)
                && a.dimension.equals(dimension) && a.rule.equals(rule);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
