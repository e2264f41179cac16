package se.bedomning.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.bedomning.cli.RulesCommand;
import se.bedomning.io.Catalog;
import se.bedomning.io.Definitions;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.ExitCode;
import se.bedomning.problem.Problem;
import se.bedomning.rules.RuleLoader;

/** {@code bench generate}: writes the generated national data set used by the batch benchmark. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a generated data set: one fact file per region (default: the size of the country).")
public final class GenerateCommand extends RulesCommand implements Callable<Integer> {

    @Option(names = "--out-dir", required = true, paramLabel = "DIR")
    Path outDir;

    @Option(names = "--regions", description = "Default: ${DEFAULT-VALUE} (kommuner and län)")
    int regions = 311;

    @Option(names = "--series", description = "Series per region. Default: ${DEFAULT-VALUE}")
    int series = 300;

    @Option(names = "--years", description = "Default: ${DEFAULT-VALUE}")
    int years = 6;

    @Override
    public Integer call() {
        atLeast("--regions", regions, 1);
        atLeast("--series", series, 1);
        atLeast("--years", years, 1);
        try {
            return write();
        } catch (IOException e) {
            throw new BedomningException(ExitCode.BAD_INPUT, "The data set was not written.",
                    List.of(Problem.at(outDir.toString(), 0, 0, "--out-dir",
                            "cannot be written (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                                    + "); pass a folder you can write to")));
        }
    }

    private Integer write() throws IOException {
        Path catalogFile = rulesFolder().resolve(RuleLoader.CATALOG);
        Catalog catalog = Definitions.readCatalog(catalogFile, catalogFile.toString());
        List<Path> files = NationalData.write(outDir, catalog, regions, series, years);
        err().println("wrote " + files.size() + " fact files to " + outDir);
        return ExitCode.OK.code();
    }
}
