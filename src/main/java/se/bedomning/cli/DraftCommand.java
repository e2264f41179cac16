package se.bedomning.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.bedomning.io.AtomicWriter;
import se.bedomning.problem.ExitCode;
import se.bedomning.rules.RuleSet;

/** {@code bedomning draft}: one region-year's facts through the rules folder into a Swedish draft. */
@Command(name = "draft", mixinStandardHelpOptions = true,
        description = "Draft the Samlad bedömning for one fact file. With no options: the bundled Stockholm 2024"
                + " fixture with the repository's rules/, as Markdown on standard output.")
public final class DraftCommand extends DataCommand implements Callable<Integer> {

    @Option(names = "--format", paramLabel = "md|json|html|docx", description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}")
    Pipeline.Format format = Pipeline.Format.md;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of standard output.")
    Path out;

    @Option(names = "--force", description = "Replace --out if it exists.")
    boolean force;

    @Option(names = "--template", paramLabel = "FILE", description = "With --format docx: take the styles (fonts,"
            + " headings, lists, table and caption styles) from this Word template (.dotx) or document (.docx).")
    Path template;

    @Option(names = "--watch", description = "Keep running: redraft whenever a file under --rules or the --data file"
            + " changes, printing the new draft (or the problems) and the rebuild time. Stop with Ctrl-C.")
    boolean watch;

    @Option(names = "--poll-ms", description = "With --watch: how often to look for changes. Default: ${DEFAULT-VALUE}")
    long pollMillis = 100;

    @Override
    public Integer call() throws InterruptedException {
        if (pollMillis < 1) {
            throw usageError("--poll-ms is " + pollMillis + "; expected a whole number of milliseconds, at least 1");
        }
        Outputs.refuseInputAsOutput(out, dataFile());
        Outputs.checkTemplate(template, format);
        if (!format.isText() && watch) {
            throw usageError("--watch prints each new draft; --format " + format + " is written to a file by draft"
                    + " --out FILE without --watch");
        }
        if (!format.isText() && out == null) {
            throw usageError("--format " + format + " writes a file: pass --out FILE." + format);
        }
        if (watch) {
            return watch();
        }
        RuleSet ruleSet = loadRules();
        if (!format.isText()) {
            var styles = Pipeline.styles(template);
            AtomicWriter.write(out, Pipeline.bytes(ruleSet, Pipeline.run(ruleSet, dataFile()), format, styles), force);
            return ExitCode.OK.code();
        }
        Pipeline.Result r = Pipeline.run(ruleSet, dataFile());
        String text = Pipeline.render(ruleSet, r, format);
        if (out != null) {
            AtomicWriter.write(out, text, force);
        } else {
            PrintWriter w = out();
            w.print(text);
            w.flush();
        }
        return ExitCode.OK.code();
    }

    private int watch() throws InterruptedException {
        PrintWriter w = out();
        PrintWriter err = err();
        Watcher watcher = new Watcher(rulesFolder(), dataFile(), format);
        emit(watcher.start(), w);
        err.println("bedomning: watching " + rulesFolder() + " and " + dataFile() + " (Ctrl-C to stop)");
        err.flush();
        while (!Thread.currentThread().isInterrupted()) {
            Thread.sleep(pollMillis);
            Watcher.Outcome o = watcher.poll();
            if (o == null) {
                continue;
            }
            if (o.problem() != null) {
                err.println(o.problem().report());
                err.println("bedomning: keeping the last good draft; fix the problems above and save again");
            } else {
                emit(o.text(), w);
                err.println("bedomning: redrafted in " + o.millis() + " ms");
            }
            err.flush();
        }
        return ExitCode.OK.code();
    }

    private void emit(String text, PrintWriter w) {
        if (out != null) {
            AtomicWriter.write(out, text, true);
        } else {
            w.print(text);
            w.flush();
        }
    }
}
