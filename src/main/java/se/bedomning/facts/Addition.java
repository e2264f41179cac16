package se.bedomning.facts;

import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A finding the bedömning says as a clause of a statement on the same indicator instead of a sentence of its
 * own, decided by a rule of rules/selection.drl: what else the report says about the indicator (a level that
 * persists, the municipalities that still lack it, another group's change, a method change that ends the
 * comparable series) said where the indicator's verdict is. {@code statement} is the finding of that
 * statement, {@code added} the finding said with it. Java only realises it, after the statement's text.
 */
public final class Addition {

    private final Finding statement;
    private final Finding added;
    private final String rule;
    private final int hash;

    public Addition(Finding statement, Finding added, String rule) {
        this.statement = Objects.requireNonNull(statement, "statement");
        this.added = Objects.requireNonNull(added, "added");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.hash = Objects.hash(statement, added, rule);
    }

    public static Addition of(RuleContext ctx, Finding statement, Finding added) {
        return new Addition(statement, added, ctx.getRule().getName());
    }

    public Finding getStatement() {
        return statement;
    }

    public Finding getAdded() {
        return added;
    }

    public String getRule() {
        return rule;
    }

    public int getGoal() {
        return statement.getGoal();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Addition a && a.statement.equals(statement) && a.added.equals(added) && a.rule.equals(rule);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "Addition[" + statement.id() + " + " + added.id() + "]";
    }
}
