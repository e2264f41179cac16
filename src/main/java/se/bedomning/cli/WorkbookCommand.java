package se.bedomning.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.bedomning.facts.FactSet;
import se.bedomning.io.AtomicWriter;
import se.bedomning.io.Catalog;
import se.bedomning.io.Definitions;
import se.bedomning.io.FactFileReader;
import se.bedomning.io.InputFiles;
import se.bedomning.io.KoladaMapping;
import se.bedomning.io.WorkbookWriter;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.ExitCode;
import se.bedomning.problem.Problem;
import se.bedomning.rules.RuleLoader;

/**
 * {@code bedomning workbook}: next year's workbook for the analyst, from this year's data. Only the catalog
 * and the Kolada mapping are read from the rules folder: writing a workbook compiles no rules.
 */
@Command(name = "workbook", mixinStandardHelpOptions = true,
        description = "Write the workbook (.xlsx) an analyst fills in for the next year: a sheet per Mål with a row per"
                + " indicator and group and a column per year (the new year blank and highlighted), the source of"
                + " every value, series notes and the indicator metadata. Read it back with --data FILE.xlsx.")
public final class WorkbookCommand implements Callable<Integer> {

    @CommandLine.Mixin
    DataOption dataOption = new DataOption();

    @CommandLine.Mixin
    RulesOption rulesOption = new RulesOption();

    @Option(names = "--out", paramLabel = "FILE.xlsx", required = true,
            description = "The workbook to write (atomically).")
    Path out;

    @Option(names = "--year", paramLabel = "N", description = "The year to fill in: a blank, highlighted column."
            + " Default: the data's year + 1; the data's own year writes no new column.")
    Integer year;

    @Option(names = "--force", description = "Replace --out if it exists.")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path data = dataOption.data;
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw usage("--out is " + out + "; expected a file name ending in .xlsx (Excel opens it by its extension)");
        }
        if (sameFile(out, data)) {
            throw new BedomningException(ExitCode.BAD_INPUT, "The workbook was not written.", List.of(Problem.at(
                    out.toString(), 0, 0, "--out", "is the --data file itself; write the workbook to another file")));
        }
        Path rules = rulesOption.rules;
        Catalog catalog = Definitions.readCatalog(rules.resolve(RuleLoader.CATALOG),
                rules.resolve(RuleLoader.CATALOG).toString());
        KoladaMapping kolada = KoladaMapping.load(rules.resolve(KoladaMapping.FILE), catalog);
        FactSet facts = InputFiles.read(data, catalog, kolada);
        int target = year != null ? year : facts.year() + 1;
        if (target < facts.year() || target > FactFileReader.LAST_YEAR) {
            throw usage("--year is " + target + "; expected a year from the data's year " + facts.year() + " to "
                    + FactFileReader.LAST_YEAR);
        }
        AtomicWriter.write(out, WorkbookWriter.write(facts, target), force);
        spec.commandLine().getErr().println("Wrote " + out + ": " + facts.series().size() + " series up to "
                + facts.year() + ", " + (target > facts.year() ? "the column " + target + " to fill in" : "no new year")
                + ".");
        spec.commandLine().getErr().flush();
        return ExitCode.OK.code();
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private static boolean sameFile(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
