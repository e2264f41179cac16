package se.bedomning.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --rules DIR} option every command that reads rules shares (a picocli mixin). */
final class RulesOption {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rules folder (*.drl, thresholds.json, catalog.json, wording/, tests/). Default: ${DEFAULT-VALUE}")
    Path rules = Home.resolve(Home.DEFAULT_RULES);
}
