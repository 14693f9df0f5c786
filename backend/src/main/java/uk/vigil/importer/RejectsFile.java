package uk.vigil.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The reject report, {@code rejects.csv}: {@code file,line,id,field,reason}, written as rejects are found. */
final class RejectsFile implements AutoCloseable {
    static final String NAME = "rejects.csv";
    private static final int KEPT = 1000;

    private final Path path;
    private final CSVPrinter printer;
    private final List<Reject> first = new ArrayList<>();
    private long count;
    private boolean closed;

    RejectsFile(Path folder) {
        this.path = folder.resolve(NAME);
        try {
            Files.createDirectories(folder);
            this.printer = CSVFormat.RFC4180.builder().setHeader("file", "line", "id", "field", "reason").get()
                    .print(Files.newBufferedWriter(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the reject report " + path, e);
        }
    }

    void add(Reject reject) {
        try {
            printer.printRecord(reject.file(), reject.line(), reject.id(), reject.field(), reject.reason());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the reject report " + path, e);
        }
        if (first.size() < KEPT) {
            first.add(reject);
        }
        count++;
    }

    Path path() {
        return path;
    }

    long count() {
        return count;
    }

    List<Reject> first() {
        return List.copyOf(first);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the reject report " + path, e);
        }
    }
}
