package se.bedomning.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.TreeMap;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import se.bedomning.facts.DevelopmentArea;
import se.bedomning.facts.FactSet;
import se.bedomning.facts.Finding;
import se.bedomning.facts.Goal;
import se.bedomning.facts.Indicator;
import se.bedomning.facts.Judgement;
import se.bedomning.facts.Series;
import se.bedomning.facts.SeriesData;
import se.bedomning.facts.Suppression;
import se.bedomning.facts.Threshold;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.ExitCode;
import se.bedomning.problem.Problem;
import se.bedomning.rules.RuleSet;

/** Inserts one fact per series (plus thresholds and goals), fires, and reads back the derived facts. */
public final class Evaluator {

    public static final String RECENT_WINDOW = "series.recentWindowYears";
    public static final String MAX_FIRINGS = "engine.maxFiringsPerSeries";

    private Evaluator() {
    }

    /** The per-series arithmetic, done once in Java before any rule runs. */
    public static List<Series> series(RuleSet rules, FactSet facts) {
        int window = rules.thresholds().require(RECENT_WINDOW).getDecimal().intValueExact();
        List<Series> series = new ArrayList<>();
        for (SeriesData d : facts.series()) {
            series.add(new Series(d, facts.year(), window));
        }
        Series.rankFamilies(series);
        return series;
    }

    public static Assessment evaluate(RuleSet rules, FactSet facts) {
        List<Series> series = series(rules, facts);
        long cap = Math.max(1, series.size()) * rules.thresholds().require(MAX_FIRINGS).getDecimal().longValueExact();
        return evaluate(rules, facts, series, cap, false);
    }

    /**
     * Fires the rules. Listeners cost an event object for every insert and firing, so they are added only
     * when a first run hit the cap and the message must name the busiest rule and the one changing facts.
     */
    private static Assessment evaluate(RuleSet rules, FactSet facts, List<Series> series, long cap, boolean count) {
        KieSession session = rules.kieBase().newKieSession();
        Map<String, Long> fired = new HashMap<>();
        // A loop is kept going by the rule that changes facts, not by the rules that merely react to the
        // change (they may fire just as often), so the updates name the culprit.
        Map<String, Long> updates = new TreeMap<>();
        Map<String, Object> updated = new TreeMap<>();
        if (count) {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.merge(event.getMatch().getRule().getName(), 1L, Long::sum);
                }
            });
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectUpdated(ObjectUpdatedEvent event) {
                    if (event.getRule() != null) {
                        updates.merge(event.getRule().getName(), 1L, Long::sum);
                        updated.put(event.getRule().getName(), event.getObject());
                    }
                }
            });
        }
        try {
            for (Threshold t : rules.thresholds().all()) {
                session.insert(t);
            }
            for (int g = Indicator.FIRST_GOAL; g <= Indicator.LAST_GOAL; g++) {
                session.insert(new Goal(g));
            }
            for (Series s : series) {
                session.insert(s);
            }
            int firings = session.fireAllRules((int) Math.min(Integer.MAX_VALUE, cap));
            if (firings >= cap && !count) {
                return evaluate(rules, facts, series, cap, true);
            }
            if (firings >= cap) {
                String busiest = fired.entrySet().stream().max(Map.Entry.comparingByValue())
                        .map(e -> "\"" + e.getKey() + "\" (" + e.getValue() + " times)").orElse("?");
                String changer = updates.entrySet().stream().max(Map.Entry.comparingByValue())
                        .map(e -> "; the rule that keeps changing facts is \"" + e.getKey() + "\" (it updated "
                                + updated.get(e.getKey()) + " " + e.getValue() + " times) — it probably changes a fact"
                                + " that makes it match again")
                        .orElse(" — it probably changes a fact that makes it match again");
                throw new BedomningException(ExitCode.BAD_RULES, "The rules did not settle; nothing was drafted.",
                        List.of(Problem.at(rules.folder().toString(), 0, 0, "", "rules fired " + firings
                                + " times for " + series.size() + " series and were stopped; the rule that fired most is "
                                + busiest + changer)));
            }
            return readBack(session, facts, series, firings);
        } catch (ConsequenceException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String rule = e.getMatch() == null ? "?" : e.getMatch().getRule().getName();
            String objects = e.getMatch() == null ? "" : e.getMatch().getObjects().toString();
            throw new BedomningException(ExitCode.BAD_RULES, "A rule failed while drafting; nothing was drafted.",
                    List.of(Problem.at(rules.folder().toString(), 0, 0, "", "rule \"" + rule + "\" threw "
                            + cause.getClass().getSimpleName() + " (" + cause.getMessage() + ") on " + objects)));
        } catch (RuntimeException e) {
            if (e instanceof BedomningException b) {
                throw b;
            }
            throw new BedomningException(ExitCode.BAD_RULES, "A rule failed while drafting; nothing was drafted.",
                    List.of(Problem.at(rules.folder().toString(), 0, 0, "", e.getClass().getSimpleName() + ": "
                            + e.getMessage() + " — a condition probably compares values of different types")));
        } finally {
            session.dispose();
        }
    }

    /** The derived facts in draft order, gathered in one pass over working memory. */
    private static Assessment readBack(KieSession session, FactSet facts, List<Series> series, int firings) {
        List<Finding> findings = new ArrayList<>();
        List<Judgement> judgements = new ArrayList<>();
        List<Suppression> suppressions = new ArrayList<>();
        List<DevelopmentArea> areas = new ArrayList<>();
        for (Object o : session.getObjects()) {
            if (o instanceof Finding f) {
                findings.add(f);
            } else if (o instanceof Judgement j) {
                judgements.add(j);
            } else if (o instanceof Suppression s) {
                suppressions.add(s);
            } else if (o instanceof DevelopmentArea d) {
                areas.add(d);
            }
        }
        return Assessment.inDraftOrder(facts, series, findings, judgements, suppressions, areas, firings);
    }
}
