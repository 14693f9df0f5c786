package uk.vigil.testing;

import java.util.Map;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import uk.vigil.database.Graph;
import uk.vigil.database.Migrations;

/**
 * One in-process Neo4j (Harness, Bolt only) for the whole test JVM, migrated once. Starting a
 * database costs seconds, so test classes share it and {@link #clear()} the data they own.
 */
public final class TestGraph {
    private static Neo4j neo4j;
    private static Graph graph;

    private TestGraph() {
    }

    public static synchronized Graph graph() {
        if (graph == null) {
            neo4j = Neo4jBuilders.newInProcessBuilder()
                    .withDisabledServer() // Neo4j's HTTP server wants Jetty 12.0; Javalin brings 12.1
                    .withConfig(org.neo4j.configuration.GraphDatabaseSettings.pagecache_memory,
                            org.neo4j.io.ByteUnit.mebiBytes(256))
                    .build();
            graph = new Graph(org.neo4j.driver.GraphDatabase.driver(neo4j.boltURI(),
                    org.neo4j.driver.AuthTokens.none()), "neo4j");
            Migrations.apply(graph);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                graph.close();
                neo4j.close();
            }));
        }
        return graph;
    }

    /** The Harness instance itself, for tests that need its Bolt URI (external-mode tests). */
    public static Neo4j neo4j() {
        graph();
        return neo4j;
    }

    /** Deletes every record but keeps the schema and the migration history. */
    public static void clear() {
        try (var session = graph().session()) { // IN TRANSACTIONS needs an implicit transaction
            session.run("""
                    MATCH (n) WHERE NOT n:__Migration
                    CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS""").consume();
        }
    }

    public static long count(String cypher, Map<String, Object> params) {
        return graph().read(tx -> tx.run(cypher, params).single().get(0).asLong());
    }
}
