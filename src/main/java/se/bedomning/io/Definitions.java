package se.bedomning.io;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import se.bedomning.facts.Actor;
import se.bedomning.facts.BaseKind;
import se.bedomning.facts.Codes;
import se.bedomning.facts.Dimensions;
import se.bedomning.facts.Group;
import se.bedomning.facts.Indicator;
import se.bedomning.facts.Polarity;
import se.bedomning.facts.Provision;
import se.bedomning.facts.Sex;
import se.bedomning.facts.TargetGroup;
import se.bedomning.facts.Topic;
import se.bedomning.facts.Unit;
import se.bedomning.facts.ViolenceType;
import se.bedomning.problem.ExitCode;

/** Reads indicator and group definitions, the same shape in the catalog and in a fact file. */
public final class Definitions {

    static final Set<String> INDICATOR_FIELDS = Set.of("id", "name", "subject", "goal", "violenceType", "unit",
            "polarity", "source", "baseKind", "respondent", "question", "family", "population", "distribution", "topic",
            "targetGroup", "provision", "actor");
    static final Set<String> GROUP_FIELDS = Set.of("id", "label", "sex", "segment");

    private Definitions() {
    }

    /** Reads {@code rules/catalog.json}; problems there are rule-file problems (exit 3). */
    public static Catalog readCatalog(java.nio.file.Path file, String label) {
        Problems problems = new Problems();
        Node root = JsonFiles.read(file, label, ExitCode.BAD_RULES);
        Fields f = new Fields(label, problems.list());
        Catalog catalog = Catalog.empty();
        if (f.isObject(root, "catalog")) {
            f.onlyKnown(root, "", Set.of("indicators", "groups", "description"));
            catalog = read(f, root, true);
        }
        problems.throwIfAny(ExitCode.BAD_RULES, "The catalog " + label + " has problems; fix them and run again.");
        return catalog;
    }

    /**
     * Reads the "indicators" and "groups" lists of {@code root}, reporting into {@code f}. The catalog must
     * describe every indicator by all its dimensions ({@code requireDimensions}); a fact file's own
     * indicators may leave them out, but a value given must be one of the vocabulary either way.
     */
    static Catalog read(Fields f, Node root, boolean requireDimensions) {
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        for (Fields.Item item : f.objects(root, "", "indicators", false)) {
            String path = item.path();
            Node n = item.node();
            f.onlyKnown(n, path, INDICATOR_FIELDS);
            String id = f.text(n, path, "id");
            String name = f.text(n, path, "name");
            String subject = f.text(n, path, "subject");
            Integer goal = f.integer(n, path, "goal", Indicator.FIRST_GOAL, Indicator.LAST_GOAL);
            ViolenceType vt = f.code(n, path, "violenceType", ViolenceType.class);
            Unit unit = f.code(n, path, "unit", Unit.class);
            Polarity polarity = f.code(n, path, "polarity", Polarity.class);
            String source = f.text(n, path, "source");
            BaseKind baseKind = f.optionalCode(n, path, "baseKind", BaseKind.class);
            String respondent = f.optionalText(n, path, "respondent");
            String question = f.optionalText(n, path, "question");
            String family = f.optionalText(n, path, "family");
            String population = f.optionalText(n, path, "population");
            Boolean distribution = f.optionalBoolean(n, path, "distribution");
            // Named by the indicator's id as well as its place, so a reviewer finds it among 70 entries.
            String named = id == null ? path : path + " (" + id + ")";
            Dimensions dimensions = new Dimensions(
                    dimension(f, n, named, "topic", Topic.class, requireDimensions),
                    dimension(f, n, named, "targetGroup", TargetGroup.class, requireDimensions),
                    dimension(f, n, named, "provision", Provision.class, requireDimensions),
                    dimension(f, n, named, "actor", Actor.class, requireDimensions));
            if (id != null && !Indicator.ID.matcher(id).matches()) {
                f.problem(n.fields().get("id"), path + ".id", "is \"" + id
                        + "\"; expected lower-case letters, digits and _ only");
                continue;
            }
            if (id != null && indicators.containsKey(id)) {
                f.problem(n.fields().get("id"), path + ".id", "\"" + id + "\" is defined twice; ids must be unique");
                continue;
            }
            if (id == null || name == null || subject == null || goal == null || vt == null || unit == null
                    || polarity == null || source == null) {
                continue;
            }
            if (name.isBlank() || subject.isBlank() || source.isBlank()) {
                f.problem(n, path, "name, subject and source must not be blank");
                continue;
            }
            indicators.put(id, new Indicator(id, name, subject, goal, vt, unit, polarity, source, baseKind,
                    respondent, question, family, population, distribution != null && distribution, dimensions));
        }
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Fields.Item item : f.objects(root, "", "groups", false)) {
            String path = item.path();
            Node n = item.node();
            f.onlyKnown(n, path, GROUP_FIELDS);
            String id = f.text(n, path, "id");
            String label = f.text(n, path, "label");
            Sex sex = f.optionalCode(n, path, "sex", Sex.class);
            String segment = f.optionalText(n, path, "segment");
            if (id == null || label == null) {
                continue;
            }
            if (!Indicator.ID.matcher(id).matches()) {
                f.problem(n.fields().get("id"), path + ".id", "is \"" + id
                        + "\"; expected lower-case letters, digits and _ only");
                continue;
            }
            if (groups.containsKey(id)) {
                f.problem(n.fields().get("id"), path + ".id", "\"" + id + "\" is defined twice; ids must be unique");
                continue;
            }
            groups.put(id, new Group(id, label, sex, segment));
        }
        return new Catalog(indicators, groups);
    }

    private static <E extends Enum<E> & Codes.Coded> E dimension(Fields f, Node n, String path, String name,
            Class<E> type, boolean required) {
        return required ? f.code(n, path, name, type) : f.optionalCode(n, path, name, type);
    }
}
