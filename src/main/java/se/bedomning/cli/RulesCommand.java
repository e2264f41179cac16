package se.bedomning.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import se.bedomning.rules.RuleLoader;
import se.bedomning.rules.RuleSet;

/**
 * What every command that reads a rules folder shares, written once: the {@code --rules} option, the
 * picocli spec (for the two outputs and usage errors) and loading the rules. Subclasses add their own
 * options; picocli reads the annotated fields of a superclass too.
 */
public abstract class RulesCommand {

    @CommandLine.Mixin
    private RulesOption rulesOption = new RulesOption();

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** The {@code --rules} folder as given (or the bundled {@code rules/}). */
    protected Path rulesFolder() {
        return rulesOption.rules;
    }

    /** The rules folder compiled and validated; a broken folder throws (exit 3). */
    protected RuleSet loadRules() {
        return RuleLoader.load(rulesOption.rules);
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A usage error: the message and the command's usage, exit 2, never a stack trace. */
    protected CommandLine.ParameterException usageError(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** A count option below its least sensible value is a usage error (exit 2, with the usage), not a crash. */
    protected void atLeast(String option, long value, long least) {
        if (value < least) {
            throw usageError(option + " is " + value + "; expected a whole number of at least " + least);
        }
    }
}
