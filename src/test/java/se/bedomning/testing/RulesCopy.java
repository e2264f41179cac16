package se.bedomning.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the repository's rules/ folder that a test may break or extend without touching the real one. */
public final class RulesCopy {

    private RulesCopy() {
    }

    /** Copies rules/ to {@code dir}/rules and returns that folder. */
    public static Path into(Path dir) throws IOException {
        Path source = Facts.RULES;
        Path target = dir.resolve("rules");
        try (Stream<Path> s = Files.walk(source)) {
            for (Path p : s.toList()) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return target;
    }
}
