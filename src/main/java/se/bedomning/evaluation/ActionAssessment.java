package se.bedomning.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.bedomning.facts.ActionArea;
import se.bedomning.facts.ActionFinding;
import se.bedomning.facts.ActionJudgement;
import se.bedomning.facts.Valence;

/** What the rules concluded about the handlingsplan's åtgärder, every list in draft order. */
public record ActionAssessment(List<ActionFinding> findings, List<ActionJudgement> judgements, List<ActionArea> areas) {

    public static final ActionAssessment NONE = new ActionAssessment(List.of(), List.of(), List.of());

    public ActionAssessment {
        findings = List.copyOf(findings);
        judgements = List.copyOf(judgements);
        areas = List.copyOf(areas);
    }

    /** Sorts into draft order, so equal conclusions always read the same. */
    public static ActionAssessment inDraftOrder(List<ActionFinding> findings, List<ActionJudgement> judgements,
            List<ActionArea> areas) {
        List<ActionFinding> f = new ArrayList<>(findings);
        f.sort(ActionFinding.DRAFT_ORDER);
        List<ActionJudgement> j = new ArrayList<>(judgements);
        j.sort(Comparator.comparing(ActionJudgement::getFinding, ActionFinding.DRAFT_ORDER)
                .thenComparing(ActionJudgement::getValence).thenComparing(ActionJudgement::getRule));
        List<ActionArea> a = new ArrayList<>(areas);
        a.sort(ActionArea.DRAFT_ORDER);
        return new ActionAssessment(f, j, a);
    }

    public List<ActionFinding> ofGoal(int goal) {
        return findings.stream().filter(f -> f.getGoal() == goal).toList();
    }

    public Valence valenceOf(ActionFinding f) {
        return judgements.stream().filter(j -> j.getFinding().equals(f)).map(ActionJudgement::getValence).findFirst()
                .orElse(Valence.NEUTRAL);
    }

    /** One line per conclusion with its trace, like {@link Assessment#conclusions()}. */
    public List<String> conclusions() {
        List<String> out = new ArrayList<>();
        for (ActionFinding f : findings) {
            out.add("finding " + f.id() + " by \"" + f.getRule() + "\" "
                    + f.getThresholds().stream().map(t -> t.key() + "=" + t.getDecimal().toPlainString()).toList()
                    + " " + valenceOf(f).name().toLowerCase());
        }
        for (ActionArea a : areas) {
            out.add("area " + a.id() + " by \"" + a.getRule() + "\" on "
                    + a.getActions().stream().map(ActionFinding::id).toList()
                    + a.getFindings().stream().map(x -> x.id()).toList());
        }
        return out;
    }
}
