package se.bedomning.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A .docx (and the workbook inside a chart) is a zip of parts. Written here in a fixed order with one fixed entry
 * time, so the same draft gives the same bytes on every run: a zip entry otherwise carries the clock's time.
 */
final class Zips implements AutoCloseable {

    private final ByteArrayOutputStream bytes;
    private final ZipOutputStream zip;
    private final LocalDateTime time;

    Zips(int sizeHint, LocalDateTime time) {
        this.bytes = new ByteArrayOutputStream(sizeHint);
        this.zip = new ZipOutputStream(bytes);
        this.time = time;
    }

    Zips add(String name, String xml) {
        return add(name, xml.getBytes(StandardCharsets.UTF_8));
    }

    Zips add(String name, byte[] content) {
        return add(name, content, null);
    }

    Zips add(String name, Xml xml) {
        return add(name, null, xml);
    }

    private Zips add(String name, byte[] content, Xml xml) {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(time);
        try {
            zip.putNextEntry(e);
            if (xml != null) {
                xml.writeTo(zip);
            } else {
                zip.write(content);
            }
            zip.closeEntry();
        } catch (IOException ex) {
            throw new UncheckedIOException("a zip in memory cannot fail to be written", ex);
        }
        return this;
    }

    /** The finished zip. */
    byte[] toBytes() {
        close();
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException ex) {
            throw new UncheckedIOException("a zip in memory cannot fail to be written", ex);
        }
    }
}
