package se.bedomning.facts;

import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A selection that stays in the bedömning: no cap demoted it to the underlag. The aggregation rules join
 * statements with statements, so they pair the few sentences a Mål's bedömning holds instead of every
 * selection of the Mål and then discarding the demoted ones (most of a region's pairs).
 */
public final class Statement {

    private final Selection selection;
    private final String rule;
    private final int hash;

    public Statement(Selection selection, String rule) {
        this.selection = Objects.requireNonNull(selection, "selection");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.hash = Objects.hash(selection, rule);
    }

    public static Statement of(RuleContext ctx, Selection s) {
        return new Statement(s, ctx.getRule().getName());
    }

    public Selection getSelection() {
        return selection;
    }

    public Finding getFinding() {
        return selection.getFinding();
    }

    public Merit getMerit() {
        return selection.getMerit();
    }

    public int getGoal() {
        return selection.getGoal();
    }

    public Series getSeries() {
        return selection.getSeries();
    }

    /** See {@link Selection#isNamedGroup()}. */
    public boolean isNamedGroup() {
        return selection.isNamedGroup();
    }

    /** The order of the selections: heavier first, equal weights by sentence id. */
    public boolean outranks(Statement o) {
        return selection.outranks(o.selection);
    }

    /** The indicator the statement is about, a plain property so joins on it use Drools' index (see Merit). */
    public String getIndicatorId() {
        return getSeries().getIndicatorId();
    }

    public String getRule() {
        return rule;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Statement s && s.selection.equals(selection) && s.rule.equals(rule);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "Statement[" + selection.getKey() + "]";
    }
}
