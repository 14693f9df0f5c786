package uk.vigil.generator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows the first blocks wrote, read back from their CSV text: what planting on "what was
 * written" needs (suspect cases are planted on the records as an importer will load them, not on
 * the intentions that made them). Only the files asked for are kept.
 */
final class WrittenRows {
    private final Map<ImportFile, List<Map<String, String>>> rows = new EnumMap<>(ImportFile.class);

    WrittenRows(ImportFile... files) {
        for (ImportFile f : files) {
            rows.put(f, new ArrayList<>());
        }
    }

    void add(BlockOutput out) {
        for (Map.Entry<ImportFile, List<Map<String, String>>> e : rows.entrySet()) {
            List<Column> columns = ImportColumns.domain(e.getKey());
            for (List<String> fields : parse(out.text(e.getKey()))) {
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < columns.size() && i < fields.size(); i++) {
                    String v = fields.get(i);
                    if (!v.isEmpty()) {
                        row.put(columns.get(i).name(), v);
                    }
                }
                e.getValue().add(row);
            }
        }
    }

    List<Map<String, String>> of(ImportFile file) {
        return rows.getOrDefault(file, List.of());
    }

    /** RFC 4180 records: commas separate, quotes enclose, doubled quotes escape. */
    static List<List<String>> parse(CharSequence text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields);
        }
        return records;
    }
}
