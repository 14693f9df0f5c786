package uk.vigil.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The baseline {@link ImportBenchmark} compares against: the Cypher a developer would write by
 * hand, one {@code LOAD CSV} per file (per relationship type or target label where the file
 * chooses one), MERGE per row, Neo4j's default {@code IN TRANSACTIONS} batching, no validation,
 * no derived properties (no area, no normalised VRM, phone or postcode, no zone centroid).
 */
final class NaiveLoadCsv {
    private NaiveLoadCsv() {
    }

    record Statement(String file, String cypher) {
    }

    static List<Statement> script(Path dir) {
        List<Statement> statements = new ArrayList<>();
        for (FileSpec spec : ImportSpec.FILES) {
            if (!Files.isRegularFile(dir.resolve(spec.file()))) {
                continue;
            }
            if (spec.isNode()) {
                statements.add(new Statement(spec.file(), node(spec)));
            } else {
                relationship(spec).forEach(c -> statements.add(new Statement(spec.file(), c)));
            }
        }
        return statements;
    }

    private static String node(FileSpec spec) {
        StringBuilder body = new StringBuilder("  MERGE (n:%s {id: row.id})\n".formatted(spec.label()));
        body.append("  SET n += ").append(props(spec)).append('\n');
        if (spec.role() != null) {
            body.append("  SET n:").append(spec.role()).append('\n');
        }
        for (FileSpec.Link link : spec.links()) {
            String target = ImportSpec.labelOf(spec.column(link.column()).orElseThrow().targetsFor(null));
            String arrow = link.outgoing() ? "(n)-[:%s]->(t)" : "(n)<-[:%s]-(t)";
            body.append("  WITH n, row CALL (n, row) { MATCH (t:%s {id: row.%s}) MERGE %s }\n"
                    .formatted(target, link.column(), arrow.formatted(link.type())));
        }
        return load(spec, body.toString(), "");
    }

    private static List<String> relationship(FileSpec spec) {
        FileSpec.Relationship shape = spec.relationship();
        Column to = spec.column(shape.to()).orElseThrow();
        String fromLabel = ImportSpec.labelOf(spec.column(shape.from()).orElseThrow().targetsFor(null));
        List<String> statements = new ArrayList<>();
        Map<String, String> types = shape.typeColumn() == null ? Map.of("", shape.type()) : shape.typeByValue();
        for (var type : types.entrySet()) {
            for (var target : to.targets().entrySet()) {
                StringJoiner where = new StringJoiner(" AND ", "WHERE ", "").setEmptyValue("");
                if (shape.typeColumn() != null) {
                    where.add("row.%s = '%s'".formatted(shape.typeColumn(), type.getKey()));
                }
                if (to.selector() != null) {
                    where.add("row.%s = '%s'".formatted(to.selector(), target.getKey()));
                }
                String body = """
                          MATCH (a:%s {id: row.%s})
                          MATCH (b:%s {id: row.%s})
                          MERGE (a)-[r:%s {id: row.id}]->(b)
                          SET r += %s
                        """.formatted(fromLabel, shape.from(), ImportSpec.labelOf(target.getValue()), shape.to(),
                        type.getValue(), props(spec));
                statements.add(load(spec, body, where.toString()));
            }
        }
        return statements;
    }

    private static String load(FileSpec spec, String body, String where) {
        return "LOAD CSV WITH HEADERS FROM 'file:///%s' AS row\n%sCALL (row) {\n%s} IN TRANSACTIONS"
                .formatted(spec.file(), where.isEmpty() ? "" : "WITH row " + where + "\n", body);
    }

    private static String props(FileSpec spec) {
        StringJoiner props = new StringJoiner(", ", "{", "}");
        boolean location = false;
        for (Column c : spec.columns()) {
            if (c.name().equals("id") || (c.type() == ColumnType.REF && !spec.refIsProperty(c))) {
                continue;
            }
            String value = "row.`" + c.name() + "`";
            switch (c.type()) {
                case INT -> props.add(c.property() + ": toInteger(" + value + ")");
                case DECIMAL -> props.add(c.property() + ": toFloat(" + value + ")");
                case BOOL -> props.add(c.property() + ": toBoolean(" + value + ")");
                case DATE -> props.add(c.property() + ": date(" + value + ")");
                case DATETIME -> props.add(c.property() + ": datetime(" + value + ")");
                case LIST -> props.add(c.property() + ": split(" + value + ", ';')");
                case LAT, LNG -> {
                    if (!location) {
                        props.add("location: CASE WHEN row.lat IS NULL THEN null ELSE "
                                + "point({latitude: toFloat(row.lat), longitude: toFloat(row.lng)}) END");
                        location = true;
                    }
                }
                default -> props.add(c.property() + ": " + value);
            }
        }
        return props.toString();
    }
}
