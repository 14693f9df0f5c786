package uk.vigil.generator;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** One open UTF-8 writer per import file; blocks are appended to them in order. */
final class CsvFiles implements Closeable {
    private final Path dir;
    private final Writer[] writers = new Writer[ImportFile.values().length];
    private final long[] rows = new long[ImportFile.values().length];
    private final char[] chunk = new char[1 << 14];

    CsvFiles(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
        for (ImportFile file : ImportFile.values()) {
            Writer writer = new BufferedWriter(new OutputStreamWriter(
                    Files.newOutputStream(dir.resolve(file.fileName())), StandardCharsets.UTF_8), 1 << 16);
            writer.write(String.join(",", ImportColumns.header(file)));
            writer.write('\n');
            writers[file.ordinal()] = writer;
        }
    }

    void append(BlockOutput block) throws IOException {
        for (ImportFile file : ImportFile.values()) {
            CharSequence text = block.text(file);
            if (text instanceof StringBuilder sb) {
                write(writers[file.ordinal()], sb);
            } else {
                writers[file.ordinal()].append(text);
            }
            rows[file.ordinal()] += block.rows(file);
        }
    }

    /** Copies through a reused buffer rather than StringBuilder.toString(), which would copy a whole block. */
    private void write(Writer writer, StringBuilder sb) throws IOException {
        for (int start = 0; start < sb.length(); start += chunk.length) {
            int end = Math.min(sb.length(), start + chunk.length);
            sb.getChars(start, end, chunk, 0);
            writer.write(chunk, 0, end - start);
        }
    }

    long totalRows() {
        long total = 0;
        for (long r : rows) {
            total += r;
        }
        return total;
    }

    Map<String, Long> rowsPerFile() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (ImportFile file : ImportFile.values()) {
            out.put(file.fileName(), rows[file.ordinal()]);
        }
        return out;
    }

    long bytesOnDisk() throws IOException {
        long total = 0;
        for (ImportFile file : ImportFile.values()) {
            total += Files.size(dir.resolve(file.fileName()));
        }
        return total;
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Writer writer : writers) {
            try {
                if (writer != null) {
                    writer.close();
                }
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
