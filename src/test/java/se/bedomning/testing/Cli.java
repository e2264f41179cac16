package se.bedomning.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import se.bedomning.Main;

/** Runs the command line in-process and captures what it prints, for tests of the commands. */
public final class Cli {

    /** Exit code and the two outputs of one run. */
    public record Run(int code, String out, String err) {
    }

    private Cli() {
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }
}
