package uk.vigil.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows and truths one block of nominals produced, held until the writer appends them in block
 * order. Values go in the column order of {@link ImportColumns}, provenance last.
 */
final class BlockOutput {
    private final StringBuilder[] text = new StringBuilder[ImportFile.values().length];
    private final long[] rows = new long[ImportFile.values().length];
    final Truths truths;
    final List<MeetingAgenda.Entry> agenda = new ArrayList<>();

    BlockOutput(Truths truths) {
        this.truths = truths;
    }

    void row(ImportFile file, Provenance provenance, Object... values) {
        int columns = ImportColumns.domain(file).size();
        if (values.length != columns) {
            throw new IllegalStateException(file.fileName() + ": " + values.length + " values for " + columns + " columns");
        }
        StringBuilder sb = text[file.ordinal()];
        if (sb == null) {
            sb = new StringBuilder(4096);
            text[file.ordinal()] = sb;
        }
        for (Object value : values) {
            append(sb, value);
            sb.append(',');
        }
        append(sb, provenance.sourceSystem());
        sb.append(',');
        append(sb, provenance.enteredBy());
        sb.append(',');
        append(sb, provenance.enteredAt());
        sb.append(',');
        append(sb, provenance.owningAgency());
        sb.append(',');
        append(sb, provenance.marking());
        sb.append('\n');
        rows[file.ordinal()]++;
    }

    CharSequence text(ImportFile file) {
        StringBuilder sb = text[file.ordinal()];
        return sb == null ? "" : sb;
    }

    long rows(ImportFile file) {
        return rows[file.ordinal()];
    }

    /** RFC 4180: quote only when needed, doubling quotes inside. Doubles must be formatted by the caller. */
    static void append(StringBuilder sb, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String s) {
            appendEscaped(sb, s);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean
                || value instanceof LocalDate || value instanceof Enum<?>) {
            sb.append(value);
        } else {
            throw new IllegalArgumentException("format " + value.getClass().getSimpleName() + " explicitly: " + value);
        }
    }

    private static void appendEscaped(StringBuilder sb, String s) {
        boolean quote = false;
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            sb.append(s);
            return;
        }
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                sb.append('"');
            }
            sb.append(c);
        }
        sb.append('"');
    }
}
