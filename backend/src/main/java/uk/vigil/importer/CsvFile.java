package uk.vigil.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One import file as RFC 4180 records with the line each starts on (the header is line 1).
 * Strict UTF-8 (a leading byte-order mark is skipped), fields trimmed, blank lines skipped.
 * Broken input (bad UTF-8, an unclosed quote) surfaces as {@link Unreadable}.
 */
final class CsvFile implements AutoCloseable {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setTrim(true).setIgnoreEmptyLines(false).get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;

    /** A record and the line it starts on. */
    record Line(long number, List<String> fields) {
    }

    /** The file cannot be read on from {@code line}: not UTF-8, or not CSV (an unclosed quote). */
    static final class Unreadable extends RuntimeException {
        private final long line;

        Unreadable(long line, Throwable cause) {
            super("cannot read the file from line %d on: %s".formatted(line,
                    cause.getCause() != null ? cause.getCause().getMessage() : cause.getMessage()), cause);
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    private CsvFile(CSVParser parser) {
        this.parser = parser;
        this.records = parser.iterator();
        Line first = next();
        this.header = first == null ? List.of() : first.fields();
    }

    static CsvFile open(Path path) throws IOException {
        Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(path),
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        try {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            return new CsvFile(FORMAT.parse(reader));
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e instanceof Unreadable u ? u : new Unreadable(1, e);
        }
    }

    /** The header's column names; empty for an empty file. */
    List<String> header() {
        return header;
    }

    /** The next non-blank record, or null at the end of the file. */
    Line next() {
        while (true) {
            long before = parser.getCurrentLineNumber();
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                throw new Unreadable(before + 1, e);
            }
            if (record.size() == 1 && record.get(0).isEmpty()) {
                continue;
            }
            return new Line(before + 1, record.toList());
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
