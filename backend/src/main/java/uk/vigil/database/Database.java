package uk.vigil.database;

import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.vigil.config.VigilConfig;

/**
 * Opens the graph Vigil works on. With no {@code NEO4J_URI} it starts an embedded Neo4j and
 * connects to it over Bolt on loopback, so both modes share one code path: the Java driver.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Graph graph;
    private final EmbeddedNeo4j embedded;

    private Database(Graph graph, EmbeddedNeo4j embedded) {
        this.graph = graph;
        this.embedded = embedded;
    }

    public static Database open(VigilConfig config) {
        if (config.embedded()) {
            EmbeddedNeo4j embedded = EmbeddedNeo4j.start(config);
            try {
                Driver driver = connect(embedded.boltUri(), config.neo4jUser(), embedded.password());
                return new Database(new Graph(driver, "neo4j"), embedded);
            } catch (RuntimeException e) {
                embedded.close();
                throw e;
            }
        }
        String uri = config.neo4jUri().orElseThrow();
        String password = config.neo4jPassword()
                .orElseThrow(() -> new IllegalArgumentException("NEO4J_URI is set: NEO4J_PASSWORD is required too"));
        LOG.info("Connecting to Neo4j at {} (database {})", uri, config.neo4jDatabase());
        return new Database(new Graph(connect(uri, config.neo4jUser(), password), config.neo4jDatabase()), null);
    }

    static Driver connect(String uri, String user, String password) {
        Config driverConfig = Config.builder()
                .withMaxConnectionPoolSize(64)
                .withConnectionAcquisitionTimeout(30, TimeUnit.SECONDS)
                .withoutEncryption()
                .build();
        Driver driver = GraphDatabase.driver(uri, AuthTokens.basic(user, password), driverConfig);
        try {
            driver.verifyConnectivity();
        } catch (RuntimeException e) {
            driver.close();
            throw new IllegalStateException("Cannot reach Neo4j at " + uri + ": " + e.getMessage(), e);
        }
        return driver;
    }

    public Graph graph() {
        return graph;
    }

    /** Where Neo4j Browser or cypher-shell can connect, for the start-up banner. */
    public String describe() {
        return embedded == null ? "external Neo4j" : embedded.describe();
    }

    @Override
    public void close() {
        graph.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
