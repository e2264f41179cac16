package se.bedomning.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copying a folder tree: benchmarks and tests work on a copy of rules/ they may edit or break. */
public final class Folders {

    private Folders() {
    }

    /** Copies everything under {@code from} into {@code to} (created if missing); returns {@code to}. */
    public static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return to;
    }
}
