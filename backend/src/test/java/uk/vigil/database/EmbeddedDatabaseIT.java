package uk.vigil.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import uk.vigil.config.VigilConfig;

class EmbeddedDatabaseIT {

    @TempDir
    Path dataDir;

    @Test
    void starts_with_no_configuration_keeps_writes_across_restart_and_guards_bolt_with_a_password() throws IOException {
        VigilConfig config = VigilConfig.from(Map.of("VIGIL_DATA_DIR", dataDir.toString(),
                "VIGIL_BOLT_PORT", String.valueOf(freePort()), "VIGIL_PAGECACHE", "64m"));

        try (Database db = Database.open(config)) {
            Migrations.apply(db.graph());
            db.graph().write(tx -> tx.run("CREATE (:Area {id: 'cumbria', name: 'Cumbria'})").consume());
            assertThat(db.describe()).contains("bolt://127.0.0.1:" + config.boltPort());
        }

        Path passwordFile = dataDir.resolve("bolt-password");
        assertThat(Files.getPosixFilePermissions(passwordFile))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

        try (Database db = Database.open(config)) {
            assertThat(Migrations.apply(db.graph())).isZero();
            String name = db.graph().read(tx -> tx.run("MATCH (a:Area {id: 'cumbria'}) RETURN a.name").single().get(0).asString());
            assertThat(name).isEqualTo("Cumbria");

            // A Bolt client without the password is turned away.
            try (var stranger = GraphDatabase.driver("bolt://127.0.0.1:" + config.boltPort(), AuthTokens.basic("neo4j", "neo4j"))) {
                assertThatThrownBy(stranger::verifyConnectivity).hasMessageContaining("authentication");
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
