package uk.vigil;

import io.javalin.Javalin;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.vigil.config.VigilConfig;
import uk.vigil.database.Database;
import uk.vigil.database.Graph;
import uk.vigil.audit.AuditKey;
import uk.vigil.auth.SessionPolicy;
import uk.vigil.auth.TotpPolicy;
import uk.vigil.database.Migrations;
import uk.vigil.web.WebApp;

/**
 * Vigil wired by hand: config, database, migrations, services, routes. Tests build one on a
 * Harness database; {@code serve} builds one on the configured database.
 */
public final class Server implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Server.class);

    private final Javalin javalin;
    private final Features features;
    private final AutoCloseable database;

    private Server(Javalin javalin, Features features, AutoCloseable database) {
        this.javalin = javalin;
        this.features = features;
        this.database = database;
    }

    /** Opens the configured database, migrates it and starts listening. */
    public static Server start(VigilConfig config) {
        return start(Database.open(config), config);
    }

    /** Starts on an open database, which the server then owns and closes. */
    public static Server start(Database database, VigilConfig config) {
        try {
            Server server = start(database.graph(), config, database);
            LOG.info("Database: {}", database.describe());
            return server;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Starts on a graph someone else owns (tests); closing the server leaves the graph open. */
    public static Server start(Graph graph, VigilConfig config) {
        return start(graph, config, sessionPolicy(config), () -> { });
    }

    /** As {@link #start(Graph, VigilConfig)}, with session timeouts of the test's choosing. */
    public static Server start(Graph graph, VigilConfig config, SessionPolicy sessions) {
        return start(graph, config, sessions, () -> { });
    }

    private static SessionPolicy sessionPolicy(VigilConfig config) {
        return SessionPolicy.of(config.sessionIdleMinutes(), config.sessionMaxHours());
    }

    private static Server start(Graph graph, VigilConfig config, AutoCloseable owned) {
        return start(graph, config, sessionPolicy(config), owned);
    }

    private static Server start(Graph graph, VigilConfig config, SessionPolicy sessions, AutoCloseable owned) {
        int applied = Migrations.apply(graph);
        LOG.info("Schema up to date ({} migrations applied now)", applied);
        Features features = Features.wire(graph, Clock.systemDefaultZone(), sessions,
                TotpPolicy.parseExempt(config.totpExemptRoles()), AuditKey.load(config.dataDir(), System.getenv()),
                config.dataDir().resolve("imports"));
        try {
            Javalin javalin = WebApp.create(features.routes(), features.audit());
            javalin.start(config.httpHost(), config.httpPort());
            return new Server(javalin, features, owned);
        } catch (RuntimeException e) {
            features.close();
            throw e;
        }
    }

    public int port() {
        return javalin.port();
    }

    /** The running Javalin app (tests enumerate its routes). */
    public Javalin javalin() {
        return javalin;
    }


    @Override
    public void close() throws Exception {
        javalin.stop();
        features.close();
        database.close();
    }
}
