package se.bedomning.cli;

import java.nio.file.Path;
import se.bedomning.evaluation.Assessment;
import se.bedomning.evaluation.Evaluator;
import se.bedomning.facts.FactSet;
import se.bedomning.io.InputFiles;
import se.bedomning.render.Draft;
import se.bedomning.render.DraftBuilder;
import se.bedomning.render.JsonRenderer;
import se.bedomning.render.MarkdownRenderer;
import se.bedomning.rules.RuleSet;

/** Fact file + rule set → assessment → draft → text: the one path every command drafts through. */
public final class Pipeline {

    private Pipeline() {
    }

    public record Result(Assessment assessment, Draft draft) {
    }

    /** Drafts {@code data} with {@code rules}; the draft names both as {@link Home#label} does. */
    public static Result run(RuleSet rules, Path data) {
        return run(rules, data, Home.label(rules.folder()));
    }

    /** As {@link #run(RuleSet, Path)}, naming the rules {@code rulesLabel} (regress: always "rules"). */
    public static Result run(RuleSet rules, Path data, String rulesLabel) {
        FactSet facts = labelled(InputFiles.read(data, rules.catalog(), rules.kolada()), data);
        Assessment a = Evaluator.evaluate(rules, facts);
        return new Result(a, draft(rules, a, rulesLabel));
    }

    /** The draft of an assessment, worded with the rules folder's lexicon and thresholds. */
    public static Draft draft(RuleSet rules, Assessment a, String rulesLabel) {
        return DraftBuilder.build(rules.wording(), rules.thresholds(), a, rulesLabel);
    }

    /** The facts named as the draft names its source, whatever the working directory. */
    static FactSet labelled(FactSet f, Path data) {
        return new FactSet(Home.label(data), f.region(), f.year(), f.report(), f.notes(), f.series(), f.inputNotes());
    }

    public static String render(RuleSet rules, Draft d, Format format) {
        return format == Format.json ? JsonRenderer.render(d) : MarkdownRenderer.render(d, rules.wording());
    }

    /** Output formats; lower case because users type them. */
    public enum Format {
        md, json
    }
}
