package se.bedomning;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import se.bedomning.bench.BenchCommand;
import se.bedomning.cli.BedomningCommand;

/**
 * Entry point: the command line with the benchmarks beside it. Only this class knows both, so the
 * production commands never depend on benchmark code.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(execute(out, err, args));
    }

    /** Runs one command line with every command, writing to the given outputs; returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return BedomningCommand.execute(out, err, List.of(new BenchCommand()), args);
    }
}
