package se.bedomning.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the bundled rules and fixtures are: the launcher passes the repository root as bedomning.home. */
final class Home {

    static final String PROPERTY = "bedomning.home";
    static final String DEFAULT_DATA = "fixtures/stockholm/2024/facts.json";
    static final String DEFAULT_RULES = "rules";

    private Home() {
    }

    static Path root() {
        String home = System.getProperty(PROPERTY);
        if (home != null && !home.isBlank()) {
            return Path.of(home);
        }
        return Path.of("");
    }

    /** A path relative to the repository, shown relative when run from there so outputs do not name a machine. */
    static Path resolve(String relative) {
        Path root = root();
        Path p = root.resolve(relative);
        Path cwd = Path.of("").toAbsolutePath();
        if (Files.exists(p) && p.toAbsolutePath().normalize().startsWith(cwd)) {
            return cwd.relativize(p.toAbsolutePath().normalize());
        }
        return p;
    }

    /**
     * How a draft names a file or folder: relative to the repository when it lies inside it, otherwise
     * its absolute path. Either way the same from every working directory, so a draft (and an approved
     * expected.json) does not change with where the command was run.
     */
    static String label(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path root = root().toAbsolutePath().normalize();
        Path shown = abs.startsWith(root) && !abs.equals(root) ? root.relativize(abs) : abs;
        return shown.toString().replace('\\', '/');
    }
}
