package se.bedomning.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import se.bedomning.facts.FactSet;
import se.bedomning.facts.Group;
import se.bedomning.facts.Indicator;
import se.bedomning.facts.InputNote;
import se.bedomning.facts.MissingReason;
import se.bedomning.facts.MissingValue;
import se.bedomning.facts.Point;
import se.bedomning.problem.ExitCode;

/**
 * Reads a Kolada data answer ({@code {"values": [{"kpi", "municipality", "period", "values": [{"gender",
 * "value", "count", "status"}]}]}}) through {@link KoladaMapping}. A null value or a status the mapping
 * lists becomes a missing value with a reason. Kolada's {@code count} is how many units a value covers,
 * not a numerator, so it is not read as the point's count.
 */
public final class KoladaReader {

    private static final Set<String> TOP_FIELDS = Set.of("values", "count", "next_page", "previous_page", "next",
            "previous");
    private static final Set<String> ENTRY_FIELDS = Set.of("kpi", "municipality", "period", "values");
    private static final Set<String> VALUE_FIELDS = Set.of("gender", "value", "count", "status");

    private KoladaReader() {
    }

    /** A Kolada answer has a top-level "values" list and, unlike a fact file, no "format". */
    public static boolean isKolada(Node root) {
        return root.isObject() && root.fields().containsKey("values") && !root.fields().containsKey("format");
    }

    public static FactSet read(Node root, String label, Catalog catalog, KoladaMapping mapping) {
        if (!mapping.present()) {
            throw mapping.missing();
        }
        Problems problems = new Problems();
        Fields f = new Fields(label, problems.list());
        SeriesAssembly assembly = new SeriesAssembly(label, problems.list());
        f.onlyKnown(root, "", TOP_FIELDS);
        for (String next : List.of("next_page", "next")) {
            Node n = root.fields().get(next);
            if (n != null && !n.isNull() && !(n.isText() && ((String) n.value()).isBlank())) {
                f.problem(n, next, "is set: the file is one page of a longer Kolada answer; fetch every page and put"
                        + " all their \"values\" in one file, so no year is lost");
            }
        }
        String municipality = null;
        Node municipalityAt = null;
        // Values Kolada gives together with a status such as ".." : kept, and said in the draft's notes.
        Map<String, List<String>> marked = new TreeMap<>();
        Node valueList = root.fields().get("values");
        if (valueList != null && valueList.isArray() && valueList.items().isEmpty()) {
            f.problem(valueList, "values", "is empty; the Kolada answer holds no data — check the"
                    + " kpi, municipality and years of the download");
        }
        for (Fields.Item item : f.objects(root, "", "values", true)) {
            String path = item.path();
            Node e = item.node();
            f.onlyKnown(e, path, ENTRY_FIELDS);
            String kpiId = f.text(e, path, "kpi");
            String code = f.text(e, path, "municipality");
            Integer period = f.integer(e, path, "period", FactFileReader.FIRST_YEAR, FactFileReader.LAST_YEAR);
            List<Fields.Item> values = f.objects(e, path, "values", true);
            KoladaMapping.Kpi kpi = null;
            if (kpiId != null) {
                kpi = mapping.kpis().get(kpiId);
                if (kpi == null) {
                    f.problem(e.fields().get("kpi"), path + ".kpi", "\"" + kpiId + "\" is not in " + mapping.file()
                            + "; add \"" + kpiId + "\": \"<indicator id>\" to its \"kpis\""
                            + Suggest.closest(kpiId, mapping.kpis().keySet()));
                }
            }
            if (code != null) {
                Node at = e.fields().get("municipality");
                if (!mapping.municipalities().containsKey(code)) {
                    f.problem(at, path + ".municipality", "\"" + code + "\" is not in " + mapping.file()
                            + "; add \"" + code + "\": \"<region name>\" to its \"municipalities\"");
                } else if (municipality == null) {
                    municipality = code;
                    municipalityAt = at;
                } else if (!municipality.equals(code)) {
                    f.problem(at, path + ".municipality", "is \"" + code + "\" but line " + municipalityAt.line()
                            + " has \"" + municipality + "\"; a draft is for one region — download one municipality"
                            + " per file");
                }
            }
            Indicator indicator = kpi == null ? null : catalog.indicators().get(kpi.indicator());
            for (Fields.Item v : values) {
                value(f, v.node(), v.path(), new Row(kpiId, kpi, indicator, code, period), catalog, mapping, assembly,
                        marked);
            }
        }
        int year = assembly.newestYear();
        if (year == 0 && problems.list().isEmpty()) {
            f.problem(root, "values", "holds no value for any kpi; the Kolada answer is empty — check the download");
        }
        problems.throwIfAny(ExitCode.BAD_INPUT, "The Kolada file " + label + " has problems; nothing was drafted.");
        FactSet facts = new FactSet(label, mapping.municipalities().get(municipality), year, mapping.report(), List.of(),
                assembly.build());
        for (Map.Entry<String, List<String>> m : marked.entrySet()) {
            facts = facts.withNote(new InputNote(InputNote.KOLADA_STATUS, Map.of("values", String.join(", ", m.getValue()),
                    "status", m.getKey(), "reason", mapping.statuses().get(m.getKey()).code())));
        }
        return facts;
    }

