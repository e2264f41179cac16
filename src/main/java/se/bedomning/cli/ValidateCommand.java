package se.bedomning.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.bedomning.problem.ExitCode;
import se.bedomning.rules.RuleLoader;
import se.bedomning.rules.RuleSet;
import se.bedomning.rules.RuleSources;

/** {@code bedomning validate}: is the rules folder usable? Every problem in every file at once, exit 3. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Compile every DRL file and check thresholds, wording templates and the catalog."
                + " Prints every problem as file:line:column: message (with a hint where one is known); exit 3 on any.")
public final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Mixin
    RulesOption rulesOption = new RulesOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        RuleSet set = RuleLoader.load(rulesOption.rules);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s is valid: %d rules in %d DRL files, %d thresholds, %d indicators and %d groups in the catalog.%n",
                // Counted from the files: all rules are in one package, so Drools' packages count 1.
                rulesOption.rules, RuleSources.of(rulesOption.rules).count(), RuleSources.of(rulesOption.rules).files(),
                set.thresholds().all().size(), set.catalog().indicators().size(), set.catalog().groups().size());
        out.flush();
        return ExitCode.OK.code();
    }
}
