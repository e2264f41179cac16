package se.bedomning.evaluation;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import se.bedomning.facts.Aggregation;
import se.bedomning.facts.Derivation;
import se.bedomning.facts.Demotion;
import se.bedomning.facts.ActionFinding;
import se.bedomning.facts.ActionJudgement;
import se.bedomning.facts.DevelopmentArea;
import se.bedomning.facts.ActionHeadline;
import se.bedomning.facts.ActionMerit;
import se.bedomning.facts.Headline;
import se.bedomning.facts.Merit;
import se.bedomning.facts.Selection;
import se.bedomning.facts.FactSet;
import se.bedomning.facts.Finding;
import se.bedomning.facts.Goal;
import se.bedomning.facts.Indicator;
import se.bedomning.facts.Judgement;
import se.bedomning.facts.Series;
import se.bedomning.facts.Suppression;
import se.bedomning.facts.Threshold;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.ExitCode;
import se.bedomning.problem.Problem;
import se.bedomning.rules.RuleSet;

/**
 * The rules as an {@link Engine}: inserts one fact per series (plus thresholds and goals), fires, and
 * reads back the derived facts.
 */
public final class Evaluator implements Engine {

    public static final String RECENT_WINDOW = se.bedomning.io.Thresholds.RECENT_WINDOW;
    public static final String MAX_FIRINGS = se.bedomning.io.Thresholds.MAX_FIRINGS;
    /** Most utvecklingsområden the draft states under one Mål. */
    public static final String MAX_AREAS = "development.maxPerGoal";
    public static final String MAX_SECONDS = "engine.maxFiringSeconds";
    public static final String MAX_MEGABYTES = "engine.maxFiringMegabytes";

    private final RuleSet rules;

    public Evaluator(RuleSet rules) {
        this.rules = rules;
    }

    @Override
    public Assessment assess(FactSet facts) {
        return evaluate(rules, facts);
    }

    /** The per-series arithmetic, done once in Java before any rule runs. */
    public static List<Series> series(RuleSet rules, FactSet facts) {
        int window = rules.thresholds().require(RECENT_WINDOW).getDecimal().intValueExact();
        return Series.of(facts.series(), facts.year(), window);
    }

    public static Assessment evaluate(RuleSet rules, FactSet facts) {
        List<Series> series = series(rules, facts);
        long cap = Math.max(1, series.size()) * rules.thresholds().require(MAX_FIRINGS).getDecimal().longValueExact();
        Budget budget = Budget.of(rules);
        return new Firing(rules, facts, series, cap, budget).run();
    }

    /** How long and how much memory one region's rule firing may take: engine.* in thresholds.json. */
    record Budget(BigDecimal seconds, BigDecimal megabytes) {
        static Budget of(RuleSet rules) {
            return new Budget(rules.thresholds().require(MAX_SECONDS).getDecimal(),
                    rules.thresholds().require(MAX_MEGABYTES).getDecimal());
        }

        long nanos() {
            return seconds.movePointRight(9).min(BigDecimal.valueOf(Long.MAX_VALUE)).longValue();
        }

        long bytes() {
            return megabytes.multiply(BigDecimal.valueOf(1024L * 1024)).min(BigDecimal.valueOf(Long.MAX_VALUE))
                    .longValue();
        }
    }

    /**
     * One region's firing on a thread of its own, watched from the caller: a consequence that never
     * returns cannot be interrupted (Drools checks for halt only between firings), so at the budget the
     * thread is stopped and, should the JVM refuse, abandoned as a daemon; either way the caller gets
     * exit 3 naming the rule and can go on (watch mode, the other regions of a batch). The session is
     * the thread's own and dropped with it; the rule base and thresholds are only read while firing.
     */
    private static final class Firing {
        private final RuleSet rules;
        private final FactSet facts;
        private final List<Series> series;
        private final long cap;
        private final Budget budget;
        /** The rule firing now and its facts, kept only on the rerun that names the culprit of an Error. */
        private volatile String currentRule;
        private volatile String currentObjects;
        private volatile RuleImpl current;

        Firing(RuleSet rules, FactSet facts, List<Series> series, long cap, Budget budget) {
            this.rules = rules;
            this.facts = facts;
            this.series = series;
            this.cap = cap;
            this.budget = budget;
        }

        Assessment run() {
            FutureTask<Assessment> task = new FutureTask<>(this::fireOrName);
            Thread t = new Thread(task, "bedomning-rules");
            t.setDaemon(true);
            long start = System.nanoTime();
            t.start();
            long allocatedAtStart = -1;
            while (true) {
                try {
                    return task.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (allocatedAtStart < 0) {
                        allocatedAtStart = allocated(t);
                    }
                    boolean late = System.nanoTime() - start > budget.nanos();
                    boolean big = allocatedAtStart >= 0 && allocated(t) - allocatedAtStart > budget.bytes();
                    if (late || big) {
                        throw stop(t, late);
                    }
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof BedomningException b) {
                        throw b;
                    }
                    if (cause instanceof RuntimeException r) {
                        throw r;
                    }
                    if (cause instanceof Error err) {
                        throw brokenRule(err);
                    }
                    throw new IllegalStateException(cause);
                } catch (InterruptedException e) {
                    task.cancel(true);
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while the rules were firing", e);
                }
            }
        }

