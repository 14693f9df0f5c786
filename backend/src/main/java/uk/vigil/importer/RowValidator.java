package uk.vigil.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks of one file that need nothing but the row: header, required fields, types, formats
 * and cross-field rules. References are {@link References}' job.
 */
final class RowValidator {
    private final FileSpec spec;
    private final List<String> header;
    private final int[] index;

    /** A row after its own checks: parsed values and every problem found so far (references add more). */
    record Checked(long line, String id, Map<String, Object> values, List<Problem> problems) {
        boolean ok() {
            return problems.isEmpty();
        }

        Row row() {
            return new Row(line, id, values);
        }
    }

    RowValidator(FileSpec spec, List<String> header) {
        this.spec = spec;
        this.header = header;
        this.index = spec.columns().stream().mapToInt(c -> header.indexOf(c.name())).toArray();
    }

    /** Why the file cannot be read at all: unknown, repeated or missing required columns. */
    static List<Problem> headerProblems(FileSpec spec, List<String> header) {
        List<Problem> problems = new ArrayList<>();
        if (header.isEmpty()) {
            return List.of(new Problem("", "the file is empty: it has no header line"));
        }
        Set<String> seen = new HashSet<>();
        for (String name : header) {
            if (!seen.add(name)) {
                problems.add(new Problem(name, "column '%s' appears more than once in the header".formatted(name)));
            } else if (spec.column(name).isEmpty()) {
                problems.add(new Problem(name, "unknown column '%s': %s has no such column (a typo would silently drop data)"
                        .formatted(name, spec.file())));
            }
        }
        for (Column column : spec.columns()) {
            if (column.mandatory() && !header.contains(column.name())) {
                problems.add(new Problem(column.name(), "required column '%s' is missing from the header"
                        .formatted(column.name())));
            }
        }
        return problems;
    }

    Checked check(CsvFile.Line line) {
        List<String> fields = line.fields();
        String id = field(fields, "id");
        List<Problem> problems = new ArrayList<>();
        if (fields.size() != header.size()) {
            problems.add(new Problem("", "the row has %d fields but the header has %d".formatted(fields.size(), header.size())));
            return new Checked(line.number(), id, Map.of(), problems);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Set<String> invalid = new HashSet<>();
        for (int i = 0; i < index.length; i++) {
            Column column = spec.columns().get(i);
            String raw = index[i] < 0 ? "" : fields.get(index[i]);
            if (raw.isEmpty()) {
                if (column.mandatory()) {
                    problems.add(new Problem(column.name(), column.name() + " is required"));
                    invalid.add(column.name());
                }
                continue;
            }
            try {
                values.put(column.name(), FieldParser.parse(column, raw));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(column.name(), e.getMessage()));
                invalid.add(column.name());
            }
        }
        for (Rule rule : spec.rules()) {
            if (rule.fields().stream().noneMatch(invalid::contains)) {
                problems.addAll(rule.check().apply(values));
            }
        }
        return new Checked(line.number(), id, values, problems);
    }

    private String field(List<String> fields, String name) {
        int i = header.indexOf(name);
        return i >= 0 && i < fields.size() ? fields.get(i) : "";
    }
}
