package uk.vigil.importer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Point;

/**
 * The staging side of an initial load: validated rows become the CSV files of Neo4j's own bulk
 * importer ({@code neo4j-admin database import full}), holding exactly the nodes, labels,
 * properties and relationships that {@link BatchWriter} would have written (the same
 * {@link GraphRows} shapes them). ID groups are labels, so a row's references resolve as the
 * MATCH on {@code (:Label {id})} does.
 *
 * <p>A person in more than one people file is one node with each file's role label, the later
 * file's values winning, as successive {@code SET n += props} give: such rows are held and
 * written merged at the end. Everything else streams to disk.
 */
final class InitialLoadStage implements RowSink, AutoCloseable {
    static final char ARRAY_DELIMITER = ';';
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator('\n')
            .setQuoteMode(QuoteMode.MINIMAL).get();

    private final Path dir;
    private final Set<String> sharedPeople;
    private final Map<String, GraphRows> shapes = new HashMap<>();
    private final Map<String, StagedFile> files = new LinkedHashMap<>();
    private final Map<String, HeldPerson> held = new LinkedHashMap<>();
    private final Set<String> heldLinks = new HashSet<>();
    private long nodes;
    private long relationships;

    /** @param sharedPeople ids that appear in more than one people file of the load */
    InitialLoadStage(Path dir, Set<String> sharedPeople) {
        this.dir = dir;
        this.sharedPeople = sharedPeople;
    }

    private static final class HeldPerson {
        final Set<String> labels = new LinkedHashSet<>();
        String group;
        final Map<String, Object> props = new LinkedHashMap<>();
    }

    @Override
    public WriteCounts write(FileSpec spec, int batch, List<Row> rows, Function<String, String> areaOfAgency) {
        GraphRows shape = shapes.computeIfAbsent(spec.name(), n -> new GraphRows(spec));
        long nodesBefore = nodes;
        long relationshipsBefore = relationships;
        long properties = 0;
        for (Row row : rows) {
            if (spec.isNode()) {
                properties += node(spec, shape.node(row, areaOfAgency));
            } else {
                properties += relationship(shape.relationship(row, areaOfAgency));
            }
        }
        long labels = spec.isNode() ? (nodes - nodesBefore) * (spec.role() == null ? 1 : 2) : 0;
        return new WriteCounts(nodes - nodesBefore, relationships - relationshipsBefore, 0, properties, labels);
    }

    @SuppressWarnings("unchecked")
    private long node(FileSpec spec, Map<String, Object> row) {
        String id = (String) row.get("id");
        Map<String, Object> props = (Map<String, Object>) row.get("props");
        String group = spec.label();
        boolean shared = spec.role() != null && sharedPeople.contains(id);
        if (shared) {
            HeldPerson person = held.computeIfAbsent(id, k -> new HeldPerson());
            person.labels.add(spec.label());
            person.group = group;
            person.labels.add(spec.role());
            props.forEach((k, v) -> {
                if (v != null) {
                    person.props.put(k, v);
                }
            });
        } else {
            String labels = spec.role() == null ? spec.label() : spec.label() + ARRAY_DELIMITER + spec.role();
            file("nodes-" + spec.name(), List.of("id:ID(" + group + ")", ":LABEL"), true)
                    .add(List.of(id, labels), props);
            nodes++;
        }
        Map<String, Object> refs = (Map<String, Object>) row.get("refs");
        for (FileSpec.Link link : spec.links()) {
            if (refs.get(link.column()) instanceof String target) {
                String targetGroup = ImportSpec.labelOf(spec.column(link.column()).orElseThrow().targetsFor(null));
                String start = link.outgoing() ? id : target;
                String end = link.outgoing() ? target : id;
                String startGroup = link.outgoing() ? group : targetGroup;
                String endGroup = link.outgoing() ? targetGroup : group;
                // A held person's files may draw the same link twice: MERGE would keep one.
                if (shared && !heldLinks.add(link.type() + '|' + start + '|' + end)) {
                    continue;
                }
                file("links-" + startGroup + "-" + link.type() + "-" + endGroup,
                        List.of(":START_ID(" + startGroup + ")", ":END_ID(" + endGroup + ")", ":TYPE"), false)
                        .add(List.of(start, end, link.type()), Map.of());
                relationships++;
            }
        }
        return props.values().stream().filter(v -> v != null).count() + 1;
    }

    @SuppressWarnings("unchecked")
    private long relationship(Map<String, Object> row) {
        String from = (String) row.get("fromLabel");
        String to = (String) row.get("toLabel");
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("id", row.get("id"));
        props.putAll((Map<String, Object>) row.get("props"));
        file("rels-" + from + "-" + to + "-" + row.get("type"),
                List.of(":START_ID(" + from + ")", ":END_ID(" + to + ")", ":TYPE"), false)
                .add(List.of((String) row.get("from"), (String) row.get("to"), (String) row.get("type")), props);
        relationships++;
        return props.values().stream().filter(v -> v != null).count();
    }

    private StagedFile file(String name, List<String> fixed, boolean nodeFile) {
        return files.computeIfAbsent(name, n -> new StagedFile(dir, n, fixed, nodeFile));
    }

