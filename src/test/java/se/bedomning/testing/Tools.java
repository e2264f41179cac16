package se.bedomning.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * External programs some tests need (LibreOffice, poppler). Locally a missing one skips the test with the
 * reason; on CI (the environment variable CI=true, which .ci/run sets after installing them) it fails, so CI
 * can never pass by silently skipping.
 */
public final class Tools {

    private Tools() {
    }

    public static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** The program on the PATH, or the test skipped (locally) or failed (CI) naming the package to install. */
    public static Path require(String program, String debianPackage) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        String reason = program + " is not installed (Debian package " + debianPackage + "; .ci/run installs it)";
        if (onCi()) {
            fail("CI=true but " + reason);
        }
        assumeTrue(false, reason);
        return null;
    }
}
