package se.bedomning.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.Problem;

/** Checks that an output path does not lead to an input: a draft written over its facts loses them. */
final class Outputs {

    private Outputs() {
    }

    /** Whether two paths name the same file or folder (through links, "./" or ".." as well). */
    static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // fall back to comparing the names
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    static void refuseInputAsOutput(Path out, Path data) {
        if (out != null && same(out, data)) {
            throw BedomningException.badInput("The draft was not written; the facts are unchanged.",
                    List.of(Problem.at(out.toString(), 0, 0, "--out", "is the --data file; the draft would overwrite"
                            + " the facts it is drafted from — pass another file to --out")));
        }
    }

    static void refuseInputFolderAsOutput(Path outDir, Path dataDir) {
        if (same(outDir, dataDir)) {
            throw BedomningException.badInput("Nothing was drafted; the fact files are unchanged.",
                    List.of(Problem.at(outDir.toString(), 0, 0, "--out-dir", "is the --data-dir folder; the drafts"
                            + " would overwrite the fact files (and be read as fact files by the next run) — pass"
                            + " another folder to --out-dir")));
        }
    }

    /** --template gives a Word document its styles; with another format it would be silently ignored. */
    static void checkTemplate(Path template, Pipeline.Format format) {
        if (template != null && format != Pipeline.Format.docx) {
            throw BedomningException.badInput("Nothing was drafted.", List.of(Problem.at(template.toString(), 0, 0,
                    "--template", "is only used with --format docx (the format is " + format + ")")));
        }
    }
}
