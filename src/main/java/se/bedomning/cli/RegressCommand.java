package se.bedomning.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.bedomning.evaluation.Checklist;
import se.bedomning.io.AtomicWriter;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.ExitCode;
import se.bedomning.problem.Problem;
import se.bedomning.render.DraftDiff;
import se.bedomning.rules.RuleSet;

/**
 * {@code bedomning regress}: replays every fixture year through the current (or a candidate) rules
 * folder and shows, sentence by sentence, what would change in the approved drafts.
 */
@Command(name = "regress", mixinStandardHelpOptions = true,
        description = "Replay every fixture year through the rules and compare with the approved drafts"
                + " (expected.md / expected.json). Exit 1 when anything differs.")
public final class RegressCommand extends RulesCommand implements Callable<Integer> {

    /** The rules label written into approved drafts: they must not depend on where a candidate folder lives. */
    static final String APPROVED_RULES_LABEL = "rules";

    @Option(names = "--fixtures", paramLabel = "DIR", description = "Folder of fixture years. Default: ${DEFAULT-VALUE}")
    Path fixtures = Home.resolve("fixtures/stockholm");

    @Option(names = "--year", paramLabel = "YEAR", description = "Only this year (repeatable).")
    List<Integer> years = new ArrayList<>();

    @Option(names = "--approve", description = "Rewrite the approved drafts with the new ones (after reviewing the diff).")
    boolean approve;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = out();
        RuleSet ruleSet = loadRules();
        List<Path> dirs = yearDirs();
        boolean differs = false;
        List<String> summaries = new ArrayList<>();
        for (Path dir : dirs) {
            String year = dir.getFileName().toString();
            Pipeline.Result r = Pipeline.run(ruleSet, dir.resolve("facts.json"), APPROVED_RULES_LABEL);
            String md = Pipeline.render(ruleSet, r, Pipeline.Format.md);
            String json = Pipeline.render(ruleSet, r, Pipeline.Format.json);
            Path expectedMd = dir.resolve("expected.md");
            Path expectedJson = dir.resolve("expected.json");
            String summary;
            if (!Files.exists(expectedJson) || !Files.exists(expectedMd)) {
                summary = "no approved draft yet";
                differs = true;
            } else {
                List<DraftDiff.Entry> diff = DraftDiff.compare(Files.readString(expectedJson, StandardCharsets.UTF_8),
                        r.draft());
                boolean sameBytes = md.equals(Files.readString(expectedMd, StandardCharsets.UTF_8))
                        && json.equals(Files.readString(expectedJson, StandardCharsets.UTF_8));
                summary = DraftDiff.summary(diff) + (diff.isEmpty() && !sameBytes ? " (but other text or trace data"
                        + " differs: headings, values or thresholds)" : "");
                differs |= !sameBytes;
                if (!diff.isEmpty()) {
                    out.println(year + ":");
                    out.print(DraftDiff.render(diff));
                }
            }
            String checklist = checklist(dir, r, out);
            summaries.add(year + ": " + summary + "; " + checklist);
            if (approve) {
                AtomicWriter.write(expectedMd, md, true);
                AtomicWriter.write(expectedJson, json, true);
            }
        }
        summaries.forEach(out::println);
        if (approve) {
            out.println("approved: " + String.join(", ", dirs.stream().map(d -> d.getFileName().toString()).toList())
                    + " now hold the drafts of " + rulesFolder());
            out.flush();
            return ExitCode.OK.code();
        }
        out.flush();
        return differs ? ExitCode.DIFFERENCES.code() : ExitCode.OK.code();
    }

    private String checklist(Path dir, Pipeline.Result r, PrintWriter out) {
        Path list = dir.resolve("conclusions.json");
        if (!Files.exists(list)) {
            return "no checklist";
        }
        List<Checklist.Outcome> outcomes = Checklist.read(list).check(r.assessment());
        return "checklist: " + ChecklistCommand.summary(outcomes).replace("the draft reproduces ", "")
                + " — `checklist --data " + dir.resolve("facts.json") + "` lists the misses";
    }

    private List<Path> yearDirs() throws IOException {
        if (!Files.isDirectory(fixtures)) {
            throw new BedomningException(ExitCode.BAD_INPUT, "No fixtures to replay.",
                    List.of(Problem.at(fixtures.toString(), 0, 0, "--fixtures", "is not a folder")));
        }
        try (Stream<Path> s = Files.list(fixtures)) {
            List<Path> dirs = s.filter(p -> Files.exists(p.resolve("facts.json")))
                    .filter(p -> years.isEmpty() || years.stream().anyMatch(y -> p.getFileName().toString().equals(y.toString())))
                    .sorted().toList();
            if (dirs.isEmpty()) {
                throw new BedomningException(ExitCode.BAD_INPUT, "No fixtures to replay.",
                        List.of(Problem.at(fixtures.toString(), 0, 0, "--year", "no year folder with a facts.json"
                                + (years.isEmpty() ? "" : " for " + years))));
            }
            return dirs;
        }
    }
}
