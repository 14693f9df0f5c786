package uk.vigil.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.vigil.config.VigilConfig;

/**
 * Neo4j Community running inside Vigil's JVM, data on disk, Bolt on loopback with auth on.
 * Neo4j's own HTTP server stays off: it needs Jetty 12.0, while Javalin brings Jetty 12.1.
 */
final class EmbeddedNeo4j implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final DatabaseManagementService service;
    private final Path home;
    private final int boltPort;
    private final String password;

    private EmbeddedNeo4j(DatabaseManagementService service, Path home, int boltPort, String password) {
        this.service = service;
        this.home = home;
        this.boltPort = boltPort;
        this.password = password;
    }

    static EmbeddedNeo4j start(VigilConfig config) {
        Path home = config.dataDir().resolve("neo4j");
        String password = config.neo4jPassword().orElseGet(() -> storedPassword(config.dataDir()));
        LOG.info("Starting embedded Neo4j in {} (Bolt on 127.0.0.1:{})", home, config.boltPort());
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", config.boltPort()))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(config.pageCache()))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "1G size")
                .build();
        try {
            setPassword(service, password);
        } catch (RuntimeException e) {
            service.shutdown();
            throw e;
        }
        return new EmbeddedNeo4j(service, home, config.boltPort(), password);
    }

    /** The built-in user starts with a must-change password; set ours, idempotently. */
    private static void setPassword(DatabaseManagementService service, String password) {
        try {
            service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            // Neo4j refuses to "change" a password to the one it already has: that is success.
            if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    /** A random password kept beside the data, readable by its owner only. */
    private static String storedPassword(Path dataDir) {
        Path file = dataDir.resolve("bolt-password");
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            Files.createDirectories(dataDir);
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Files.writeString(file, password + "\n");
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the directory's own protection applies
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + file, e);
        }
    }

    String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    String password() {
        return password;
    }

    String describe() {
        return "embedded Neo4j in " + home + ", Bolt " + boltUri() + " (user neo4j, password in "
                + home.getParent().resolve("bolt-password") + ")";
    }

    @Override
    public void close() {
        LOG.info("Stopping embedded Neo4j");
        service.shutdown();
    }
}
