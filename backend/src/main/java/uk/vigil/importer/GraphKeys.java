package uk.vigil.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.Neo4jException;
import uk.vigil.database.Graph;
import uk.vigil.database.Migrations;

/** The graph side of reference checks, and the relationship-key indexes that moves rely on. */
final class GraphKeys implements KeyLookup {
    private final Graph graph;

    GraphKeys(Graph graph) {
        this.graph = graph;
    }

    @Override
    public Map<String, String> find(String label, String role, String attribute, Collection<String> ids) {
        String cypher = ImportCypher.fill("lookup", Map.of("label", label));
        Map<String, Object> params = new HashMap<>();
        params.put("ids", new ArrayList<>(ids));
        params.put("role", role);
        params.put("attribute", attribute);
        return graph.read(tx -> {
            Map<String, String> found = new HashMap<>();
            tx.run(cypher, params).forEachRemaining(r -> found.put(r.get("id").asString(),
                    r.get("attribute").isNull() ? null : r.get("attribute").asObject().toString()));
            return found;
        });
    }

    /**
     * Relationship-file rows are found by id to move them (unlink.cypher, which insists on the
     * index: without it each look-up would scan every relationship of the type). Creates the
     * missing indexes and returns a note for each.
     */
    List<String> ensureRelationshipKeys(Collection<String> types) {
        List<String> notes = new ArrayList<>();
        try (Session session = graph.session()) {
            Set<String> indexed = new HashSet<>();
            session.run("""
                    SHOW INDEXES YIELD entityType, labelsOrTypes, properties, state
                    WHERE entityType = 'RELATIONSHIP' AND properties = ['id']
                    RETURN labelsOrTypes""").forEachRemaining(r -> indexed.addAll(r.get(0).asList(v -> v.asString())));
            for (String type : types) {
                if (!indexed.contains(type)) {
                    String name = "import_" + type + "_id";
                    String cypher = ImportCypher.fill("relationship-key", Map.of("name", name, "type", type));
                    try {
                        session.run(cypher).consume();
                    } catch (Neo4jException e) {
                        throw new ImportException("The import needs an index on :%s(id) and could not create it (%s); "
                                .formatted(type, e.getMessage()) + "an administrator can: " + cypher.lines()
                                .filter(l -> !l.startsWith("//")).reduce("", String::concat), e);
                    }
                    notes.add("created index %s on :%s(id) (relationship rows are found by id when they move)"
                            .formatted(name, type));
                }
            }
            if (!notes.isEmpty()) {
                Migrations.awaitIndexes(session);
            }
        }
        return notes;
    }
}
