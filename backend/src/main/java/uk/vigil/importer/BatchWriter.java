package uk.vigil.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

/**
 * Writes one batch of good rows of one file as one transaction: every statement for the batch
 * runs in it, rule 5's marks included ({@link RsoMarks}), so the batch commits whole or not at
 * all. Statements MERGE on the source key, so writing the same batch twice changes nothing the
 * second time.
 */
final class BatchWriter implements RowSink {
    private final Session session;
    private final BatchHook hook;
    private final Map<String, GraphRows> graphRows = new HashMap<>();

    BatchWriter(Session session, BatchHook hook) {
        this.session = session;
        this.hook = hook;
    }

    private record Statement(String cypher, Map<String, Object> params) {
    }

    @Override
    public WriteCounts write(FileSpec spec, int batch, List<Row> rows, Function<String, String> areaOfAgency) {
        GraphRows shape = graphRows.computeIfAbsent(spec.name(), n -> new GraphRows(spec));
        List<Statement> statements = spec.isNode() ? nodeStatements(spec, shape, rows, areaOfAgency)
                : relationshipStatements(spec, shape, rows, areaOfAgency);
        List<String> ids = rows.stream().map(Row::id).toList();
        WriteCounts counts = session.executeWrite(tx -> run(tx, spec, batch, statements, rows));
        hook.afterCommit(spec.file(), batch, ids);
        return counts;
    }

    /** The file's statements, then rule 5's marks as one more statement (the hook sees its index too). */
    private WriteCounts run(TransactionContext tx, FileSpec spec, int batch, List<Statement> statements, List<Row> rows) {
        List<String> ids = rows.stream().map(Row::id).toList();
        Set<String> holdersBefore = RsoMarks.before(tx, spec, ids);
        WriteCounts counts = WriteCounts.NONE;
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            counts = counts.plus(WriteCounts.of(tx.run(s.cypher(), s.params()).consume().counters()));
            hook.afterStatement(spec.file(), batch, i, ids);
        }
        if (RsoMarks.after(tx, spec, rows, holdersBefore)) {
            hook.afterStatement(spec.file(), batch, statements.size(), ids);
        }
        return counts;
    }

    /** One statement: the node merge, then a block per link column (moving or removing changed references). */
    private static List<Statement> nodeStatements(FileSpec spec, GraphRows shape, List<Row> rows,
                                                  Function<String, String> areaOfAgency) {
        StringBuilder cypher = new StringBuilder(spec.role() == null
                ? ImportCypher.fill("node", Map.of("label", spec.label()))
                : ImportCypher.fill("person", Map.of("role", spec.role())));
        for (FileSpec.Link link : spec.links()) {
            String target = ImportSpec.labelOf(spec.column(link.column()).orElseThrow().targetsFor(null));
            cypher.append('\n').append(ImportCypher.fill(link.outgoing() ? "link-out" : "link-in",
                    Map.of("label", spec.label(), "type", link.type(), "target", target, "column", link.column())));
        }
        List<Map<String, Object>> params = rows.stream().map(r -> shape.node(r, areaOfAgency)).toList();
        return List.of(new Statement(cypher.toString(), Map.of("rows", params)));
    }

    /**
     * Moves first (rows whose relationship changed endpoints or type; these statements get the
     * endpoints only), then one merge per type and target label with the properties.
     */
    private static List<Statement> relationshipStatements(FileSpec spec, GraphRows shape, List<Row> rows,
                                                          Function<String, String> areaOfAgency) {
        List<Map<String, Object>> endpoints = rows.stream().map(shape::endpoints).toList();
        List<Statement> statements = new ArrayList<>();
        for (String type : spec.relationship().types()) {
            statements.add(new Statement(ImportCypher.fill("unlink", Map.of("type", type)), Map.of("rows", endpoints)));
        }
        Map<List<String>, List<Map<String, Object>>> groups = new LinkedHashMap<>();
        for (Row row : rows) {
            Map<String, Object> params = shape.relationship(row, areaOfAgency);
            List<String> key = List.of((String) params.get("fromLabel"), (String) params.get("type"),
                    (String) params.get("toLabel"));
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(params);
        }
        groups.forEach((key, group) -> statements.add(new Statement(ImportCypher.fill("relationship",
                Map.of("from", key.get(0), "type", key.get(1), "to", key.get(2))), Map.of("rows", group))));
        return statements;
    }
}
