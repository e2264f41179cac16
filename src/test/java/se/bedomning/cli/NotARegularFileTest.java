package se.bedomning.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bedomning.testing.Cli;
import se.bedomning.testing.Cli.Run;

/**
 * A device, a named pipe or a link to one passed as --data: the size a file system reports for them is 0,
 * so a size check alone let the reader run out of memory (/dev/zero) or wait forever (a FIFO). They are
 * refused before anything is opened, within seconds, with exit 2 and no stack trace.
 */
class NotARegularFileTest {

    @TempDir
    Path tmp;

    private Run draft(Path data) {
        Path out = tmp.resolve("draft.md");
        Run r = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> Cli.run("draft", "--data", data.toString(), "--out", out.toString()));
        assertFalse(Files.exists(out), "nothing may be written");
        assertFalse(r.err().contains("\tat ") || r.err().contains("Error"), r.err());
        return r;
    }

    @Test
    void aDeviceIsRefusedAsNotARegularFile() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        Run r = draft(zero);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("/dev/zero: is not a regular file (a device, named pipe or socket); save the"
                + " data to a file and pass that file"), r.err());
    }

    @Test
    void aLinkToADeviceIsRefusedNamingWhereItLeads() throws IOException {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        Path link = Files.createSymbolicLink(tmp.resolve("facts.json"), zero);
        Run r = draft(link);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("facts.json: is not a regular file (it links to /dev/zero, a device, named"
                + " pipe or socket)"), r.err());
    }

    @Test
    void aNamedPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = tmp.resolve("facts.csv");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo on this system");
            return;
        }
        assumeTrue(p.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
        Run r = draft(fifo);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("facts.csv: is not a regular file"), r.err());
    }
}
