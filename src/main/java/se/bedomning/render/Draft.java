package se.bedomning.render;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import se.bedomning.facts.ActionSource;

/** The draft as data: what both the Markdown and the JSON output are written from. */
@JsonPropertyOrder({"region", "year", "report", "source", "rules", "title", "intro", "notes", "summary", "sections"})
public record Draft(String region, int year, String report, String source, String rules, String title, String intro,
        // How the input was read, when the analyst must know (a CSV in Windows-1252, Kolada values it marks);
        // left out when empty so drafts of clean input stay byte-identical to the approved ones.
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> notes, Summary summary,
        List<Section> sections,
        // What the åtgärder are, for the renderers' headings; the JSON says it through the sentences' templates.
        @JsonIgnore ActionSource actionSource) {

    public Draft {
        notes = List.copyOf(notes);
        sections = List.copyOf(sections);
        java.util.Objects.requireNonNull(actionSource, "actionSource");
    }

    public Draft(String region, int year, String report, String source, String rules, String title, String intro,
            List<String> notes, Summary summary, List<Section> sections) {
        this(region, year, report, source, rules, title, intro, notes, summary, sections, ActionSource.HANDLINGSPLAN);
    }

    /**
     * The sammanfattning of the whole region-year: the heaviest statement of each Mål and what its åtgärder
     * came to ({@code assessment}), and the utvecklingsområden that weigh most in the region-year
     * ({@code developmentAreas}, each as its Mål states it, naming the Mål).
     */
    @JsonPropertyOrder({"assessment", "developmentAreas"})
    public record Summary(List<Statement> assessment, List<Area> developmentAreas) {

        public Summary {
            assessment = List.copyOf(assessment);
            developmentAreas = List.copyOf(developmentAreas);
        }

        public boolean isEmpty() {
            return assessment.isEmpty() && developmentAreas.isEmpty();
        }
    }

    /**
     * One goal in two layers: the short bedömning ({@code assessment}, chosen by rules/selection.drl) with its
     * utvecklingsområden and the paragraph on the handlingsplan's åtgärder ({@code handlingsplan}), and the
     * underlag ({@code findings}: every stated finding, as before; {@code actions}: every åtgärd with its status).
     */
    @JsonPropertyOrder({"goal", "title", "heading", "assessment", "handlingsplan", "developmentAreas", "findings",
        "unsaid", "missingValues", "withoutFindings", "actions", "actionsUnsaid"})
    public record Section(int goal, String title, String heading, List<Statement> assessment,
            @JsonProperty("findings") List<Sentence> sentences,
            List<Area> developmentAreas, List<Unsaid> unsaid,
            // Left out when empty, so drafts of complete data stay byte-identical to the approved ones.
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Missing> missingValues,
            // The text that stands for the bedömning when no finding is stated (why there is none).
            @JsonInclude(JsonInclude.Include.NON_NULL) String withoutFindings,
            // The paragraph on the handlingsplan's åtgärder and the underlag listing each with its status;
            // left out when the fact file has no åtgärder, so such drafts stay byte-identical.
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ActionSentence> handlingsplan,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ActionLine> actions,
            // The åtgärd findings the selection rules left out of the handlingsplan paragraph, and why.
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ActionUnsaid> actionsUnsaid) {

        public Section {
            assessment = List.copyOf(assessment);
            sentences = List.copyOf(sentences);
            developmentAreas = List.copyOf(developmentAreas);
            unsaid = List.copyOf(unsaid);
            missingValues = List.copyOf(missingValues);
            handlingsplan = List.copyOf(handlingsplan);
            actions = List.copyOf(actions);
            actionsUnsaid = List.copyOf(actionsUnsaid);
        }

        public Section(int goal, String title, String heading, List<Statement> assessment, List<Sentence> sentences,
                List<Area> developmentAreas, List<Unsaid> unsaid, List<Missing> missingValues, String withoutFindings) {
            this(goal, title, heading, assessment, sentences, developmentAreas, unsaid, missingValues, withoutFindings,
                    List.of(), List.of(), List.of());
        }
    }

    /**
     * A sentence on åtgärder of the handlingsplan, traced to their ids, the quotes, the rule that classified them and
     * thresholds, and the selection rule that made them this sentence ({@code chosenBy}; none for the count sentence,
     * which is counted from the findings).
     */
    @JsonPropertyOrder({"id", "text", "kind", "variant", "valence", "actions", "quotes", "rule", "chosenBy",
        "thresholds", "template"})
    public record ActionSentence(String id, String text, String kind, String variant, String valence,
            List<String> actions, List<String> quotes, String rule,
            @JsonInclude(JsonInclude.Include.NON_NULL) String chosenBy, List<ThresholdUse> thresholds,
            String template) {

        public ActionSentence {
            actions = List.copyOf(actions);
            quotes = List.copyOf(quotes);
            thresholds = List.copyOf(thresholds);
        }
    }

    /** An åtgärd finding the selection rules left to the underlag ({@code because}: reported_elsewhere, said_by_count). */
    @JsonPropertyOrder({"id", "kind", "action", "rule", "unsaidBy", "because"})
    public record ActionUnsaid(String id, String kind, String action, String rule, String unsaidBy, String because) {
    }

    /** One åtgärd in the underlag: its number, title, actor, status (code and in words) and the status quote. */
    @JsonPropertyOrder({"id", "title", "actor", "status", "statusText", "quote"})
    public record ActionLine(String id, String title, String actor, String status, String statusText, String quote) {
    }

    /**
     * A sentence of the bedömning or the sammanfattning: its text, the selection rule that chose it and the
     * weight that rule gave ({@code because}), and the findings it states (their sentences are in the underlag).
     */
    @JsonPropertyOrder({"id", "text", "rule", "because", "template", "findings"})
    public record Statement(String id, String text, String rule, String because, String template,
            List<Stated> findings) {

        public Statement {
            findings = List.copyOf(findings);
        }
    }

    /**
     * A finding a statement rests on, in the shape of the underlag's sentences (which have the same id). A
     * finding about åtgärder names them in {@code actions} (their quotes are in the handlingsplan sentence
     * with the same id) and has no indicator, group, years or values.
     */
    @JsonPropertyOrder({"id", "kind", "variant", "valence", "indicator", "group", "years", "values", "actions"})
    public record Stated(String id, String kind, String variant, String valence,
            @JsonInclude(JsonInclude.Include.NON_NULL) String indicator,
            @JsonInclude(JsonInclude.Include.NON_NULL) String group,
            List<Integer> years, List<Value> values,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> actions) {

        public Stated {
            years = List.copyOf(years);
            values = List.copyOf(values);
            actions = List.copyOf(actions);
        }

        public Stated(String id, String kind, String variant, String valence, String indicator, String group,
                List<Integer> years, List<Value> values) {
            this(id, kind, variant, valence, indicator, group, years, values, List.of());
        }
    }

    /** A year the source lists without a value: shown so the analyst sees the gap instead of a silent omission. */
    @JsonPropertyOrder({"indicator", "group", "year", "reason", "quote"})
    public record Missing(String indicator, String group, int year, String reason, String quote) {
    }

    /** A sentence and everything needed to trace it back: finding, data, rule, thresholds, source, template. */
    @JsonPropertyOrder({"id", "text", "kind", "variant", "valence", "indicator", "group", "otherIndicator",
        "otherGroup", "years", "values", "rule", "thresholds", "source", "template"})
    public record Sentence(String id, String text, String kind, String variant, String valence, String indicator,
            String group, String otherIndicator, String otherGroup, List<Integer> years, List<Value> values,
            String rule, List<ThresholdUse> thresholds, String source, String template) {

        public Sentence {
            years = List.copyOf(years);
            values = List.copyOf(values);
            thresholds = List.copyOf(thresholds);
        }
    }

    /** One data point a sentence rests on, with the quote it came from. */
    @JsonPropertyOrder({"indicator", "group", "year", "value", "median", "quote"})
    public record Value(String indicator, String group, int year, BigDecimal value, BigDecimal median, String quote) {
    }

    @JsonPropertyOrder({"name", "unit", "baseKind", "value"})
    public record ThresholdUse(String name, String unit, String baseKind, BigDecimal value) {
    }

    /** An utvecklingsområde and the sentences (findings) it rests on. */
    @JsonPropertyOrder({"id", "text", "kind", "theme", "rule", "basis", "indicators", "template"})
    public record Area(String id, String text, String kind, String theme, String rule, List<String> basis,
            List<String> indicators, String template) {

        public Area {
            basis = List.copyOf(basis);
            indicators = List.copyOf(indicators);
        }
    }

    /** A finding the rules derived but decided not to state, and why. */
    @JsonPropertyOrder({"id", "kind", "indicator", "group", "rule", "suppressedBy", "because"})
    public record Unsaid(String id, String kind, String indicator, String group, String rule, String suppressedBy,
            String because) {
    }
}
