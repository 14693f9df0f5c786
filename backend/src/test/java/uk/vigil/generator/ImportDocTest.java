package uk.vigil.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link ImportColumns} is a transcription of docs/import.md: this reads the doc's tables and
 * column lists and checks names, order-free membership, required flags, types, references and enum
 * values against it, so an edit to the contract that the generator misses fails here.
 */
class ImportDocTest {
    private static final Pattern TICKED = Pattern.compile("`([^`]+)`");
    private static final Pattern RANGE = Pattern.compile("`(\\w)`\\.\\.`(\\w)`");
    private static final Set<String> DOC_TYPES = Set.of("string", "int", "decimal", "bool", "date", "datetime", "enum",
            "geojson", "list", "lat", "lng", "lat/lng");

    /** One column as the doc describes it. */
    record DocColumn(String name, boolean required, String type, String text) {
    }

    @Test
    void import_columns_match_the_contract_document() throws IOException {
        Path doc = Path.of("../docs/import.md");
        assumeThat(Files.exists(doc)).as("docs/import.md next to the backend module").isTrue();
        Map<String, List<DocColumn>> files = parse(Files.readAllLines(doc));
        for (ImportFile file : ImportFile.values()) {
            List<DocColumn> documented = files.get(file.fileName());
            assertThat(documented).as(file.fileName() + " documented").isNotNull();
            List<Column> ours = ImportColumns.domain(file);
            assertThat(ours.stream().map(Column::name)).as(file.fileName())
                    .containsExactlyInAnyOrderElementsOf(documented.stream().map(DocColumn::name).toList());
            for (Column c : ours) {
                DocColumn d = documented.stream().filter(x -> x.name().equals(c.name())).findFirst().orElseThrow();
                String where = file.fileName() + " " + c.name();
                assertThat(c.required()).as(where + " required").isEqualTo(d.required());
                assertThat(docType(c)).as(where + " type").isEqualTo(d.type());
                if (c.type() == Column.Type.ENUM) {
                    List<String> allowed = ticked(d.text());
                    if (!allowed.isEmpty()) {
                        assertThat(allowed).as(where + " values").containsAll(c.values());
                        // The relation column also names the relationship each value becomes (HOME -> LIVES_AT).
                        assertThat(c.values()).as(where + " values").containsAll(allowed.stream()
                                .filter(v -> v.matches("[A-Z0-9_]+") && !Set.of("LIVES_AT", "PROPOSED_ADDRESS", "WORKS_AT").contains(v))
                                .toList());
                    }
                }
            }
        }
        List<DocColumn> provenance = files.get("provenance");
        assertThat(ImportColumns.provenance(ImportFile.EVENTS).stream().map(Column::name))
                .containsExactlyElementsOf(provenance.stream().map(DocColumn::name).toList());
    }

    private static String docType(Column c) {
        return switch (c.type()) {
            case REF -> "ref:" + c.ref();
            case LAT, LNG -> "lat/lng";
            case POSTCODE, PHONE, IMEI, VRM, TIME, STRING -> "string";
            default -> c.type().name().toLowerCase();
        };
    }

    /** Backticked values; after "`...`: " only what follows (breach_of lists the event types it applies to first). */
    private static List<String> ticked(String text) {
        int colon = text.lastIndexOf("`: ");
        if (colon >= 0) {
            text = text.substring(colon + 2);
        }
        List<String> values = new ArrayList<>();
        Matcher range = RANGE.matcher(text);
        while (range.find()) {
            for (char ch = range.group(1).charAt(0); ch <= range.group(2).charAt(0); ch++) {
                values.add(String.valueOf(ch));
            }
        }
        Matcher m = TICKED.matcher(text);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    /** file name ("nominals.csv", or "provenance") -> its documented columns. */
    static Map<String, List<DocColumn>> parse(List<String> lines) {
        Map<String, List<DocColumn>> files = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith("### ")) {
                continue;
            }
            String name = line.contains("Provenance") ? "provenance" : line.substring(4).split(" ")[0];
            int j = i + 1;
            while (j < lines.size() && lines.get(j).isBlank()) {
                j++;
            }
            List<DocColumn> columns = new ArrayList<>();
            if (lines.get(j).startsWith("|")) {
                for (; j < lines.size() && lines.get(j).startsWith("|"); j++) {
                    String[] cells = lines.get(j).split("\\|");
                    if (cells.length < 3 || cells[1].trim().equals("column") || cells[1].startsWith("---")) {
                        continue;
                    }
                    String rest = String.join("|", List.of(cells).subList(2, cells.length));
                    for (String col : cells[1].split(",")) {
                        columns.add(new DocColumn(col.trim(), cells[2].contains("**R**"), type(col.trim(), cells[2]), rest));
                    }
                }
            } else {
                StringBuilder paragraph = new StringBuilder();
                for (; j < lines.size() && !lines.get(j).isBlank(); j++) {
                    paragraph.append(lines.get(j)).append(' ');
                }
                for (String item : topLevelItems(paragraph.toString())) {
                    String col = item.trim().split("[ (.]")[0];
                    int open = item.indexOf('(');
                    String typeText = open >= 0 ? item.substring(open + 1) : "";
                    columns.add(new DocColumn(col, item.contains("**R**"), type(col, typeText), item));
                }
            }
            files.put(name, columns);
        }
        return files;
    }

    private static String type(String column, String text) {
        String word = text.trim().split("[ ,)*]")[0];
        if (word.startsWith("ref:")) {
            return word;
        }
        if (text.trim().startsWith("ref to the file named by")) {
            return "ref:subject";
        }
        if (column.equals("lat") || column.equals("lng") || word.equals("lat") || word.equals("lng")) {
            return "lat/lng";
        }
        return DOC_TYPES.contains(word) ? word : "string";
    }

    /** Splits "a **R**, b (date, x), c" at commas outside parentheses. */
    private static List<String> topLevelItems(String text) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char ch : text.toCharArray()) {
            if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            }
            if (ch == ',' && depth == 0) {
                items.add(current.toString());
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        items.add(current.toString());
        return items;
    }
}
