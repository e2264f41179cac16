package se.bedomning.facts;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

/**
 * An utvecklingsområde for a goal: a named theme (rules/themes.json) and the concerns filed under it, which
 * rest on indicator findings, on the handlingsplan's åtgärder, or on both. Its weight (the sum of its
 * concerns' weights, development.weight.* in thresholds.json) orders the areas of a goal.
 */
public final class DevelopmentArea {

    private final int goal;
    private final String theme;
    private final List<Concern> concerns;
    private final List<Finding> basis;
    private final List<ActionFinding> actions;
    private final int weight;
    private final String rule;
    private final int hash;

    /**
     * Heaviest first; among equals, in draft order of what they rest on (indicator findings before åtgärder),
     * never by id, so that renaming an indicator does not reorder the measures a bullet names.
     */
    public static final Comparator<Concern> CONCERN_ORDER = Comparator.comparingInt((Concern c) -> -c.getWeight())
            .thenComparing((a, b) -> {
                if (a.getFinding() != null && b.getFinding() != null) {
                    return Finding.DRAFT_ORDER.compare(a.getFinding(), b.getFinding());
                }
                if (a.getAction() != null && b.getAction() != null) {
                    return ActionFinding.DRAFT_ORDER.compare(a.getAction(), b.getAction());
                }
                return a.getFinding() != null ? -1 : 1;
            })
            .thenComparing(Concern::getKind).thenComparing(c -> Objects.toString(c.getActor(), ""));

    public DevelopmentArea(int goal, String theme, Collection<Concern> concerns, String rule) {
        this.goal = goal;
        this.theme = Objects.requireNonNull(theme, "theme");
        this.concerns = concerns.stream().distinct().sorted(CONCERN_ORDER).toList();
        this.basis = this.concerns.stream().map(Concern::getFinding).filter(Objects::nonNull)
                .sorted(Finding.DRAFT_ORDER).distinct().toList();
        this.actions = this.concerns.stream().map(Concern::getAction).filter(Objects::nonNull)
                .sorted(ActionFinding.DRAFT_ORDER).distinct().toList();
        this.weight = this.concerns.stream().mapToInt(Concern::getWeight).sum();
        this.rule = Objects.requireNonNull(rule, "rule");
        if (this.concerns.isEmpty()) {
            throw new IllegalArgumentException("a development area must rest on at least one concern");
        }
        this.hash = Objects.hash(goal, theme, this.concerns, rule);
    }

    public static DevelopmentArea of(RuleContext ctx, Theme theme, Collection<Concern> concerns) {
        return new DevelopmentArea(theme.getGoal(), theme.getName(), concerns, ctx.getRule().getName());
    }

    public int getGoal() {
        return goal;
    }

    public String getTheme() {
        return theme;
    }

    /** Its concerns, heaviest first. */
    public List<Concern> getConcerns() {
        return concerns;
    }

    /** The indicator findings it rests on, in draft order (may be empty when it rests on åtgärder alone). */
    public List<Finding> getBasis() {
        return basis;
    }

    /** The åtgärder's findings it rests on, in draft order. */
    public List<ActionFinding> getActions() {
        return actions;
    }

    public int getWeight() {
        return weight;
    }

    public String getRule() {
        return rule;
    }

    /**
     * Heavier first; among equal weights the one resting on more concerns, then the earlier Mål, then by
     * theme, so the order over a whole region-year is total (the sammanfattning's rule counts by it).
     */
    public boolean outranks(DevelopmentArea o) {
        if (weight != o.weight) {
            return weight > o.weight;
        }
        if (concerns.size() != o.concerns.size()) {
            return concerns.size() > o.concerns.size();
        }
        if (goal != o.goal) {
            return goal < o.goal;
        }
        int c = theme.compareTo(o.theme);
        return c != 0 ? c < 0 : rule.compareTo(o.rule) < 0;
    }

    public String id() {
        return "m" + goal + ".development_area." + theme;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DevelopmentArea d && d.goal == goal && d.theme.equals(theme) && d.concerns.equals(concerns)
                && d.rule.equals(rule);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
