package se.bedomning.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.bedomning.facts.ActionSource;
import se.bedomning.facts.Codes;
import se.bedomning.facts.FindingKind;
import se.bedomning.facts.Indicator;
import se.bedomning.facts.InputNote;
import se.bedomning.facts.Valence;
import se.bedomning.io.Fields;
import se.bedomning.io.JsonFiles;
import se.bedomning.io.Node;
import se.bedomning.io.Suggest;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.ExitCode;
import se.bedomning.problem.Problem;

/**
 * The Swedish wording, kept apart from rule logic in {@code rules/wording/sv.json}. A sentence key is
 * {@code kind[.variant][.valence]}; the most specific key that exists is used. Each key holds one or
 * more alternatives, used in turn so the draft does not repeat one phrase.
 */
public final class Wording {

    /** Where a rules folder keeps the wording; every message about the wording names this file. */
    public static final String FILE = "wording/sv.json";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    /** The placeholders a sentence template may use; the renderer fills each of them. */
    public static final Set<String> SENTENCE_PLACEHOLDERS = Set.of("subject", "Subject", "indicator", "Indicator",
            "group", "from", "to", "firstYear", "when", "period", "fromNumber", "fromValue", "toValue", "change", "prevYear", "prevValue", "min", "minYear", "max",
            "maxYear", "median", "medianYear", "value", "diff", "missing", "covered", "otherSubject", "otherGroup",
            "otherValue", "gap", "breakYear", "lastDataYear", "note", "baseMin", "baseMax", "source", "family",
            "familySize", "population", "action", "actions", "Actions", "actor", "quote", "reach", "outputs", "under");
    public static final Set<String> DOCUMENT_PLACEHOLDERS = Set.of("region", "year", "report", "goal", "title",
            "rules", "values", "file", "status", "reason", "count", "carried", "indicator", "unit", "from", "to", "area",
            "ids");
    /** The placeholders of a sammanfattning sentence about a Mål's åtgärder ("2 av de 6 …"). */
    public static final Set<String> SUMMARY_PLACEHOLDERS = Set.of("title", "goal", "count", "Count", "total", "actions",
            "byGoal");
    public static final Set<String> DOCUMENT_KEYS = Set.of("title", "intro", "goalHeading", "developmentHeading",
            "actionSummary", "actionSummaryAll", "actionSummaryNone", "actionSummaryBoth", "actionSummaryNeither",
            "actionSummaryOne", "actionSummaryOneDone",
            "actionsHeading", "actionsOne", "actionsMany",
            "noFindings", "noConclusions", "noDevelopmentAreas", "yearAfterNumber", "population", "summaryHeading",
            "summaryAreasLead", "summaryArea",
            "appendixHeading", "appendixGoalHeading", "noAssessment",
            "wholeGroup", "bothGroups", "respectively", "sincePeriod", "betweenPeriod",
            // The tables and charts of the report (render.ReportTables): captions, column heads, unit names.
            "tableCaption", "tableIndicator", "tableGroup", "tableUnit", "tableTotal", "tableMedian", "tableSource",
            "chartCaption", "unitPercent", "unitCount", "unitMean", "unitRate",
            // The HTML draft's own headings and labels (render.html): contents, sub-headings, the trace disclosure.
            "htmlContents", "htmlAssessmentHeading", "htmlActionsHeading", "htmlTableHeading", "htmlChartsHeading",
            "htmlTrace", "htmlChartData", "htmlChartDescription", "htmlNoValue",
            InputNote.WINDOWS_1252, InputNote.KOLADA_STATUS, InputNote.WORKBOOK_FORMULA);

    /**
     * The suffix of a key's wording for a report that gives the agency's own activities instead of following up
     * the handlingsplan ({@link ActionSource#ACTIVITIES}): looked up first for such a draft, so the handlingsplan's
     * wording stays as it is and a reviewer edits both side by side.
     */
    public static final String ACTIVITIES = ".activities";
    /**
     * The document texts that speak of the åtgärder: each needs its {@link #ACTIVITIES} variant, so a draft of
     * activities never falls back to a sentence that says the report followed up the handlingsplan.
     */
    public static final Set<String> ACTION_DOCUMENT_KEYS = Set.of("actionSummary", "actionSummaryAll",
            "actionSummaryNone", "actionSummaryBoth", "actionSummaryNeither", "actionSummaryOne",
            "actionSummaryOneDone", "actionsHeading", "htmlActionsHeading", "actionsOne", "actionsMany");