    /** Writes the held people; after this the staged files are complete. */
    void finish() {
        for (Map.Entry<String, HeldPerson> e : held.entrySet()) {
            file("nodes-shared-people", List.of("id:ID(" + e.getValue().group + ")", ":LABEL"), true)
                    .add(List.of(e.getKey(), String.join(String.valueOf(ARRAY_DELIMITER), e.getValue().labels)),
                            e.getValue().props);
            nodes++;
        }
        held.clear();
        files.values().forEach(StagedFile::close);
    }

    /** {@code header,data} pairs for {@code --nodes=}. */
    List<String> nodeArguments() {
        return files.values().stream().filter(f -> f.nodeFile).flatMap(f -> f.arguments().stream()).toList();
    }

    /** {@code header,data} pairs for {@code --relationships=}. */
    List<String> relationshipArguments() {
        return files.values().stream().filter(f -> !f.nodeFile).flatMap(f -> f.arguments().stream()).toList();
    }

    long nodes() {
        return nodes;
    }

    long relationships() {
        return relationships;
    }

    @Override
    public void close() {
        files.values().forEach(StagedFile::close);
    }

    /**
     * One group of entities with the same fixed columns: data files without header, each with a
     * header file written when it closes. A row with a property its part has no column for starts
     * a new part with the wider header; a property's type is that of its first value.
     */
    private static final class StagedFile {
        private final Path dir;
        private final String name;
        private final List<String> fixed;
        final boolean nodeFile;
        private final Map<String, String> types = new HashMap<>();
        private final List<Path[]> parts = new ArrayList<>();
        private List<String> columns = List.of();
        private CSVPrinter printer;
        private Path[] part;

        StagedFile(Path dir, String name, List<String> fixed, boolean nodeFile) {
            this.dir = dir;
            this.name = name;
            this.fixed = fixed;
            this.nodeFile = nodeFile;
        }

        void add(List<String> fixedValues, Map<String, Object> props) {
            for (Map.Entry<String, Object> p : props.entrySet()) {
                if (p.getValue() != null) {
                    String type = typeOf(p.getValue());
                    String known = types.putIfAbsent(p.getKey(), type);
                    if (known != null && !known.equals(type)) {
                        throw new IllegalStateException("Property %s of %s is both %s and %s".formatted(p.getKey(), name, known, type));
                    }
                }
            }
            if (printer == null || !columns.containsAll(props.keySet())) {
                List<String> wider = new ArrayList<>(columns);
                props.keySet().stream().filter(k -> !wider.contains(k)).forEach(wider::add);
                startPart(wider);
            }
            List<Object> record = new ArrayList<>(fixed.size() + columns.size());
            record.addAll(fixedValues);
            for (String column : columns) {
                record.add(format(props.get(column)));
            }
            try {
                printer.printRecord(record);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the staging file " + part[1], e);
            }
        }

        private void startPart(List<String> wider) {
            closePart();
            columns = wider;
            int n = parts.size() + 1;
            part = new Path[]{dir.resolve(name + "-" + n + "-header.csv"), dir.resolve(name + "-" + n + ".csv")};
            parts.add(part);
            try {
                BufferedWriter out = Files.newBufferedWriter(part[1], StandardCharsets.UTF_8);
                printer = new CSVPrinter(out, CSV);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the staging file " + part[1], e);
            }
        }

        private void closePart() {
            if (printer == null) {
                return;
            }
            try {
                printer.close();
                List<String> header = new ArrayList<>(fixed);
                columns.forEach(c -> header.add(c + ":" + types.getOrDefault(c, "string")));
                try (CSVPrinter h = new CSVPrinter(Files.newBufferedWriter(part[0], StandardCharsets.UTF_8), CSV)) {
                    h.printRecord(header);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the staging file " + part[0], e);
            }
            printer = null;
        }

        void close() {
            closePart();
        }

        List<String> arguments() {
            return parts.stream().map(p -> p[0] + "," + p[1]).toList();
        }

        private static String typeOf(Object value) {
            if (value instanceof String) {
                return "string";
            } else if (value instanceof Long || value instanceof Integer) {
                return "long";
            } else if (value instanceof Double) {
                return "double";
            } else if (value instanceof Boolean) {
                return "boolean";
            } else if (value instanceof LocalDate) {
                return "date";
            } else if (value instanceof ZonedDateTime) {
                return "datetime";
            } else if (value instanceof List<?>) {
                return "string[]";
            } else if (value instanceof Value v && v.asObject() instanceof Point p && p.srid() == 4326) {
                return "point{crs:WGS-84}";
            }
            throw new IllegalStateException("No bulk-import type for " + value.getClass().getName() + ": " + value);
        }

        private static String format(Object value) {
            if (value == null) {
                return null;
            } else if (value instanceof ZonedDateTime t) {
                return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } else if (value instanceof List<?> list) {
                StringBuilder s = new StringBuilder();
                for (Object item : list) {
                    String text = item.toString();
                    if (text.indexOf(ARRAY_DELIMITER) >= 0) {
                        throw new IllegalStateException("A list item holds the array delimiter: " + text);
                    }
                    if (!s.isEmpty()) {
                        s.append(ARRAY_DELIMITER);
                    }
                    s.append(text);
                }
                return s.toString();
            } else if (value instanceof Value v && v.asObject() instanceof Point p) {
                return "{longitude:" + p.x() + ",latitude:" + p.y() + "}";
            }
            return value.toString();
        }
    }
}
