package se.bedomning.rules;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.conf.SequentialOption;
import org.kie.api.definition.KiePackage;
import org.kie.internal.conf.IndexRightBetaMemoryOption;
import org.kie.internal.conf.ShareAlphaNodesOption;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.ExitCode;
import se.bedomning.problem.Problem;

/**
 * Builds every rule base with the engine options the rules are written for. Drools also reads its
 * options from system properties, so {@code JAVA_TOOL_OPTIONS=-Ddrools.shareAlphaNodes=false} would
 * otherwise reach a run unseen. On Drools 10.2.0 that one drops most trend, median and coverage
 * findings; unindexed right memories drop the equality conditions of joins (a threshold for one unit
 * judges every unit, series of different indicators are paired as gender gaps); sequential mode cannot
 * run the stateful sessions truth maintenance needs and ends in an internal error. All three measured
 * on the 2024 fixture. A value Drools cannot parse becomes an error that names the property.
 */
public final class EngineOptions {

    private EngineOptions() {
    }

    /** A rule base of these packages, configured as the rules expect. */
    public static KieBase kieBase(Collection<KiePackage> packages) {
        InternalKnowledgeBase kb = KnowledgeBaseFactory.newKnowledgeBase(configuration());
        kb.addPackages(packages);
        return kb;
    }

    /**
     * Drools options a process may carry without changing a draft: the three pinned below, whatever their
     * value. Any other drools.* property is refused, since on 10.2.0 several change or break the drafts and
     * nobody has checked the rest against these rules.
     */
    static final java.util.Set<String> HARMLESS = java.util.Set.of(ShareAlphaNodesOption.PROPERTY_NAME,
            IndexRightBetaMemoryOption.PROPERTY_NAME, SequentialOption.PROPERTY_NAME);

    /** Exit 2 naming every drools.* system property that is not known to be harmless. */
    public static void refuseUnknownOptions() {
        List<Problem> problems = new java.util.ArrayList<>();
        new TreeMap<>(System.getProperties()).forEach((k, v) -> {
            String key = k.toString();
            if (key.startsWith("drools.") && !HARMLESS.contains(key)) {
                problems.add(Problem.at("system properties", 0, 0, key + "=" + v, "is a Drools engine option the rules"
                        + " are not known to be safe with; remove it from JAVA_TOOL_OPTIONS or the java command line"
                        + " (only " + String.join(", ", new java.util.TreeSet<>(HARMLESS)) + " are allowed: they are"
                        + " pinned to the values the rules need)"));
            }
        });
        if (!problems.isEmpty()) {
            throw BedomningException.badInput("A Drools engine option is set for this Java process; nothing was"
                    + " drafted.", problems);
        }
    }

    static KieBaseConfiguration configuration() {
        refuseUnknownOptions();
        KieBaseConfiguration conf;
        try {
            conf = KieServices.get().newKieBaseConfiguration();
        } catch (RuntimeException e) {
            throw new BedomningException(ExitCode.BAD_INPUT, "Drools rejected an engine option set for this Java"
                    + " process; nothing was drafted.", List.of(Problem.at("system properties", 0, 0,
                            droolsProperties(), e.getMessage() + " — remove the option from JAVA_TOOL_OPTIONS or the"
                                    + " java command line; the rules need none")));
        }
        conf.setOption(ShareAlphaNodesOption.YES);
        conf.setOption(IndexRightBetaMemoryOption.YES);
        conf.setOption(SequentialOption.NO);
        return conf;
    }

    /** The drools.* system properties of this process, to name the culprit in an error. */
    static String droolsProperties() {
        Map<String, String> set = new TreeMap<>();
        System.getProperties().forEach((k, v) -> {
            if (k.toString().startsWith("drools.")) {
                set.put(k.toString(), String.valueOf(v));
            }
        });
        return set.isEmpty() ? "" : set.toString();
    }
}