    private final String file;
    private final Map<Integer, String> goals;
    private final Map<String, String> document;
    private final Map<String, List<String>> sentences;
    /** Shorter, verdict-first templates for the bedömning layer; a finding without one uses its sentence. */
    private final Map<String, List<String>> assessment;
    /** Sammanfattning sentences about a classification of a Mål's åtgärder, keyed kind[.variant][.one|.single|.both|.all]. */
    private final Map<String, List<String>> summary;

    private Wording(String file, Map<Integer, String> goals, Map<String, String> document, Map<String, List<String>> sentences,
            Map<String, List<String>> assessment, Map<String, List<String>> summary) {
        this.file = file;
        this.goals = goals;
        this.document = document;
        this.sentences = sentences;
        this.assessment = assessment;
        this.summary = summary;
    }

    /** The wording file as read, for messages that point a reviewer to it. */
    public String file() {
        return file;
    }

    public String goalTitle(int goal) {
        return goals.get(goal);
    }

    public String document(String key) {
        return document.get(key);
    }

    /** A document text for a draft whose åtgärder are of {@code source}: its ".activities" variant for activities. */
    public String document(String key, ActionSource source) {
        if (source == ActionSource.ACTIVITIES) {
            String t = document.get(key + ACTIVITIES);
            if (t != null) {
                return t;
            }
        }
        return document.get(key);
    }

    /**
     * The åtgärder named in running text, "åtgärd 2.2" or "åtgärderna 2.2 och 2.6" (document.actionsOne and
     * actionsMany, their ".activities" variants for activities), {@code list} being the ids already listed.
     */
    public String actionsNamed(int count, String list, ActionSource source) {
        String t = document(count == 1 ? "actionsOne" : "actionsMany", source);
        return t.replace("{ids}", list);
    }

    /**
     * The sentence template for an åtgärd finding in a draft whose åtgärder are of {@code source}: for each key,
     * most specific first, its ".activities" variant before it for activities (validated to exist).
     */
    public Map.Entry<String, List<String>> sentence(FindingKind kind, String variant, Valence valence,
            ActionSource source) {
        if (source == ActionSource.ACTIVITIES) {
            for (String k : sentenceKeys(kind, variant, valence)) {
                if (sentences.containsKey(k + ACTIVITIES)) {
                    return Map.entry(k + ACTIVITIES, sentences.get(k + ACTIVITIES));
                }
                if (sentences.containsKey(k)) {
                    return Map.entry(k, sentences.get(k));
                }
            }
        }
        return sentence(kind, variant, valence);
    }

    private static List<String> sentenceKeys(FindingKind kind, String variant, Valence valence) {
        return sentenceKeys(kind, variant, valence, "");
    }

    /**
     * The keys of a finding's templates, most specific first: kind.variant.valence, kind.variant, kind.valence,
     * kind, each followed by {@code suffix} (".grouped", ".members" or none). Every lookup below walks this order.
     */
    private static List<String> sentenceKeys(FindingKind kind, String variant, Valence valence, String suffix) {
        List<String> keys = new ArrayList<>();
        String base = kind.code();
        if (!variant.isEmpty()) {
            keys.add(base + "." + variant + "." + valence.code() + suffix);
            keys.add(base + "." + variant + suffix);
        }
        keys.add(base + "." + valence.code() + suffix);
        keys.add(base + suffix);
        return keys;
    }

    /** The alternatives for the most specific sentence key that exists, and that key. */
    public Map.Entry<String, List<String>> sentence(FindingKind kind, String variant, Valence valence) {
        List<String> keys = sentenceKeys(kind, variant, valence);
        for (String k : keys) {
            if (sentences.containsKey(k)) {
                return Map.entry(k, sentences.get(k));
            }
        }
        throw new IllegalStateException("no wording for " + keys + " (validated at load)");
    }

    /**
     * The sammanfattning template for a classification of a Mål's åtgärder and its key ("summary." + key):
     * {@code amount} "one" when the Mål has a single åtgärd, "single" when the classification covers one
     * of several, "all" when it covers all of them, "across" for one sentence over several Mål (kind[.variant].across, no
     * fallback), "both" when it covers both of two (Swedish says "båda åtgärderna", never "alla
     * två"; without a ".both" template the ".all" one serves); the plain kind[.variant] key serves when the amount has
     * no template of its own. Null when the
     * wording file has none for the kind.
     */
    public Map.Entry<String, List<String>> summarySentence(FindingKind kind, String variant, String amount) {
        return summarySentence(kind, variant, amount, ActionSource.HANDLINGSPLAN);
    }