    /** What the enclosing entry says about its values; any part may be null when it was wrong. */
    private record Row(String kpiId, KoladaMapping.Kpi kpi, Indicator indicator, String municipality, Integer period) {
    }

    private static void value(Fields f, Node v, String vp, Row row, Catalog catalog, KoladaMapping mapping,
            SeriesAssembly assembly, Map<String, List<String>> marked) {
        f.onlyKnown(v, vp, VALUE_FIELDS);
        String gender = f.text(v, vp, "gender");
        BigDecimal value = v.fields().containsKey("value") ? f.optionalNumber(v, vp, "value") : f.number(v, vp, "value");
        String status = f.optionalText(v, vp, "status");
        Group group = null;
        if (gender != null && !KoladaMapping.GENDERS.contains(gender)) {
            f.problem(v.fields().get("gender"), vp + ".gender", "is \"" + gender + "\"; expected one of "
                    + String.join(", ", KoladaMapping.GENDERS));
        } else if (gender != null && row.kpi() != null) {
            String groupId = mapping.group(row.kpi(), gender);
            group = groupId == null ? null : catalog.groups().get(groupId);
            if (group == null) {
                f.problem(v.fields().get("gender"), vp + ".gender", "\"" + gender + "\" has no group in "
                        + mapping.file() + "; add \"" + gender + "\": \"<group id>\" to its \"genders\" (or to the"
                        + " kpi's own \"genders\")");
            }
        }
        MissingReason reason = null;
        if (status != null && !status.isBlank()) {
            reason = mapping.statuses().get(status);
            if (reason == null) {
                f.problem(v.fields().get("status"), vp + ".status", "\"" + status + "\" is not in " + mapping.file()
                        + "; add \"" + status + "\": one of suppressed, not_applicable, missing to its \"statuses\"");
                return;
            }
        } else if (value == null && v.fields().containsKey("value") && v.fields().get("value").isNull()) {
            reason = MissingReason.MISSING;
        }
        if (value != null && row.indicator() != null) {
            String wrong = PointChecks.range(value, row.indicator().unit());
            if (wrong != null) {
                f.problem(v.fields().get("value"), vp + ".value", wrong);
                return;
            }
        }
        if (row.indicator() == null || group == null || row.period() == null || (value == null && reason == null)) {
            return;
        }
        Node at = v.fields().getOrDefault("gender", v);
        if (!assembly.claimYear(row.indicator(), group, row.period(), at.line(), at.column(), vp + ".gender")) {
            return;
        }
        String quote = "Kolada " + row.kpiId() + ", " + row.municipality() + ", " + row.period() + ", " + gender
                + (status == null || status.isBlank() ? "" : ", status " + status);
        if (reason != null && value != null) {
            // Kolada gives a value and marks it: dropping it would lose data silently, so it is used and noted.
            assembly.point(row.indicator(), group, new Point(row.period(), value, null, null, null, quote));
            marked.computeIfAbsent(status, s -> new ArrayList<>()).add(row.kpiId() + " " + row.municipality() + " "
                    + row.period() + " " + gender + " (" + PointChecks.show(value) + ")");
        } else if (reason != null) {
            assembly.missing(row.indicator(), group, new MissingValue(row.period(), reason, quote));
        } else {
            assembly.point(row.indicator(), group, new Point(row.period(), value, null, null, null, quote));
        }
    }
}
