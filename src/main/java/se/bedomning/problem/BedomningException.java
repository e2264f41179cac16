package se.bedomning.problem;

import java.util.List;

/**
 * The only exception that reaches the command line on purpose: it carries every problem found
 * and the exit code that tells scripts what kind of failure it was.
 */
public final class BedomningException extends RuntimeException {

    private final ExitCode exitCode;
    private final List<Problem> problems;

    public BedomningException(ExitCode exitCode, String summary, List<Problem> problems) {
        super(summary);
        this.exitCode = exitCode;
        this.problems = List.copyOf(problems);
    }

    public BedomningException(ExitCode exitCode, String summary) {
        this(exitCode, summary, List.of());
    }

    public static BedomningException badInput(String summary, List<Problem> problems) {
        return new BedomningException(ExitCode.BAD_INPUT, summary, problems);
    }

    public static BedomningException badRules(String summary, List<Problem> problems) {
        return new BedomningException(ExitCode.BAD_RULES, summary, problems);
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The summary followed by one problem per line, as printed on stderr. */
    public String report() {
        StringBuilder sb = new StringBuilder(getMessage());
        for (Problem p : problems) {
            sb.append(System.lineSeparator()).append("  ").append(p.render());
        }
        return sb.toString();
    }
}
