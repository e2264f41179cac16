package se.bedomning.facts;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The same classification of åtgärder heading the sammanfattning under several Mål, which a selection rule
 * decided to say in one sentence (parallel findings are said once): "Tre åtgärder … har inte genomförts: 2.2
 * (Förebygga återfall), 4.2 (Skydda och stödja) och 7.2 (Systematisk kunskapsutveckling)." The headlines are in
 * Mål order; the sentence stands where the first of them would have stood.
 */
public final class ActionHeadlineGroup {

    private final List<ActionHeadline> headlines;
    private final String rule;
    private final int hash;

    public ActionHeadlineGroup(Collection<ActionHeadline> headlines, String rule) {
        this.headlines = headlines.stream().sorted(Comparator.comparingInt(ActionHeadline::getGoal)
                .thenComparing(h -> h.getMerit().id())).toList();
        this.rule = Objects.requireNonNull(rule, "rule");
        this.hash = Objects.hash(this.headlines, rule);
    }

    /** For DRL consequences: the headlines gathered by an accumulate. */
    public static ActionHeadlineGroup of(RuleContext ctx, Collection<?> headlines) {
        return new ActionHeadlineGroup(headlines.stream().map(ActionHeadline.class::cast).toList(),
                ctx.getRule().getName());
    }

    public List<ActionHeadline> getHeadlines() {
        return headlines;
    }

    /** The Mål whose place in the sammanfattning the sentence takes. */
    public int getGoal() {
        return headlines.get(0).getGoal();
    }

    public boolean contains(ActionHeadline h) {
        return headlines.contains(h);
    }

    /** Every åtgärd the sentence names. */
    public int getCount() {
        return headlines.stream().mapToInt(h -> h.getMerit().getCount()).sum();
    }

    public String getRule() {
        return rule;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActionHeadlineGroup g && g.headlines.equals(headlines) && g.rule.equals(rule);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
