package se.bedomning.io;

import java.nio.file.Path;
import java.util.Locale;
import se.bedomning.facts.FactSet;
import se.bedomning.problem.ExitCode;

/**
 * The one door every command's {@code --data} goes through: picks the reader from the file itself —
 * {@code .csv} → long-form CSV, {@code .xlsx} → the analyst's workbook, JSON with a top-level "values" list →
 * Kolada, other JSON → a fact file.
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
}
