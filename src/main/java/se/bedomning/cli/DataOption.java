package se.bedomning.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data FILE} option every command that drafts one region shares (a picocli mixin). */
final class DataOption {

    @Option(names = "--data", paramLabel = "FILE", description = "Data: a fact file (bedomning-facts/1 JSON), a"
            + " long-form .csv, a workbook (.xlsx) or a Kolada download. Default: ${DEFAULT-VALUE}")
    Path data = Home.resolve(Home.DEFAULT_DATA);
}
