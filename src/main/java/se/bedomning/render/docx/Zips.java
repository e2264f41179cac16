package se.bedomning.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A .docx (or the workbook inside a chart) is a zip whose entries carry the time they were written; rewriting
 * them with one fixed time makes the same draft give the same bytes on every run.
 */
final class Zips {

    private Zips() {
    }

    static byte[] withFixedTimes(byte[] zip, java.time.LocalDateTime time) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(6);
            byte[] buf = new byte[1 << 14];
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(time);
                z.putNextEntry(copy);
                if (e.getName().endsWith(".xlsx")) {
                    // A chart's embedded workbook is a zip of its own, with times of its own.
                    z.write(withFixedTimes(in.readAllBytes(), time));
                } else {
                    for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                        z.write(buf, 0, n);
                    }
                }
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