        /**
         * Fires; an Error from rule code is fired once more with a listener that follows the rule firing, to
         * name it and its facts (a deep recursion leaves no consequence on the stack trace's first frames).
         */
        private Assessment fireOrName() {
            try {
                return evaluate(rules, facts, series, cap, false, null);
            } catch (ThreadDeath e) {
                throw e;
            } catch (Error e) {
                try {
                    evaluate(rules, facts, series, cap, false, this);
                } catch (Error again) {
                    throw again;
                }
                throw e;
            }
        }

        /** Stops the runaway thread after naming the rule on its stack. */
        @SuppressWarnings({"deprecation", "removal"})
        private BedomningException stop(Thread t, boolean late) {
            String rule = describe(culprit(t.getStackTrace()), false);
            try {
                // Deprecated because it can leave shared state half changed; the thread touches only its own
                // session and facts, and nothing else can end a loop that never calls into Drools again.
                t.stop();
            } catch (UnsupportedOperationException e) {
                // Java 20 and later: the thread stays behind as a daemon; the process ends or goes on without it.
            }
            String summary = late
                    ? "The rules did not finish within " + budget.seconds().toPlainString() + " s (" + MAX_SECONDS
                            + "); nothing was drafted."
                    : "The rules used more than " + budget.megabytes().toPlainString() + " MB (" + MAX_MEGABYTES
                            + "); nothing was drafted.";
            String why = late ? " — it probably loops in its then part; fix the rule, or raise " + MAX_SECONDS
                    + " in thresholds.json if the data are that large"
                    : " — it probably keeps adding data; fix the rule, or raise " + MAX_MEGABYTES
                            + " in thresholds.json if the data are that large";
            return BedomningException.badRules(summary, List.of(Problem.at(rules.folder().toString(), 0, 0, "",
                    (rule.isEmpty() ? "no rule was firing; a condition was still being matched" : rule
                            + " was still running") + why)));
        }

        private BedomningException brokenRule(Error e) {
            RuleImpl at = current != null ? current : culprit(e.getStackTrace());
            String rule = at == null ? "a rule" : describe(at, true);
            String what = e instanceof StackOverflowError ? "overflowed the stack (StackOverflowError)"
                    : e instanceof OutOfMemoryError ? "ran out of memory (OutOfMemoryError"
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")"
                    : "threw " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
            String why = e instanceof StackOverflowError ? " — it probably calls itself without end"
                    : e instanceof OutOfMemoryError ? " — it probably keeps adding data"
                    : " — an Error from rule code is a bug in the rule";
            return BedomningException.badRules("A rule failed while drafting; nothing was drafted.",
                    List.of(Problem.at(rules.folder().toString(), 0, 0, "", insertVerb(rule, what) + why)));
        }

        /** "rule "X" (file) on [...]" + verb → "rule "X" (file) VERB on [...]". */
        private static String insertVerb(String rule, String verb) {
            int on = rule.indexOf(" on [");
            return on < 0 ? rule + " " + verb : rule.substring(0, on) + " " + verb + rule.substring(on);
        }

        /** The rule whose consequence is on the stack, or null. */
        private RuleImpl culprit(StackTraceElement[] stack) {
            Map<String, RuleImpl> byClass = consequenceClasses(rules);
            for (StackTraceElement frame : stack) {
                RuleImpl r = byClass.get(frame.getClassName());
                if (r != null) {
                    return r;
                }
            }
            return null;
        }