    /** The same for a draft whose åtgärder are of {@code source}: each key's ".activities" variant first for activities. */
    public Map.Entry<String, List<String>> summarySentence(FindingKind kind, String variant, String amount,
            ActionSource source) {
        String base = kind.code() + (variant.isEmpty() ? "" : "." + variant);
        List<String> keys = amount.isEmpty() ? List.of(base) : "across".equals(amount) ? List.of(base + ".across")
                : "both".equals(amount)
                ? List.of(base + ".both", base + ".all", base) : List.of(base + "." + amount, base);
        for (String k : keys) {
            if (source == ActionSource.ACTIVITIES && summary.containsKey(k + ACTIVITIES)) {
                return Map.entry("summary." + k + ACTIVITIES, summary.get(k + ACTIVITIES));
            }
            if (summary.containsKey(k)) {
                return Map.entry("summary." + k, summary.get(k));
            }
        }
        return null;
    }

    /**
     * The bedömning template for a finding (key prefixed "assessment."), most specific first; falls back
     * to the underlag sentence when the assessment section has none for the kind.
     */
    public Map.Entry<String, List<String>> assessmentSentence(FindingKind kind, String variant, Valence valence) {
        List<String> keys = sentenceKeys(kind, variant, valence);
        // The most specific key wins across both sections: a variant worded only in 'sentences' (a share
        // that itself measures a lack) is never said with a general bedömning template.
        for (String k : keys) {
            if (assessment.containsKey(k)) {
                return Map.entry("assessment." + k, assessment.get(k));
            }
            if (sentences.containsKey(k)) {
                return Map.entry(k, sentences.get(k));
            }
        }
        return sentence(kind, variant, valence);
    }

    /**
     * The template for parallel findings said in one sentence ("kind[.variant][.valence].grouped", most
     * specific first, {items} the list) and the one for each listed item ("kind.item"); null when the
     * wording has none, and then the findings are said one by one.
     */
    public Map.Entry<String, List<String>> groupedSentence(FindingKind kind, String variant, Valence valence) {
        String base = kind.code();
        for (String k : sentenceKeys(kind, variant, valence, ".grouped")) {
            if (assessment.containsKey(k) && (assessment.containsKey(base + ".item")
                    || (!variant.isEmpty() && assessment.containsKey(base + "." + variant + ".item")))) {
                return Map.entry("assessment." + k, assessment.get(k));
            }
        }
        return null;
    }

    /**
     * The template for findings of one kind on several indicators of a catalog family, said in one sentence
     * ("kind[.variant][.valence].members", most specific first): {prefix} and {suffix} are what the
     * indicators' subjects share, {items} each indicator's own words with its value from "kind.member".
     * Null when the wording has none; then the findings are said as a grouped or single sentence.
     */
    public Map.Entry<String, List<String>> membersSentence(FindingKind kind, String variant, Valence valence) {
        String base = kind.code();
        for (String k : sentenceKeys(kind, variant, valence, ".members")) {
            if (assessment.containsKey(k) && assessment.containsKey(base + ".member")) {
                return Map.entry("assessment." + k, assessment.get(k));
            }
        }
        return null;
    }

    /**
     * The key of the clause that says a finding within another statement (rules/selection.drl, Addition):
     * "kind.variant.clause", else "kind.clause". The rules only add findings of kinds whose clause the wording
     * has; a missing one is a rules error (exit 3), named here.
     */
    public String clauseKey(FindingKind kind, String variant) {
        List<String> keys = new ArrayList<>();
        String base = kind.code();
        for (String k : variant.isEmpty() ? List.of(base) : List.of(base + "." + variant, base)) {
            keys.add(k + ".clause");
        }
        for (String k : keys) {
            if (assessment.containsKey(k)) {
                return k;
            }
        }
        throw new se.bedomning.problem.BedomningException(se.bedomning.problem.ExitCode.BAD_RULES,
                "rules/wording/sv.json has no assessment." + base + ".clause, which a rule of rules/selection.drl adds"
                        + " to a statement");
    }

    /** The alternatives of one assessment template by its key (without "assessment."); validated at load. */
    public List<String> assessmentTemplate(String key) {
        List<String> t = assessment.get(key);
        if (t == null) {
            throw new IllegalStateException("no wording for assessment." + key + " (validated at load)");
        }
        return t;
    }

    public String memberItem(FindingKind kind) {
        return assessment.get(kind.code() + ".member").get(0);
    }

    public String groupedItem(FindingKind kind) {
        return assessment.get(kind.code() + ".item").get(0);
    }

