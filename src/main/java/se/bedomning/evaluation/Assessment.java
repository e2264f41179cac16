package se.bedomning.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.bedomning.facts.DevelopmentArea;
import se.bedomning.facts.FactSet;
import se.bedomning.facts.Finding;
import se.bedomning.facts.Judgement;
import se.bedomning.facts.Series;
import se.bedomning.facts.Suppression;
import se.bedomning.facts.Valence;

/** What the rules concluded about one fact set, every list in draft order. */
public record Assessment(
        FactSet facts,
        List<Series> series,
        List<Finding> findings,
        List<Judgement> judgements,
        List<Suppression> suppressions,
        List<DevelopmentArea> developmentAreas,
        long firings,
        Plan plan,
        ActionAssessment actions,
        int areasPerGoal) {

    public Assessment(FactSet facts, List<Series> series, List<Finding> findings, List<Judgement> judgements,
            List<Suppression> suppressions, List<DevelopmentArea> developmentAreas, long firings, Plan plan) {
        this(facts, series, findings, judgements, suppressions, developmentAreas, firings, plan, ActionAssessment.NONE);
    }

    /** Every utvecklingsområde of a goal is stated unless {@link #withAreasPerGoal} caps them. */
    public Assessment(FactSet facts, List<Series> series, List<Finding> findings, List<Judgement> judgements,
            List<Suppression> suppressions, List<DevelopmentArea> developmentAreas, long firings, Plan plan,
            ActionAssessment actions) {
        this(facts, series, findings, judgements, suppressions, developmentAreas, firings, plan, actions,
                Integer.MAX_VALUE);
    }

    /** The same assessment with what the rules concluded about the handlingsplan's åtgärder. */
    public Assessment withActions(ActionAssessment a) {
        return new Assessment(facts, series, findings, judgements, suppressions, developmentAreas, firings, plan, a,
                areasPerGoal);
    }

    /** The same assessment stating at most {@code max} utvecklingsområden per goal (development.maxPerGoal). */
    public Assessment withAreasPerGoal(int max) {
        return new Assessment(facts, series, findings, judgements, suppressions, developmentAreas, firings, plan,
                actions, max);
    }

    public Assessment {
        series = List.copyOf(series);
        findings = List.copyOf(findings);
        judgements = List.copyOf(judgements);
        suppressions = List.copyOf(suppressions);
        developmentAreas = List.copyOf(developmentAreas);
    }

    private static final Comparator<Judgement> JUDGEMENT_ORDER = (a, b) -> {
        int c = Finding.DRAFT_ORDER.compare(a.getFinding(), b.getFinding());
        if (c == 0) {
            c = a.getValence().compareTo(b.getValence());
        }
        return c != 0 ? c : a.getRule().compareTo(b.getRule());
    };

    private static final Comparator<Suppression> SUPPRESSION_ORDER = (a, b) -> {
        int c = Finding.DRAFT_ORDER.compare(a.getFinding(), b.getFinding());
        return c != 0 ? c : Finding.DRAFT_ORDER.compare(a.getBecause(), b.getBecause());
    };

    private static final Comparator<DevelopmentArea> AREA_ORDER = Comparator.comparingInt(DevelopmentArea::getGoal)
            .thenComparing(DevelopmentArea::getTheme).thenComparing(DevelopmentArea::getRule);

    /** Heaviest first (development.weight.*); among equals the one resting on more, then by theme id. */
    public static final Comparator<DevelopmentArea> AREA_WEIGHT_ORDER = Comparator
            .comparingInt((DevelopmentArea d) -> -d.getWeight()).thenComparingInt(d -> -d.getConcerns().size())
            .thenComparing(DevelopmentArea::getTheme);

    /**
     * The utvecklingsområden of a goal that the draft states: heaviest first, at most {@link #areasPerGoal}
     * (development.maxPerGoal). The draft and the checklist both read them here.
     */
    public List<DevelopmentArea> developmentAreas(int goal) {
        return developmentAreas.stream().filter(d -> d.getGoal() == goal).sorted(AREA_WEIGHT_ORDER)
                .limit(areasPerGoal).toList();
    }

    /** Sorts the derived facts (in place) into draft order, so equal conclusions always read the same. */
    public static Assessment inDraftOrder(FactSet facts, List<Series> series, List<Finding> findings,
            List<Judgement> judgements, List<Suppression> suppressions, List<DevelopmentArea> areas, long firings) {
        return inDraftOrder(facts, series, findings, judgements, suppressions, areas, firings, Plan.EMPTY);
    }

    /** As above, with the document plan the selection rules concluded. */
    public static Assessment inDraftOrder(FactSet facts, List<Series> series, List<Finding> findings,
            List<Judgement> judgements, List<Suppression> suppressions, List<DevelopmentArea> areas, long firings,
            Plan plan) {
        findings.sort(Finding.DRAFT_ORDER);
        judgements.sort(JUDGEMENT_ORDER);
        suppressions.sort(SUPPRESSION_ORDER);
        areas.sort(AREA_ORDER);
        return new Assessment(facts, series, findings, judgements, suppressions, areas, firings, plan);
    }

    /**
     * Every conclusion with its trace, one line each, in draft order: findings (years, rule, thresholds),
     * judgements, suppressions and utvecklingsområden. Two assessments that agree here draft the same text.
     */
    public List<String> conclusions() {
        List<String> out = findingLines();
        for (Judgement j : judgements) {
            out.add("judgement " + j.getFinding().id() + " " + j.getValence() + " '" + j.getRule() + "'");
        }
        for (Suppression x : suppressions) {
            out.add("suppression " + x.getFinding().id() + " because " + x.getBecause().id() + " '" + x.getRule() + "'");
        }
        for (DevelopmentArea d : developmentAreas) {
            out.add(d.id() + " " + d.getBasis().stream().map(Finding::id).toList()
                    + d.getActions().stream().map(se.bedomning.facts.ActionFinding::id).toList() + " '" + d.getRule()
                    + "'");
        }
        return out;
    }

    /**
     * The classification layer's conclusions, one line per finding in draft order (years, rule,
     * thresholds): what the plain-Java baseline is compared with.
     */
    public List<String> findingLines() {
        List<String> out = new ArrayList<>();
        for (Finding f : findings) {
            StringBuilder line = new StringBuilder(f.id()).append(' ').append(f.getFromYear()).append('–')
                    .append(f.getToYear()).append(" '").append(f.getRule()).append('\'');
            for (var t : f.getThresholds()) {
                line.append(' ').append(t.key()).append('=').append(t.getDecimal().toPlainString());
            }
            out.add(line.toString());
        }
        return out;
    }

    /** The findings the draft states: all but the suppressed ones. */
    public List<Finding> stated() {
        Map<Finding, List<Suppression>> unsaid = suppressionsByFinding();
        return findings.stream().filter(f -> !unsaid.containsKey(f)).toList();
    }

    /**
     * The valence the rules gave each judged finding (the first in enum order when rules disagree);
     * findings without a judgement are neutral.
     */
    public Map<Finding, Valence> valences() {
        Map<Finding, Valence> out = new HashMap<>();
        for (Judgement j : judgements) {
            out.merge(j.getFinding(), j.getValence(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        return out;
    }

    public Valence valenceOf(Finding f) {
        return valences().getOrDefault(f, Valence.NEUTRAL);
    }

    public Map<Finding, List<Suppression>> suppressionsByFinding() {
        Map<Finding, List<Suppression>> out = new HashMap<>();
        for (Suppression s : suppressions) {
            out.computeIfAbsent(s.getFinding(), k -> new ArrayList<>()).add(s);
        }
        return out;
    }

    public List<Suppression> suppressionsOf(Finding f) {
        return suppressionsByFinding().getOrDefault(f, List.of());
    }
}
