package se.bedomning.testing;

import java.io.IOException;
import java.nio.file.Path;
import se.bedomning.io.Folders;

/** A copy of the repository's rules/ folder that a test may break or extend without touching the real one. */
public final class RulesCopy {

    private RulesCopy() {
    }

    /** Copies rules/ to {@code dir}/rules and returns that folder. */
    public static Path into(Path dir) throws IOException {
        return Folders.copy(Facts.RULES, dir.resolve("rules"));
    }
}
