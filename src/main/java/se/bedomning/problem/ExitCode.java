package se.bedomning.problem;

/** The process exit codes the command line promises in README. */
public enum ExitCode {
    OK(0),
    DIFFERENCES(1),
    BAD_INPUT(2),
    BAD_RULES(3),
    INTERNAL(70);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
