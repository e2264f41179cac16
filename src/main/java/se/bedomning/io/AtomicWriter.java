package se.bedomning.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.bedomning.problem.BedomningException;
import se.bedomning.problem.ExitCode;
import se.bedomning.problem.Problem;

/** Writes a whole file or nothing: a failed run never leaves a half-written or clobbered output. */
public final class AtomicWriter {

    private AtomicWriter() {
    }

    /** A temporary file is private (0600); the output should look like any file the user saves. */
    private static void keepPermissions(Path tmp, Path target) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> perms = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }

    public static void write(Path target, String text, boolean overwrite) {
        write(target, text, overwrite, true);
    }

    /**
     * @param clean whether to remove temporary files of {@code target} left by killed runs first; a batch
     *     cleans its whole folder once instead (see {@link #removeStaleTemporaries(Path)})
     */
    public static void write(Path target, String text, boolean overwrite, boolean clean) {
        write(target, text.getBytes(StandardCharsets.UTF_8), overwrite, clean);
    }

    /** A binary file (the analyst's workbook), with the same guarantees as a text. */
    public static void write(Path target, byte[] bytes, boolean overwrite) {
        write(target, bytes, overwrite, true);
    }

    public static void write(Path target, byte[] bytes, boolean overwrite, boolean clean) {
        Path abs = target.toAbsolutePath();
        if (clean && abs.getParent() != null && Files.isDirectory(abs.getParent())) {
            removeStale(abs.getParent(), "." + abs.getFileName() + ".*.tmp");
        }
        if (Files.exists(abs) && !overwrite) {
            throw new BedomningException(ExitCode.BAD_INPUT, "The output file was not written.",
                    List.of(Problem.at(target.toString(), 0, 0, "--out", "already exists; pass --force to replace it"
                            + " (an edited draft is not overwritten by accident)")));
        }
        Path dir = abs.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            // The process id in the name tells a later run whether the writer is still alive.
            tmp = Files.createTempFile(dir, "." + abs.getFileName() + "." + ProcessHandle.current().pid() + ".",
                    ".tmp");
            Files.write(tmp, bytes);
            keepPermissions(tmp, abs);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new BedomningException(ExitCode.BAD_INPUT, "The output file was not written.",
                    List.of(Problem.at(target.toString(), 0, 0, "--out", "could not be written: " + e.getMessage())));
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the move succeeded or the original error is more useful than this one
                }
            }
        }
    }

    /** Removes the temporary files in {@code dir} that runs no longer alive left behind (a killed batch). */
    public static void removeStaleTemporaries(Path dir) {
        if (Files.isDirectory(dir)) {
            removeStale(dir, ".*.tmp");
        }
    }

    /**
     * A temporary file is named {@code .<target>.<pid>.<random>.tmp}; one whose process is gone was left by
     * a killed run and would stay forever. One of a live process (a concurrent run) is left alone.
     */
    private static void removeStale(Path dir, String glob) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, glob)) {
            for (Path p : s) {
                Matcher m = TEMPORARY.matcher(p.getFileName().toString());
                if (m.matches() && !alive(m.group(1)) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // Cleaning up is a courtesy; the draft itself is written whether or not it succeeds.
        }
    }

    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.(\\d{1,19})\\.\\d+\\.tmp");

    private static boolean alive(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
