package se.bedomning.facts;

import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

/** Whether a finding is good or bad news, decided once by the valence rules from the indicator's polarity. */
public final class Judgement {

    private final Finding finding;
    private final Valence valence;
    private final String rule;
    /** Truth maintenance hashes derived facts on every logical insert; computed once. */
    private final int hash;

    public Judgement(Finding finding, Valence valence, String rule) {
        this.finding = Objects.requireNonNull(finding, "finding");
        this.valence = Objects.requireNonNull(valence, "valence");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.hash = Objects.hash(finding, valence, rule);
    }

    public static Judgement of(RuleContext ctx, Finding finding, Valence valence) {
        return new Judgement(finding, valence, ctx.getRule().getName());
    }

    public Finding getFinding() {
        return finding;
    }

    public Valence getValence() {
        return valence;
    }

    public String getRule() {
        return rule;
    }

    public int getGoal() {
        return finding.getGoal();
    }

    public FindingKind getKind() {
        return finding.getKind();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Judgement j && j.finding.equals(finding) && j.valence == valence && j.rule.equals(rule);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
