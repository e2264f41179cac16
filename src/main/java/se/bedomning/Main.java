package se.bedomning;

import se.bedomning.cli.BedomningCommand;

/** Entry point: runs the command and exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(BedomningCommand.execute(args));
    }
}