    /** The item template of a variant ("kind.variant.item") when the wording has one, else the kind's. */
    public String groupedItem(FindingKind kind, String variant) {
        List<String> t = variant.isEmpty() ? null : assessment.get(kind.code() + "." + variant + ".item");
        return t != null ? t.get(0) : groupedItem(kind);
    }

    public static Wording read(Path path) {
        String label = path.toString();
        Node root = JsonFiles.read(path, label, ExitCode.BAD_RULES);
        List<Problem> problems = new ArrayList<>();
        Fields f = new Fields(label, problems);
        Map<Integer, String> goals = new TreeMap<>();
        Map<String, String> document = new LinkedHashMap<>();
        Map<String, List<String>> sentences = new LinkedHashMap<>();
        Map<String, List<String>> assessment = new LinkedHashMap<>();
        Map<String, List<String>> summary = new LinkedHashMap<>();
        if (f.isObject(root, "(top level)")) {
            if (root.fields().containsKey("developmentAreas")) {
                f.problem(root.fields().get("developmentAreas"), "developmentAreas", "is no longer read here: each"
                        + " utvecklingsområde is worded by its theme's \"action\" in themes.json; move the wording there");
            }
            f.onlyKnown(root, "", Set.of("description", "goals", "document", "sentences", "developmentAreas",
                    "assessment", "summary"));
            readGoals(f, root, goals);
            readDocument(f, root, document);
            readTemplates(f, root, "sentences", SENTENCE_PLACEHOLDERS, sentences);
            checkSentenceKeys(f, root, sentences);
            if (root.fields().containsKey("assessment")) {
                Set<String> allowed = new java.util.HashSet<>(SENTENCE_PLACEHOLDERS);
                allowed.add("items");
                allowed.addAll(List.of("prefix", "suffix", "member", "members", "values", "fromValues"));
                readTemplates(f, root, "assessment", allowed, assessment);
                for (String key : assessment.keySet()) {
                    String kind = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
                    if (Codes.find(FindingKind.class, kind).isEmpty()) {
                        f.problem(root.fields().get("assessment").fields().get(key), "assessment." + key,
                                "does not start with a finding kind (kinds: " + Codes.allowed(FindingKind.class) + ")");
                    }
                }
            }
            if (root.fields().containsKey("summary")) {
                readTemplates(f, root, "summary", SUMMARY_PLACEHOLDERS, summary);
                for (String key : summary.keySet()) {
                    String kind = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
                    if (Codes.find(FindingKind.class, kind).filter(k -> k.code().startsWith("action_")).isEmpty()) {
                        f.problem(root.fields().get("summary").fields().get(key), "summary." + key,
                                "does not start with a kind of åtgärd finding (kinds: " + String.join(", ",
                                        Arrays.stream(FindingKind.values()).map(FindingKind::code)
                                                .filter(c -> c.startsWith("action_")).toList()) + ")");
                    }
                }
                requireActivities(f, root.fields().get("summary"), "summary", summary.keySet(), k -> true);
            }
        }
        if (!problems.isEmpty()) {
            throw BedomningException.badRules("The wording file " + label + " has problems; fix them and run again.",
                    problems);
        }
        return new Wording(label, goals, document, sentences, assessment, summary);
    }

    private static void readGoals(Fields f, Node root, Map<Integer, String> goals) {
        Node g = root.fields().get("goals");
        if (g == null || !f.isObject(g, "goals")) {
            f.problem(root, "goals", "is missing; expected {\"1\": \"Förebygga våld\", …, \"8\": …}");
            return;
        }
        for (Map.Entry<String, Node> e : g.fields().entrySet()) {
            String p = "goals." + e.getKey();
            if (!e.getKey().matches("[1-8]")) {
                f.problem(e.getValue(), p, "is not a goal; expected keys \"1\" to \"8\"");
            } else if (!e.getValue().isText() || ((String) e.getValue().value()).isBlank()) {
                f.problem(e.getValue(), p, "is " + e.getValue().describe() + "; expected the goal's title");
            } else {
                goals.put(Integer.parseInt(e.getKey()), (String) e.getValue().value());
            }
        }
        for (int i = Indicator.FIRST_GOAL; i <= Indicator.LAST_GOAL; i++) {
            if (!g.fields().containsKey(String.valueOf(i))) {
                f.problem(g, "goals." + i, "is missing; every goal 1–8 needs a title");
            }
        }
    }

