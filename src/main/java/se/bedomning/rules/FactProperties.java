package se.bedomning.rules;

import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.bedomning.facts.Concern;
import se.bedomning.facts.DevelopmentArea;
import se.bedomning.facts.Finding;
import se.bedomning.facts.Goal;
import se.bedomning.facts.Judgement;
import se.bedomning.facts.Series;
import se.bedomning.facts.Suppression;
import se.bedomning.facts.Theme;
import se.bedomning.facts.Threshold;
import se.bedomning.io.Suggest;
import se.bedomning.io.Thresholds;
import se.bedomning.problem.Problem;

/**
 * What a reviewer can write in a DRL pattern: the fact types and their fields. Used to turn Drools'
 * terse compile errors into hints ("pointCont" → did you mean "pointCount"?) and to check that the
 * Series fields a threshold says it is compared with exist.
 */
public final class FactProperties {

    /** Fact types the rules see, by simple name. */
    public static final Map<String, Class<?>> TYPES = new TreeMap<>(Map.of(
            "Series", Series.class, "Threshold", Threshold.class, "Finding", Finding.class,
            "Judgement", Judgement.class, "Suppression", Suppression.class, "Concern", Concern.class,
            "Theme", Theme.class, "DevelopmentArea", DevelopmentArea.class, "Goal", Goal.class));

    static {
        // The selection layer's facts (rules/selection.drl); Map.of takes at most ten pairs.
        TYPES.put("Merit", se.bedomning.facts.Merit.class);
        TYPES.put("ThemeDefinition", se.bedomning.facts.ThemeDefinition.class);
        TYPES.put("ThemeFit", se.bedomning.facts.ThemeFit.class);
        TYPES.put("ThemeScope", se.bedomning.facts.ThemeScope.class);
        TYPES.put("ThemeChoice", se.bedomning.facts.ThemeChoice.class);
        TYPES.put("Selection", se.bedomning.facts.Selection.class);
        TYPES.put("Demotion", se.bedomning.facts.Demotion.class);
        TYPES.put("Headline", se.bedomning.facts.Headline.class);
        TYPES.put("Aggregation", se.bedomning.facts.Aggregation.class);
        TYPES.put("Derivation", se.bedomning.facts.Derivation.class);
        TYPES.put("Addition", se.bedomning.facts.Addition.class);
        TYPES.put("Statement", se.bedomning.facts.Statement.class);
        TYPES.put("SummaryArea", se.bedomning.facts.SummaryArea.class);
    }

    private static final Pattern UNKNOWN_METHOD =
            Pattern.compile("unable to resolve method using strict-mode: [\\w.]*?(\\w+)\\.(\\w+)\\(\\)");
    private static final Pattern UNKNOWN_FIELD = Pattern.compile("[Uu]nknown field (\\w+) on .*?(\\w+)$|"
            + "Unable to find field (\\w+)|unable to resolve (?:property|field) (\\w+)");
    private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to resolve ObjectType '(\\w+)'");

    private FactProperties() {
    }

    /** The readable properties of a fact type, as DRL names them (getPointCount → pointCount). */
    public static List<String> properties(Class<?> type) {
        try {
            TreeSet<String> names = new TreeSet<>();
            for (PropertyDescriptor d : Introspector.getBeanInfo(type, Object.class).getPropertyDescriptors()) {
                if (d.getReadMethod() != null) {
                    names.add(d.getName());
                }
            }
            return List.copyOf(names);
        } catch (java.beans.IntrospectionException e) {
            throw new IllegalStateException(type + " cannot be introspected", e);
        }
    }

    /** Reads a property of a fact by the name DRL uses for it. */
    public static Object read(Object fact, String property) {
        try {
            for (PropertyDescriptor d : Introspector.getBeanInfo(fact.getClass(), Object.class).getPropertyDescriptors()) {
                if (d.getName().equals(property) && d.getReadMethod() != null) {
                    return d.getReadMethod().invoke(fact);
                }
            }
        } catch (ReflectiveOperationException | java.beans.IntrospectionException e) {
            throw new IllegalStateException(fact.getClass() + "." + property + " cannot be read", e);
        }
        throw new IllegalArgumentException(property + " is not a field of " + fact.getClass().getSimpleName()
                + "; fields: " + properties(fact.getClass()));
    }

    /** Adds "did you mean …" and the list of known names to a Drools compile problem where it can. */
    static Problem withHint(Problem p) {
        String hint = hint(p.message());
        return hint.isEmpty() ? p : Problem.at(p.file(), p.line(), p.column(), p.field(), p.message() + " — hint: " + hint);
    }

    static String hint(String message) {
        Matcher t = UNKNOWN_TYPE.matcher(message);
        if (t.find()) {
            return "'" + t.group(1) + "' is not a fact type" + Suggest.closest(t.group(1), TYPES.keySet())
                    + " Fact types: " + String.join(", ", TYPES.keySet()) + ".";
        }
        Matcher m = UNKNOWN_METHOD.matcher(message);
        if (m.find() && TYPES.containsKey(m.group(1))) {
            return fieldHint(m.group(1), m.group(2));
        }
        Matcher f = UNKNOWN_FIELD.matcher(message);
        if (f.find()) {
            String field = f.group(1) != null ? f.group(1) : f.group(3) != null ? f.group(3) : f.group(4);
            for (Map.Entry<String, Class<?>> e : TYPES.entrySet()) {
                if (!Suggest.closest(field, properties(e.getValue())).isEmpty()) {
                    return fieldHint(e.getKey(), field);
                }
            }
        }
        return "";
    }

    private static String fieldHint(String type, String field) {
        List<String> props = properties(TYPES.get(type));
        return type + " has no field '" + field + "'" + Suggest.closest(field, props) + " Fields of " + type + ": "
                + String.join(", ", props) + ".";
    }

    /** Every name in a threshold's "compares" list must be a Series field, or explain cannot show it. */
    static List<Problem> checkComparedProperties(Thresholds thresholds) {
        List<String> props = properties(Series.class);
        List<Problem> problems = new ArrayList<>();
        for (Threshold t : thresholds.all()) {
            for (String name : t.getCompares()) {
                if (!props.contains(name)) {
                    problems.add(Problem.at(thresholds.file(), 0, 0, "thresholds." + t.key() + ".compares",
                            "\"" + name + "\" is not a Series field" + Suggest.closest(name, props)));
                }
            }
        }
        return problems;
    }
}
