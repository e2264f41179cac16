package se.bedomning.facts;

import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A new conclusion two findings combine into, decided by a rule ("egen regi 58 procent and samverkan 0
 * procent: 42 procent of the municipalities lack support in any form"). {@code kind} names the conclusion
 * and so its wording template; {@code first} is the finding whose numbers the conclusion is computed from,
 * {@code second} the one that makes it hold. Java only realises it; the rule says when it holds.
 */
public final class Derivation {

    private final String kind;
    private final Finding first;
    private final Finding second;
    private final String rule;
    private final int hash;

    public Derivation(String kind, Finding first, Finding second, String rule) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.first = Objects.requireNonNull(first, "first");
        this.second = Objects.requireNonNull(second, "second");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.hash = Objects.hash(kind, first, second, rule);
    }

    public static Derivation of(RuleContext ctx, String kind, Finding first, Finding second) {
        return new Derivation(kind, first, second, ctx.getRule().getName());
    }

    public String getKind() {
        return kind;
    }

    public Finding getFirst() {
        return first;
    }

    public Finding getSecond() {
        return second;
    }

    public String getRule() {
        return rule;
    }

    public int getGoal() {
        return first.getGoal();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Derivation d && d.kind.equals(kind) && d.first.equals(first) && d.second.equals(second)
                && d.rule.equals(rule);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