        /** rule "name" (file), and the facts it matched when the tracing rerun saw them. */
        private String describe(RuleImpl r, boolean withObjects) {
            if (r == null) {
                return "";
            }
            String file = r.getResource() == null || r.getResource().getSourcePath() == null ? null
                    : Path.of(r.getResource().getSourcePath()).getFileName().toString();
            return "rule \"" + r.getName() + "\"" + (file == null ? "" : " (" + rules.folder().resolve(file) + ")")
                    + (withObjects && currentObjects != null && r == current ? " on " + currentObjects : "");
        }
    }

    /** How often the caller looks at the firing thread; a finished firing is returned at once regardless. */
    private static final long POLL_MILLIS = 20;

    private static long allocated(Thread t) {
        var bean = ManagementFactory.getThreadMXBean();
        if (bean instanceof com.sun.management.ThreadMXBean sun && sun.isThreadAllocatedMemorySupported()) {
            if (!sun.isThreadAllocatedMemoryEnabled()) {
                sun.setThreadAllocatedMemoryEnabled(true);
            }
            return sun.getThreadAllocatedBytes(t.getId());
        }
        return -1;
    }

    /** Consequence classes of the rule base → their rule, to name a rule from a stack trace. */
    private static final Map<KieBase, Map<String, RuleImpl>> CONSEQUENCES =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private static Map<String, RuleImpl> consequenceClasses(RuleSet rules) {
        return CONSEQUENCES.computeIfAbsent(rules.kieBase(), kb -> {
            Map<String, RuleImpl> m = new HashMap<>();
            for (KiePackage p : kb.getKiePackages()) {
                for (org.kie.api.definition.rule.Rule r : p.getRules()) {
                    if (r instanceof RuleImpl ri && ri.getConsequence() != null) {
                        m.put(ri.getConsequence().getClass().getName(), ri);
                        String name = ri.getConsequence().getClass().getName();
                        int invoker = name.indexOf("DefaultConsequenceInvoker");
                        if (invoker > 0) {
                            m.put(name.substring(0, invoker), ri);
                        }
                    }
                }
            }
            return m;
        });
    }

    /**
     * Fires the rules. Listeners cost an event object for every insert and firing, so they are added only
     * when a first run hit the cap and the message must name the busiest rule and the one changing facts,
     * or when an Error from rule code must be traced to its rule.
     */
    private static Assessment evaluate(RuleSet rules, FactSet facts, List<Series> series, long cap, boolean count,
            Firing tracing) {
        KieSession session = rules.kieBase().newKieSession();
        Map<String, Long> fired = new HashMap<>();
        // A loop is kept going by the rule that changes facts, not by the rules that merely react to the
        // change (they may fire just as often), so the updates name the culprit.
        Map<String, Long> updates = new TreeMap<>();
        Map<String, Object> updated = new TreeMap<>();
        if (tracing != null) {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void beforeMatchFired(BeforeMatchFiredEvent event) {
                    tracing.currentRule = event.getMatch().getRule().getName();
                    tracing.currentObjects = event.getMatch().getObjects().toString();
                    tracing.current = (RuleImpl) event.getMatch().getRule();
                }
            });
        }
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
            for (se.bedomning.facts.ThemeDefinition t : rules.themes().all()) {
                session.insert(t);
            }
            for (Series s : series) {
                session.insert(s);
            }
            for (se.bedomning.facts.Action a : facts.actions()) {
                session.insert(a);
            }
            int firings = session.fireAllRules((int) Math.min(Integer.MAX_VALUE, cap));
            if (firings >= cap && !count) {
                return evaluate(rules, facts, series, cap, true, tracing);
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
            return readBack(session, facts, series, firings)
                    .withAreasPerGoal(rules.thresholds().require(MAX_AREAS).getDecimal().intValueExact());
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
    /**
     * The derived facts in draft order. Each type is read from its own part of working memory (Drools keeps
     * the objects of each class apart), so the thousands of facts the rules use only among themselves
     * (concerns, theme fits, the inserted series and thresholds) are never visited; one pass over
     * everything that sorted each object by type touched them all.
     */
    private static Assessment readBack(KieSession session, FactSet facts, List<Series> series, int firings) {
        List<Finding> findings = objectsOf(session, Finding.class);
        List<Judgement> judgements = objectsOf(session, Judgement.class);
        List<Suppression> suppressions = objectsOf(session, Suppression.class);
        List<DevelopmentArea> areas = objectsOf(session, DevelopmentArea.class);
        List<Merit> merits = objectsOf(session, Merit.class);
        List<Selection> selections = objectsOf(session, Selection.class);
        List<Demotion> demotions = objectsOf(session, Demotion.class);
        List<Headline> headlines = objectsOf(session, Headline.class);
        List<Aggregation> aggregations = objectsOf(session, Aggregation.class);
        List<Derivation> derivations = objectsOf(session, Derivation.class);
        List<se.bedomning.facts.Addition> additions = objectsOf(session, se.bedomning.facts.Addition.class);
        List<se.bedomning.facts.SummaryArea> summaryAreas = objectsOf(session, se.bedomning.facts.SummaryArea.class);
        List<ActionFinding> actionFindings = objectsOf(session, ActionFinding.class);
        List<ActionJudgement> actionJudgements = objectsOf(session, ActionJudgement.class);
        List<ActionMerit> actionMerits = objectsOf(session, ActionMerit.class);
        List<ActionHeadline> actionHeadlines = objectsOf(session, ActionHeadline.class);
        List<se.bedomning.facts.ActionHeadlineGroup> actionGroups = objectsOf(session,
                se.bedomning.facts.ActionHeadlineGroup.class);
        return Assessment.inDraftOrder(facts, series, findings, judgements, suppressions, areas, firings,
                new Plan(merits, selections, demotions, headlines, aggregations, derivations, summaryAreas, additions))
                .withActions(ActionAssessment.inDraftOrder(actionFindings, actionJudgements, actionMerits,
                        actionHeadlines, actionGroups, objectsOf(session, se.bedomning.facts.ActionStatement.class),
                        objectsOf(session, se.bedomning.facts.ActionUnsaid.class)));
    }

    /** The facts of one (final) class in working memory, in the engine's order. */
    private static <T> List<T> objectsOf(KieSession session, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Object o : session.getObjects(new ClassObjectFilter(type))) {
            out.add(type.cast(o));
        }
        return out;
    }
}
