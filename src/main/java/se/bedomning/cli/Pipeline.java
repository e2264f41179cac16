package se.bedomning.cli;

import java.nio.file.Path;
import se.bedomning.evaluation.Assessment;
import se.bedomning.evaluation.Engine;
import se.bedomning.evaluation.Evaluator;
import se.bedomning.facts.FactSet;
import se.bedomning.io.InputFiles;
import se.bedomning.render.Draft;
import se.bedomning.render.DraftBuilder;
import se.bedomning.render.JsonRenderer;
import se.bedomning.render.MarkdownRenderer;
import se.bedomning.render.html.HtmlRenderer;
import se.bedomning.render.ReportTables;
import se.bedomning.render.docx.DocxRenderer;
import se.bedomning.render.docx.DocxStyles;
import se.bedomning.rules.RuleSet;
import se.bedomning.rules.RuleSources;

/**
 * Data file → facts → {@link Engine} → assessment → draft → text: the one path every command drafts
 * through ({@code draft}, {@code batch}, {@code regress}, {@code explain}, {@code checklist}, the watch
 * loop and the benchmarks), so a new input or output format is added in one place.
 */
public final class Pipeline {

    private Pipeline() {
    }

    public record Result(Assessment assessment, Draft draft) {
    }

    /** The facts of a data file in any input format, against the rules folder's catalog and Kolada mapping. */
    public static FactSet read(RuleSet rules, Path data) {
        return labelled(InputFiles.read(data, rules.catalog(), rules.kolada()), data);
    }

    /** Drafts {@code data} with {@code rules}; the draft names both as {@link Home#label} does. */
    public static Result run(RuleSet rules, Path data) {
        return run(rules, data, Home.label(rules.folder()));
    }

    /** As {@link #run(RuleSet, Path)}, naming the rules {@code rulesLabel} (regress: always "rules"). */
    public static Result run(RuleSet rules, Path data, String rulesLabel) {
        return run(rules, new Evaluator(rules), data, rulesLabel);
    }

    /** Reads, assesses with {@code engine} and drafts with the rules folder's wording. */
    public static Result run(RuleSet rules, Engine engine, Path data, String rulesLabel) {
        Assessment a = engine.assess(read(rules, data));
        return new Result(a, draft(rules, a, rulesLabel));
    }

    /** The draft of an assessment, worded with the rules folder's lexicon and thresholds. */
    public static Draft draft(RuleSet rules, Assessment a, String rulesLabel) {
        return DraftBuilder.build(rules.wording(), rules.thresholds(), rules.themes(), a, rulesLabel);
    }

    /** The facts named as the draft names its source, whatever the working directory. */
    static FactSet labelled(FactSet f, Path data) {
        return new FactSet(Home.label(data), f.region(), f.year(), f.report(), f.notes(), f.series(), f.inputNotes(), f.actions(),
                f.actionSource());
    }

    /**
     * The draft as text in {@code format}. The web page also needs the assessment (its tables and charts come
     * from the facts, its traces from the selection plan) and where each rule is written, which only this
     * layer may read from the rules folder.
     */
    public static String render(RuleSet rules, Result r, Format format) {
        return switch (format) {
            case md -> MarkdownRenderer.render(r.draft(), rules.wording());
            case json -> JsonRenderer.render(r.draft());
            case html -> HtmlRenderer.render(r.draft(), r.assessment(), rules.wording(),
                    RuleSources.of(rules.folder())::locate);
            case docx -> throw new IllegalArgumentException("docx is not a text format; use Pipeline.bytes");
        };
    }

    /**
     * The draft as the bytes of its output file. A Word document also draws the report's tables and charts
     * from the assessment's facts, in {@code styles} (read once per run, never per region).
     */
    public static byte[] bytes(RuleSet rules, Result r, Format format, DocxStyles styles) {
        if (format == Format.docx) {
            return new DocxRenderer(styles).render(r.draft(), ReportTables.of(r.assessment(), rules.wording()),
                    rules.wording());
        }
        return render(rules, r, format).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The styles a Word document is written in: the template's when one is given, else Word's built-in ones. */
    public static DocxStyles styles(java.nio.file.Path template) {
        return template == null ? DocxStyles.defaults() : DocxStyles.fromTemplate(template);
    }

    /** Output formats; lower case because users type them. */
    public enum Format {
        md, json, html, docx;

        /** The formats whose drafts are approved and compared byte for byte (expected.md, expected.json). */
        public boolean approved() {
            return this == md || this == json;
        }

        /** Whether the draft is text that can go to standard output (a Word document is a file). */
        public boolean isText() {
            return this != docx;
        }
    }
}
