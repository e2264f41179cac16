package se.bedomning.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import se.bedomning.problem.ExitCode;
import se.bedomning.rules.RuleSet;
import se.bedomning.rules.RuleSources;

/** {@code bedomning validate}: is the rules folder usable? Every problem in every file at once, exit 3. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Compile every DRL file and check thresholds, wording templates and the catalog."
                + " Prints every problem as file:line:column: message (with a hint where one is known); exit 3 on any.")
public final class ValidateCommand extends RulesCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        RuleSet set = loadRules();
        PrintWriter out = out();
        out.printf("%s is valid: %d rules in %d DRL files, %d thresholds, %d indicators and %d groups in the catalog.%n",
                // Counted from the files: all rules are in one package, so Drools' packages count 1.
                rulesFolder(), RuleSources.of(rulesFolder()).count(), RuleSources.of(rulesFolder()).files(),
                set.thresholds().all().size(), set.catalog().indicators().size(), set.catalog().groups().size());
        out.flush();
        return ExitCode.OK.code();
    }
}
