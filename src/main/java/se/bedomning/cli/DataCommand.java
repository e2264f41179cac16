package se.bedomning.cli;

import java.nio.file.Path;
import picocli.CommandLine;

/** A command that drafts one region: the shared preamble plus the {@code --data FILE} option. */
public abstract class DataCommand extends RulesCommand {

    @CommandLine.Mixin
    private DataOption dataOption = new DataOption();

    /** The {@code --data} file as given (or the bundled 2024 fixture). */
    protected Path dataFile() {
        return dataOption.data;
    }
}
