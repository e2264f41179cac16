package se.bedomning.evaluation;

import java.util.List;
import java.util.Set;
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
        Set<Finding> suppressed = suppressions.stream().map(Suppression::getFinding)
                .collect(java.util.stream.Collectors.toSet());
        return findings.stream().filter(f -> !suppressed.contains(f)).toList();
    }

    /** The valence the rules gave a finding; NEUTRAL when none did. */
    public Valence valenceOf(Finding f) {
        return judgements.stream().filter(j -> j.getFinding().equals(f)).map(Judgement::getValence)
                .sorted().findFirst().orElse(Valence.NEUTRAL);
    }

    public List<Suppression> suppressionsOf(Finding f) {
        return suppressions.stream().filter(s -> s.getFinding().equals(f)).toList();
    }
}
