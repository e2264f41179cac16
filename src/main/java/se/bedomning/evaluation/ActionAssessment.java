package se.bedomning.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.bedomning.facts.ActionFinding;
import se.bedomning.facts.ActionHeadline;
import se.bedomning.facts.ActionHeadlineGroup;
import se.bedomning.facts.ActionJudgement;
import se.bedomning.facts.ActionMerit;
import se.bedomning.facts.ActionStatement;
import se.bedomning.facts.ActionUnsaid;
import se.bedomning.facts.Valence;

/**
 * What the rules concluded about the handlingsplan's åtgärder, every list in draft order: the findings,
 * their valence and what the selection rules made of them (the
 * weighed classifications per Mål, those that head the sammanfattning and those of them said in one sentence), and
 * the sentences of each Mål's handlingsplan paragraph with the findings it leaves to the underlag. The
 * utvecklingsområden that rest on åtgärder are themes like the indicators' ({@link Assessment#developmentAreas()}).
 */
public record ActionAssessment(List<ActionFinding> findings, List<ActionJudgement> judgements,
        List<ActionMerit> merits, List<ActionHeadline> headlines, List<ActionHeadlineGroup> groups,
        List<ActionStatement> statements, List<ActionUnsaid> unsaid) {

    public static final ActionAssessment NONE = new ActionAssessment(List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of());

    /** Mål first, then heaviest first. */
    private static final Comparator<ActionMerit> MERIT_ORDER = Comparator.comparingInt(ActionMerit::getGoal)
            .thenComparing((a, b) -> a.outranks(b) ? -1 : b.outranks(a) ? 1 : 0);

    public ActionAssessment {
        findings = List.copyOf(findings);
        judgements = List.copyOf(judgements);
        merits = List.copyOf(merits);
        headlines = List.copyOf(headlines);
        groups = List.copyOf(groups);
        statements = List.copyOf(statements);
        unsaid = List.copyOf(unsaid);
    }

    /** Sorts into draft order, so equal conclusions always read the same. */
    public static ActionAssessment inDraftOrder(List<ActionFinding> findings, List<ActionJudgement> judgements,
            List<ActionMerit> merits, List<ActionHeadline> headlines, List<ActionHeadlineGroup> groups,
            List<ActionStatement> statements, List<ActionUnsaid> unsaid) {
        List<ActionFinding> f = new ArrayList<>(findings);
        f.sort(ActionFinding.DRAFT_ORDER);
        List<ActionJudgement> j = new ArrayList<>(judgements);
        j.sort(Comparator.comparing(ActionJudgement::getFinding, ActionFinding.DRAFT_ORDER)
                .thenComparing(ActionJudgement::getValence).thenComparing(ActionJudgement::getRule));
        List<ActionMerit> m = new ArrayList<>(merits);
        m.sort(MERIT_ORDER);
        List<ActionHeadline> h = new ArrayList<>(headlines);
        h.sort(Comparator.comparing(ActionHeadline::getMerit, MERIT_ORDER).thenComparing(ActionHeadline::getRule));
        List<ActionHeadlineGroup> g = new ArrayList<>(groups);
        g.sort(Comparator.comparingInt(ActionHeadlineGroup::getGoal).thenComparing(ActionHeadlineGroup::getRule));
        List<ActionStatement> st = new ArrayList<>(statements);
        st.sort(Comparator.comparing(ActionStatement::getFirst, ActionFinding.DRAFT_ORDER)
                .thenComparing(ActionStatement::getRule));
        List<ActionUnsaid> u = new ArrayList<>(unsaid);
        u.sort(Comparator.comparing(ActionUnsaid::getFinding, ActionFinding.DRAFT_ORDER)
                .thenComparing(ActionUnsaid::getBecause).thenComparing(ActionUnsaid::getRule));
        return new ActionAssessment(f, j, m, h, g, st, u);
    }

    /** The sentences the selection rules chose for the Mål's handlingsplan paragraph, in the report's order. */
    public List<ActionStatement> statementsOf(int goal) {
        return statements.stream().filter(s -> s.getGoal() == goal).toList();
    }

    /** The Mål's åtgärd findings the selection rules left to the underlag, and why. */
    public List<ActionUnsaid> unsaidOf(int goal) {
        return unsaid.stream().filter(x -> x.getGoal() == goal).toList();
    }

    /** The sentence of several Mål's headlines that the selection rules said once, if {@code h} is one of them. */
    public java.util.Optional<ActionHeadlineGroup> groupOf(ActionHeadline h) {
        return groups.stream().filter(g -> g.contains(h)).findFirst();
    }

    /** The sammanfattning's classification of a Mål's åtgärder, if the selection rules put one there. */
    public java.util.Optional<ActionHeadline> headlineOf(int goal) {
        return headlines.stream().filter(h -> h.getGoal() == goal).findFirst();
    }

    /** The weighed classifications that include the åtgärd, heaviest first. */
    public List<ActionMerit> meritsOf(String actionId) {
        return merits.stream().filter(m -> m.getFindings().stream().anyMatch(f -> f.getActionId().equals(actionId)))
                .sorted((a, b) -> a.outranks(b) ? -1 : b.outranks(a) ? 1 : 0).toList();
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
        for (ActionMerit m : merits) {
            out.add("merit " + m.id() + " " + m.getWeightName() + "=" + m.getWeight().toPlainString() + " by \""
                    + m.getRule() + "\" on " + m.getFindings().stream().map(ActionFinding::id).toList());
        }
        for (ActionHeadline h : headlines) {
            out.add("headline " + h.getMerit().id() + " '" + h.getRule() + "'");
        }
        for (ActionStatement s : statements) {
            out.add("paragraph " + s.id() + " by \"" + s.getRule() + "\"");
        }
        for (ActionUnsaid x : unsaid) {
            out.add("unsaid " + x.getFinding().id() + " " + x.getBecause() + " by \"" + x.getRule() + "\"");
        }
        return out;
    }
}
