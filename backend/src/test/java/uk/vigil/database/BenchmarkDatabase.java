package uk.vigil.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.io.ByteUnit;

/**
 * The embedded DBMS a benchmark or profiling tool runs on: an existing database folder (the DBMS
 * home), Bolt on a free local port without auth or TLS, Neo4j's HTTP off (as in the app), and a
 * {@link Graph} over Bolt, so the code measured takes the app's path. The page cache is
 * {@code vigil.benchmark.pageCache} when set, else the tool's default.
 */
public final class BenchmarkDatabase {
    private final DatabaseManagementService dbms;
    private final int port;

    private BenchmarkDatabase(DatabaseManagementService dbms, int port) {
        this.dbms = dbms;
        this.port = port;
    }

    public static BenchmarkDatabase start(Path home, String defaultPageCache) throws IOException {
        return start(home, defaultPageCache, b -> b);
    }

    /** With more settings (a profiling tool's query log). */
    public static BenchmarkDatabase start(Path home, String defaultPageCache,
                                          UnaryOperator<DatabaseManagementServiceBuilder> more) throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory,
                        ByteUnit.parse(System.getProperty("vigil.benchmark.pageCache", defaultPageCache)))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "false");
        return new BenchmarkDatabase(more.apply(builder).build(), port);
    }

    /** A new Graph (driver) over Bolt; close it before {@link #shutdown}. */
    public Graph graph() {
        return new Graph(GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none(),
                Config.builder().withoutEncryption().build()), "neo4j");
    }

    public void shutdown() {
        dbms.shutdown();
    }
}
