package uk.vigil;

import io.javalin.Javalin;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.vigil.config.VigilConfig;
import uk.vigil.database.Database;
import uk.vigil.database.Graph;
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
        Database database = Database.open(config);
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
        return start(graph, config, () -> { });
    }

    private static Server start(Graph graph, VigilConfig config, AutoCloseable owned) {
        int applied = Migrations.apply(graph);
        LOG.info("Schema up to date ({} migrations applied now)", applied);
        Features features = Features.wire(graph, Clock.systemDefaultZone());
        try {
            Javalin javalin = WebApp.create(features.routes());
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

    @Override
    public void close() throws Exception {
        javalin.stop();
        features.close();
        database.close();
    }
}
