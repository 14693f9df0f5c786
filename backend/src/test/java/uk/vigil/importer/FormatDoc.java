package uk.vigil.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the file sections of docs/import.md, the contract, so tests can hold {@link ImportSpec}
 * to it: each {@code ### name.csv} section's columns, whether each is marked R, its type word and
 * its back-quoted values.
 */
final class FormatDoc {
    private static final Pattern HEADING = Pattern.compile("^### (\\w+)\\.csv.*$");
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
    private static final Set<String> TYPE_WORDS = Set.of("string", "strings", "int", "decimal", "bool", "date",
            "datetime", "enum", "list", "geojson", "lat/lng");

    /** What the doc says about one column. {@code type} is null when the doc gives no type word. */
    record DocColumn(String name, boolean required, String type, List<String> values, String text) {
    }

    private FormatDoc() {
    }

    static Path path() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path doc = dir.resolve("docs/import.md");
            if (Files.isRegularFile(doc)) {
                return doc;
            }
        }
        throw new IllegalStateException("docs/import.md not found above " + Path.of("").toAbsolutePath());
    }

    static String text() {
        try {
            return Files.readString(path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** File name (without .csv) to its columns, in the doc's order. */
    static Map<String, List<DocColumn>> files() {
        Map<String, List<DocColumn>> files = new LinkedHashMap<>();
        String current = null;
        List<String> lines = new ArrayList<>();
        for (String line : text().split("\n")) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches() || line.startsWith("## ")) {
                if (current != null) {
                    files.put(current, columns(lines));
                }
                current = heading.matches() ? heading.group(1) : null;
                lines = new ArrayList<>();
            } else {
                lines.add(line);
            }
        }
        if (current != null) {
            files.put(current, columns(lines));
        }
        return files;
    }

    private static List<DocColumn> columns(List<String> lines) {
        return lines.stream().anyMatch(l -> l.startsWith("| column |")) ? table(lines) : inline(lines);
    }

    private static List<DocColumn> table(List<String> lines) {
        List<DocColumn> columns = new ArrayList<>();
        for (String line : lines) {
            if (!line.startsWith("| ") || line.startsWith("| column |")) {
                continue;
            }
            String[] cells = line.split("\\|");
            String typeCell = cells[2].strip();
            String rest = cells.length > 3 ? cells[3] : "";
            for (String name : cells[1].strip().split(",\\s*")) {
                String typeWord = typeCell.split("\\s+")[0];
                columns.add(new DocColumn(name, typeCell.contains("**R**"), typeWord(typeWord),
                        values(typeCell + " " + rest), line));
            }
        }
        return columns;
    }

    /** {@code id **R**, person (ref:people **R**), dob (date), ...}: the paragraph after the heading. */
    private static List<DocColumn> inline(List<String> lines) {
        StringBuilder paragraph = new StringBuilder();
        for (String line : lines) {
            if (line.isBlank() && !paragraph.isEmpty()) {
                break;
            }
            paragraph.append(line).append(' ');
        }
        List<DocColumn> columns = new ArrayList<>();
        for (String segment : splitTopLevel(paragraph.toString())) {
            String s = segment.strip();
            String name = s.split("[\\s(.]+")[0];
            if (!name.matches("[a-z0-9_]+")) {
                continue;
            }
            int paren = s.indexOf('(');
            String type = null;
            if (paren >= 0) {
                String word = s.substring(paren + 1).split("[\\s,;)]+")[0];
                type = word.startsWith("ref:") ? "ref" : typeWord(word);
            }
            columns.add(new DocColumn(name, s.contains("**R**"), type, values(s), s));
        }
        return columns;
    }

    private static String typeWord(String word) {
        if (word.startsWith("ref:")) {
            return "ref";
        }
        return TYPE_WORDS.contains(word) ? (word.equals("strings") ? "string" : word) : null;
    }

    private static List<String> values(String text) {
        if (text.contains("`..`")) {
            return List.of(); // a range such as `A`..`E`
        }
        int colon = text.lastIndexOf("`: `");
        String valuesText = colon >= 0 ? text.substring(colon + 3) : text; // "for `BREACH`, ...: `LICENCE`, ..."
        List<String> values = new ArrayList<>();
        Matcher m = BACKTICKED.matcher(valuesText);
        while (m.find()) {
            if (m.group(1).matches("[A-Z0-9_]+")) {
                values.add(m.group(1));
            }
        }
        return values;
    }

    private static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            if (c == ',' && depth == 0) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }
}
