package se.bedomning.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.bedomning.facts.Codes;
import se.bedomning.facts.MissingReason;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.ExitCode;
import se.bedomning.problem.Problem;

/**
 * How Kolada's codes become this engine's ids, from the reviewer-editable {@code rules/kolada-mapping.json}:
 * kpi id → indicator id, gender T/K/M → group id (per kpi where it differs), municipality code → region
 * name, and Kolada status texts → the reason a value is missing. Validated against the catalog at load,
 * like the other rules files, so a broken mapping stops every run with exit 3 instead of mis-reading data.
 */
public record KoladaMapping(String file, boolean present, String report, Map<String, String> municipalities,
        Map<String, String> genders, Map<String, MissingReason> statuses, Map<String, Kpi> kpis) {

    public static final String FILE = "kolada-mapping.json";
    public static final List<String> GENDERS = List.of("T", "K", "M");

    /** One kpi: the indicator it feeds and the groups its genders mean (the file-wide ones unless overridden). */
    public record Kpi(String indicator, Map<String, String> genders) {

        public Kpi {
            genders = Collections.unmodifiableMap(new LinkedHashMap<>(genders));
        }
    }

    public KoladaMapping {
        municipalities = Collections.unmodifiableMap(new LinkedHashMap<>(municipalities));
        genders = Collections.unmodifiableMap(new LinkedHashMap<>(genders));
        statuses = Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
        kpis = Collections.unmodifiableMap(new LinkedHashMap<>(kpis));
    }

    /** A rules folder without a mapping: fine until someone feeds it a Kolada file. */
    public static KoladaMapping absent(Path file) {
        return new KoladaMapping(file.toString(), false, "", Map.of(), Map.of(), Map.of(), Map.of());
    }

    /** The group a kpi's gender code stands for, or null when the mapping has none. */
    public String group(Kpi kpi, String gender) {
        return kpi.genders().getOrDefault(gender, genders.get(gender));
    }

    /** Reads the mapping next to the catalog, or {@link #absent} when the folder has none. */
    public static KoladaMapping load(Path file, Catalog catalog) {
        if (!Files.exists(file)) {
            return absent(file);
        }
        String label = file.toString();
        Node root = JsonFiles.read(file, label, ExitCode.BAD_RULES);
        Problems problems = new Problems();
        Fields f = new Fields(label, problems.list());
        KoladaMapping m = null;
        if (f.isObject(root, "(top level)")) {
            f.onlyKnown(root, "", Set.of("description", "report", "municipalities", "genders", "statuses", "kpis"));
            String report = f.text(root, "", "report");
            Map<String, String> municipalities = texts(f, root, "municipalities");
            Map<String, String> genders = genderGroups(f, root, "genders", "genders", catalog);
            Map<String, MissingReason> statuses = new LinkedHashMap<>();
            for (Map.Entry<String, Node> e : entries(f, root, "statuses").entrySet()) {
                MissingReason r = asReason(f, e.getValue(), "statuses." + e.getKey());
                if (r != null) {
                    statuses.put(e.getKey(), r);
                }
            }
            Map<String, Kpi> kpis = new LinkedHashMap<>();
            for (Map.Entry<String, Node> e : entries(f, root, "kpis").entrySet()) {
                Kpi k = kpi(f, e.getValue(), "kpis." + e.getKey(), catalog);
                if (k != null) {
                    kpis.put(e.getKey(), k);
                }
            }
            if (report != null) {
                m = new KoladaMapping(label, true, report, municipalities, genders, statuses, kpis);
            }
        }
        problems.throwIfAny(ExitCode.BAD_RULES, "The Kolada mapping " + label + " has problems; fix them and run again.");
        return m;
    }

    private static Map<String, Node> entries(Fields f, Node root, String name) {
        Node n = root.fields().get(name);
        if (n == null || !n.isObject()) {
            f.problem(n == null ? root : n, name, (n == null ? "is missing" : "is " + n.describe())
                    + "; expected an object { \"code\": … }");
            return Map.of();
        }
        return n.fields();
    }

    private static Map<String, String> texts(Fields f, Node root, String name) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : entries(f, root, name).entrySet()) {
            Node v = e.getValue();
            if (!v.isText() || ((String) v.value()).isBlank()) {
                f.problem(v, name + "." + e.getKey(), "is " + v.describe() + "; expected a region name in quotes");
            } else {
                out.put(e.getKey(), (String) v.value());
            }
        }
        return out;
    }

    private static Map<String, String> genderGroups(Fields f, Node parent, String name, String at, Catalog catalog) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : entries(f, parent, name).entrySet()) {
            String path = at + "." + e.getKey();
            Node v = e.getValue();
            if (!GENDERS.contains(e.getKey())) {
                f.problem(v, path, "is not a Kolada gender code; expected " + String.join(", ", GENDERS));
            } else if (!v.isText()) {
                f.problem(v, path, "is " + v.describe() + "; expected a group id in quotes");
            } else if (!catalog.groups().containsKey((String) v.value())) {
                f.problem(v, path, "\"" + v.value() + "\" is not a group in the catalog"
                        + Suggest.closest((String) v.value(), catalog.groups().keySet()));
            } else {
                out.put(e.getKey(), (String) v.value());
            }
        }
        return out;
    }

    private static MissingReason asReason(Fields f, Node v, String path) {
        if (v.isText()) {
            var r = Codes.find(MissingReason.class, (String) v.value());
            if (r.isPresent()) {
                return r.get();
            }
        }
        f.problem(v, path, "is " + v.describe() + "; expected one of " + Codes.allowed(MissingReason.class));
        return null;
    }

    /** {@code "N00001": "indicator_id"} or {@code "N00001": {"indicator": "…", "genders": {"T": "barn"}}}. */
    private static Kpi kpi(Fields f, Node v, String path, Catalog catalog) {
        String indicator;
        Map<String, String> genders = Map.of();
        Node at = v;
        if (v.isText()) {
            indicator = (String) v.value();
        } else if (v.isObject()) {
            f.onlyKnown(v, path, Set.of("indicator", "genders"));
            indicator = f.text(v, path, "indicator");
            at = v.fields().getOrDefault("indicator", v);
            if (v.fields().containsKey("genders")) {
                genders = genderGroups(f, v, "genders", path + ".genders", catalog);
            }
        } else {
            f.problem(v, path, "is " + v.describe() + "; expected an indicator id in quotes, or"
                    + " {\"indicator\": …, \"genders\": {…}}");
            return null;
        }
        if (indicator == null) {
            return null;
        }
        if (!catalog.indicators().containsKey(indicator)) {
            f.problem(at, path, "\"" + indicator + "\" is not an indicator in the catalog"
                    + Suggest.closest(indicator, catalog.indicators().keySet()));
            return null;
        }
        return new Kpi(indicator, genders);
    }

    /** Thrown when a Kolada file comes in and the rules folder has no mapping to read it with. */
    BedomningException missing() {
        return new BedomningException(ExitCode.BAD_RULES, "Kolada data cannot be read without a mapping.",
                List.of(Problem.at(file, 0, 0, "", "does not exist; copy " + FILE + " from the repository's rules/"
                        + " folder into this rules folder")));
    }
}
