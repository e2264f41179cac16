package se.bedomning.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import se.bedomning.facts.Addition;
import se.bedomning.facts.Aggregation;
import se.bedomning.facts.Demotion;
import se.bedomning.facts.Derivation;
import se.bedomning.facts.Finding;
import se.bedomning.facts.Headline;
import se.bedomning.facts.Merit;
import se.bedomning.facts.Selection;
import se.bedomning.facts.SummaryArea;

/**
 * The document plan the selection rules concluded: which findings enter the bedömning of each Mål
 * (selections not demoted), why, and which head the sammanfattning. Findings are realised in the order
 * the plan gives: series by their heaviest selection, then draft order.
 */
public record Plan(List<Merit> merits, List<Selection> selections, List<Demotion> demotions, List<Headline> headlines,
        List<Aggregation> aggregations, List<Derivation> derivations, List<SummaryArea> summaryAreas,
        List<Addition> additions) {

    public static final Plan EMPTY = new Plan(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of());

    public Plan(List<Merit> merits, List<Selection> selections, List<Demotion> demotions, List<Headline> headlines,
            List<Aggregation> aggregations, List<Derivation> derivations, List<SummaryArea> summaryAreas) {
        this(merits, selections, demotions, headlines, aggregations, derivations, summaryAreas, List.of());
    }

    public Plan(List<Merit> merits, List<Selection> selections, List<Demotion> demotions, List<Headline> headlines,
            List<Aggregation> aggregations, List<Derivation> derivations) {
        this(merits, selections, demotions, headlines, aggregations, derivations, List.of());
    }

    public Plan(List<Merit> merits, List<Selection> selections, List<Demotion> demotions, List<Headline> headlines,
            List<Aggregation> aggregations) {
        this(merits, selections, demotions, headlines, aggregations, List.of());
    }

    private static final Comparator<Selection> HEAVIEST_FIRST = (a, b) -> a.outranks(b) ? -1 : b.outranks(a) ? 1 : 0;

    /**
     * Merits in draft order, the heaviest first on one finding. Written out rather than chained with
     * comparing/thenComparing: a region has thousands of merits, and each comparison then went through
     * two lambdas and a key extractor more.
     */
    private static final Comparator<Merit> MERIT_ORDER = (a, b) -> {
        int c = Finding.DRAFT_ORDER.compare(a.getFinding(), b.getFinding());
        return c != 0 ? c : a.outranks(b) ? -1 : b.outranks(a) ? 1 : 0;
    };

    public Plan {
        // Only the traces (explain, the web page) read the merits, a region's largest list: a Markdown or JSON
        // draft never does, so they are sorted when first read rather than for every region of a batch.
        merits = new SortedOnFirstRead<>(merits, MERIT_ORDER);
        selections = sorted(selections, HEAVIEST_FIRST);
        demotions = sorted(demotions, Comparator.comparing(Demotion::getFinding, Finding.DRAFT_ORDER)
                .thenComparing(Demotion::getThreshold));
        headlines = sorted(headlines, Comparator.comparing(Headline::getFinding, Finding.DRAFT_ORDER));
        // Two rules may join the same pair: rule and dimension make the order total, so the draft is the same
        // on every run whatever order the engine returns its facts in.
        aggregations = sorted(aggregations, Comparator.comparing(Aggregation::getFirst, Finding.DRAFT_ORDER)
                .thenComparing(Aggregation::getSecond, Finding.DRAFT_ORDER).thenComparing(Aggregation::getRule)
                .thenComparing(Aggregation::getDimension));
        derivations = sorted(derivations, Comparator.comparing(Derivation::getFirst, Finding.DRAFT_ORDER)
                .thenComparing(Derivation::getSecond, Finding.DRAFT_ORDER).thenComparing(Derivation::getKind)
                .thenComparing(Derivation::getRule));
        additions = sorted(additions, Comparator.comparing(Addition::getStatement, Finding.DRAFT_ORDER)
                .thenComparing(Addition::getAdded, Finding.DRAFT_ORDER).thenComparing(Addition::getRule));
        summaryAreas = sorted(summaryAreas, (a, b) -> a.getArea().outranks(b.getArea()) ? -1
                : b.getArea().outranks(a.getArea()) ? 1 : a.getRule().compareTo(b.getRule()));
    }

    /**
     * An immutable copy that is sorted the first time an element is read: the same order as {@link #sorted},
     * paid for only by a reader.
     */
    private static final class SortedOnFirstRead<T> extends java.util.AbstractList<T> implements java.util.RandomAccess {
        private final Object[] items;
        private final Comparator<T> order;
        private boolean sorted;

        SortedOnFirstRead(List<T> in, Comparator<T> order) {
            this.items = in.toArray();
            this.order = order;
            for (Object o : items) {
                java.util.Objects.requireNonNull(o);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public synchronized T get(int index) {
            if (!sorted) {
                java.util.Arrays.sort(items, (a, b) -> order.compare((T) a, (T) b));
                sorted = true;
            }
            return (T) items[index];
        }

        @Override
        public int size() {
            return items.length;
        }
    }

    /** A sorted immutable copy, made from one array (a copy into a list and then an immutable one made two). */
    @SuppressWarnings("unchecked")
    private static <T> List<T> sorted(List<T> in, Comparator<T> order) {
        T[] out = (T[]) in.toArray();
        java.util.Arrays.sort(out, order);
        return List.of(out);
    }

    /**
     * The bedömning of one goal, heaviest first: selections that no cap demoted. Only the goal's own demotions
     * are gathered (the draft asks once per goal, and gathering a region's hundreds of demotions each time was
     * most of the cost).
     */
    public List<Selection> assessment(int goal) {
        Set<Finding> demoted = new java.util.HashSet<>();
        for (Demotion d : demotions) {
            if (d.getFinding().getGoal() == goal) {
                demoted.add(d.getFinding());
            }
        }
        List<Selection> out = new ArrayList<>();
        for (Selection s : selections) {
            if (s.getGoal() == goal && !demoted.contains(s.getFinding())) {
                out.add(s);
            }
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /** The conclusions the rules derived from two findings of one goal, in draft order. */
    public List<Derivation> derivations(int goal) {
        return derivations.stream().filter(d -> d.getGoal() == goal).toList();
    }

    /** The findings said as clauses of a statement of one goal, in draft order of the statement, then the finding. */
    public List<Addition> additions(int goal) {
        return additions.stream().filter(d -> d.getGoal() == goal).toList();
    }

    /** The addition that says a finding within another statement of the bedömning, or null. */
    public Addition additionOf(Finding f) {
        return additions.stream().filter(d -> d.getAdded().equals(f)).findFirst().orElse(null);
    }

    public Selection selectionOf(Finding f) {
        return selections.stream().filter(s -> s.getFinding().equals(f)).findFirst().orElse(null);
    }

    public List<Merit> meritsOf(Finding f) {
        return merits.stream().filter(m -> m.getFinding().equals(f)).toList();
    }

    public List<Demotion> demotionsOf(Finding f) {
        return demotions.stream().filter(d -> d.getFinding().equals(f)).toList();
    }

    /** The selection that took the place of a finding whose merit lost to another on the same series. */
    public Selection winnerOnSeries(Finding f) {
        return selections.stream().filter(s -> s.getSeries() == f.getSeries() && !s.getFinding().equals(f))
                .findFirst().orElse(null);
    }

    /**
     * The bedömning of one goal as sentences: each a list of findings said together (chained aggregation
     * pairs), placed where its heaviest finding stands.
     */
    public List<List<Selection>> sentences(int goal) {
        List<Selection> order = assessment(goal);
        java.util.Map<Finding, Integer> groupOf = new java.util.HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            groupOf.put(order.get(i).getFinding(), i);
        }
        // Union of chained pairs: every finding joins the group of the heaviest finding it is linked to.
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Aggregation a : aggregations) {
                Integer x = groupOf.get(a.getFirst());
                Integer y = groupOf.get(a.getSecond());
                if (x != null && y != null && !x.equals(y)) {
                    int min = Math.min(x, y);
                    int max = Math.max(x, y);
                    groupOf.replaceAll((k, v) -> v == max ? min : v);
                    changed = true;
                }
            }
        }
        // A statement the rules said as a clause of another (an Addition) is no sentence of its own.
        Set<Finding> clauses = new java.util.HashSet<>();
        additions.forEach(d -> clauses.add(d.getAdded()));
        java.util.Map<Integer, List<Selection>> groups = new java.util.TreeMap<>();
        for (Selection s : order) {
            if (!clauses.contains(s.getFinding())) {
                groups.computeIfAbsent(groupOf.get(s.getFinding()), k -> new ArrayList<>()).add(s);
            }
        }
        return List.copyOf(groups.values());
    }

    /** One line per conclusion of the plan, for tests and traces. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        for (Selection s : selections) {
            out.add("selection " + s.getKey() + " " + s.getWeight().toPlainString() + " " + s.getMerit().getWeightName()
                    + " '" + s.getMerit().getRule() + "'");
        }
        for (Demotion d : demotions) {
            out.add("demotion " + d.getFinding().id() + " " + d.getThreshold() + " '" + d.getRule() + "'");
        }
        for (Aggregation a : aggregations) {
            out.add("aggregation " + a.getFirst().id() + " + " + a.getSecond().id() + " by " + a.getDimension());
        }
        for (Derivation d : derivations) {
            out.add("derivation " + d.getKind() + " " + d.getFirst().id() + " + " + d.getSecond().id() + " '" + d.getRule()
                    + "'");
        }
        for (Addition d : additions) {
            out.add("addition " + d.getStatement().id() + " + " + d.getAdded().id() + " '" + d.getRule() + "'");
        }
        for (Headline h : headlines) {
            out.add("headline " + h.getFinding().id() + " '" + h.getRule() + "'");
        }
        return out;
    }
}
