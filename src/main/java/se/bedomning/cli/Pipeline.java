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

    public static Result run(RuleSet rules, Path data, String rulesLabel) {
        FactSet facts = InputFiles.read(data, rules.catalog(), rules.kolada());
        Assessment a = Evaluator.evaluate(rules, facts);
        return new Result(a, DraftBuilder.build(rules, a, rulesLabel));
    }

    public static String render(RuleSet rules, Draft d, Format format) {
        return format == Format.json ? JsonRenderer.render(d) : MarkdownRenderer.render(d, rules.wording());
    }

    /** Output formats; lower case because users type them. */
    public enum Format {
        md, json
    }
}
