package se.bedomning.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import se.bedomning.facts.FactSet;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.ExitCode;
import se.bedomning.problem.Problem;

/**
 * The one door every command's {@code --data} (and each file of a {@code --data-dir}) goes through: picks
 * the reader from the file itself — {@code .csv} → long-form CSV, {@code .xlsx} → the analyst's workbook,
 * JSON with a top-level "values" list → Kolada, other JSON → a fact file.
 */
public final class InputFiles {

    private InputFiles() {
    }

    public static FactSet read(Path data, Catalog catalog, KoladaMapping kolada) {
        String label = data.toString();
        if (label.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return CsvFactReader.read(data, catalog);
        }
        if (label.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            // The only reference to the workbook reader: the spreadsheet library loads only for a workbook.
            return WorkbookReader.read(data, catalog);
        }
        Node root = JsonFiles.read(data, label, ExitCode.BAD_INPUT);
        if (KoladaReader.isKolada(root)) {
            return KoladaReader.read(root, label, catalog, kolada);
        }
        return FactFileReader.read(root, label, catalog);
    }

    /** The data files in a --data-dir, in name order; a path that is no folder is bad input. */
    public static List<Path> factFiles(Path dataDir) throws IOException {
        if (!Files.isDirectory(dataDir)) {
            throw new BedomningException(ExitCode.BAD_INPUT, "The --data-dir folder cannot be used.",
                    List.of(Problem.at(dataDir.toString(), 0, 0, "--data-dir", "is not a folder; pass --data-dir DIR"
                            + " with the data files (*.json, *.csv), one per region")));
        }
        try (Stream<Path> s = Files.list(dataDir)) {
            return s.filter(InputFiles::isDataFile).sorted().toList();
        }
    }

    /** Whether the file is one a batch drafts: a fact file or Kolada download (JSON), a long-form CSV or a workbook. */
    static boolean isDataFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".json") || name.endsWith(".csv") || name.endsWith(".xlsx")) && !name.startsWith(".");
    }
}
