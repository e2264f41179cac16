package se.bedomning.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.ExitCode;
import se.bedomning.rules.CompiledRulesCache;

/**
 * The top command: {@code bedomning [--help] [--version] <subcommand>}. Commands beside this package
 * (the benchmarks) are handed in by the entry point, so nothing here depends on them.
 */
@Command(name = "bedomning", mixinStandardHelpOptions = true, versionProvider = BedomningCommand.Version.class,
        description = "Drafts the Samlad bedömning and Utvecklingsområden from yearly indicator facts and reviewable rules.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:regress found differences", "2:bad input (file, line, field, value and what was expected)",
            "3:rule files that do not compile or misbehave", "70:internal error (a bug: please report it)"})
public final class BedomningCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The subcommands, in the order the usage lists them (then those handed in, then {@code help}). */
    static final List<Class<?>> COMMANDS = List.of(DraftCommand.class, BatchCommand.class, RegressCommand.class,
            ValidateCommand.class, ExplainCommand.class, TestRulesCommand.class, ChecklistCommand.class,
            WorkbookCommand.class);

    /**
     * Runs with the given outputs and maps every failure to its exit code; no stack trace for user errors.
     * {@code more} are further subcommands (annotated picocli commands), listed before {@code help}.
     *
     * <p>A command line that starts with a subcommand's name gets only that subcommand: picocli reads every
     * registered command's annotations, options and mixins by reflection before it parses anything, and
     * for all of them that was 0.2-0.4 s of a cold {@code draft} (measured on a loaded machine) spent on
     * commands the line does not run. A lone {@code --version} gets none. Anything else (no arguments,
     * {@code help}, {@code --help}, a misspelt command) gets them all, so usage, help and "did you mean"
     * are as before.
     */
    public static int execute(PrintWriter out, PrintWriter err, List<Object> more, String... args) {
        CommandLine cl = new CommandLine(new BedomningCommand());
        String first = args.length > 0 ? args[0] : "";
        boolean version = args.length == 1 && (first.equals("--version") || first.equals("-V"));
        boolean one = version || COMMANDS.stream().anyMatch(c -> name(c).equals(first))
                || more.stream().anyMatch(c -> name(c.getClass()).equals(first));
        for (Class<?> c : COMMANDS) {
            if (!one || name(c).equals(first)) {
                cl.addSubcommand(c);
            }
        }
        for (Object c : more) {
            if (!one || name(c.getClass()).equals(first)) {
                cl.addSubcommand(c);
            }
        }
        if (!one) {
            cl.addSubcommand(new CommandLine.HelpCommand());
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof BedomningException b) {
                err.println(b.report());
                err.flush();
                return b.exitCode().code();
            }
            err.println("Internal error (this is a bug, please report it with the command you ran):");
            ex.printStackTrace(err);
            err.flush();
            return ExitCode.INTERNAL.code();
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println(ex.getMessage());
            ex.getCommandLine().usage(err);
            err.flush();
            return ExitCode.BAD_INPUT.code();
        });
        int code = cl.execute(args);
        out.flush();
        return code;
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    /** The version from the jar manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = BedomningCommand.class.getPackage().getImplementationVersion();
            return new String[] {"bedomning " + (v == null ? "development" : v) + " (Drools "
                    + CompiledRulesCache.droolsVersion() + ", Java " + System.getProperty("java.version") + ")"};
        }
    }
}
