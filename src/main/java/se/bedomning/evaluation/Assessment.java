package se.bedomning.evaluation;

import java.util.ArrayList;
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
        long firings) {

    public Assessment {
        series = List.copyOf(series);
        findings = List.copyOf(findings);
        judgements = List.copyOf(judgements);
        suppressions = List.copyOf(suppressions);
        developmentAreas = List.copyOf(developmentAreas);
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