    private static void readDocument(Fields f, Node root, Map<String, String> document) {
        Node d = root.fields().get("document");
        if (d == null || !f.isObject(d, "document")) {
            f.problem(root, "document", "is missing; expected the texts " + String.join(", ", sortedKeys()));
            return;
        }
        Set<String> known = new java.util.HashSet<>(DOCUMENT_KEYS);
        ACTION_DOCUMENT_KEYS.forEach(k -> known.add(k + ACTIVITIES));
        f.onlyKnown(d, "document", known);
        for (String key : known) {
            // Every text is required, the ".activities" variant of each text about the åtgärder too.
            String text = f.text(d, "document", key);
            if (text != null) {
                checkPlaceholders(f, d.fields().get(key), "document." + key, text, DOCUMENT_PLACEHOLDERS);
                document.put(key, text);
            }
        }
    }

    private static List<String> sortedKeys() {
        return DOCUMENT_KEYS.stream().sorted().toList();
    }

    private static void readTemplates(Fields f, Node root, String field, Set<String> allowed,
            Map<String, List<String>> out) {
        Node t = root.fields().get(field);
        if (t == null || !f.isObject(t, field)) {
            f.problem(root, field, "is missing; expected an object of templates");
            return;
        }
        for (Map.Entry<String, Node> e : t.fields().entrySet()) {
            String p = field + "." + e.getKey();
            List<Node> items = e.getValue().isArray() ? e.getValue().items() : List.of(e.getValue());
            List<String> texts = new ArrayList<>();
            for (Node item : items) {
                if (!item.isText() || ((String) item.value()).isBlank()) {
                    f.problem(item, p, "is " + item.describe() + "; expected a text or a list of texts");
                    continue;
                }
                String text = (String) item.value();
                checkPlaceholders(f, item, p, text, allowed);
                texts.add(text);
            }
            if (items.isEmpty()) {
                f.problem(e.getValue(), p, "is an empty list; give at least one text");
            }
            out.put(e.getKey(), texts);
        }
    }

    private static void checkPlaceholders(Fields f, Node at, String path, String text, Set<String> allowed) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!allowed.contains(m.group(1))) {
                f.problem(at, path, "uses {" + m.group(1) + "}, which is not known here"
                        + Suggest.closest(m.group(1), allowed) + " (known: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
        int open = text.length() - text.replace("{", "").length();
        int close = text.length() - text.replace("}", "").length();
        if (open != close) {
            f.problem(at, path, "has unbalanced braces { }");
        }
    }

    /**
     * Every template of {@code field} about åtgärder needs its ".activities" variant, so a draft of a report that gives
     * the agency's own activities never falls back to wording that says the report followed up the handlingsplan.
     */
    private static void requireActivities(Fields f, Node at, String field, Set<String> keys,
            java.util.function.Predicate<String> aboutActions) {
        for (String key : keys) {
            if (!key.endsWith(ACTIVITIES) && aboutActions.test(key) && !keys.contains(key + ACTIVITIES)) {
                f.problem(at.fields().get(key), field + "." + key, "has no \"" + key + ACTIVITIES + "\" beside it; a"
                        + " template about åtgärder needs one for reports that give the agency's own activities"
                        + " (actionSource \"activities\")");
            }
        }
    }

    private static void checkSentenceKeys(Fields f, Node root, Map<String, List<String>> sentences) {
        Node t = root.fields().get("sentences");
        if (t == null || !t.isObject()) {
            return;
        }
        requireActivities(f, t, "sentences", sentences.keySet(), k -> k.startsWith("action_"));
        for (String key : sentences.keySet()) {
            String kind = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
            if (Codes.find(FindingKind.class, kind).isEmpty()) {
                f.problem(t.fields().get(key), "sentences." + key, "does not start with a finding kind"
                        + Suggest.closest(kind, Arrays.stream(FindingKind.values()).map(FindingKind::code).toList())
                        + " (kinds: " + Codes.allowed(FindingKind.class) + ")");
            }
        }
        for (FindingKind k : FindingKind.values()) {
            if (k == FindingKind.DEVELOPMENT_AREA) {
                continue;
            }
            boolean has = sentences.keySet().stream().anyMatch(s -> s.equals(k.code()) || s.startsWith(k.code() + "."));
            if (!has) {
                f.problem(t, "sentences." + k.code(), "is missing; every finding kind needs a wording");
            } else if (!sentences.containsKey(k.code())) {
                boolean fallback = sentences.keySet().stream().anyMatch(s -> s.equals(k.code() + ".neutral"));
                if (!fallback) {
                    f.problem(t, "sentences." + k.code(), "has only specific wordings; add a general \"" + k.code()
                            + "\" wording that any variant can fall back to");
                }
            }
        }
    }
}
