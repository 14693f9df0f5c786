package uk.vigil.database;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;

/**
 * The one handle services use to reach Neo4j, embedded or external alike: a driver plus the
 * database name, so no service has to repeat the session configuration.
 */
public final class Graph implements AutoCloseable {
    private final Driver driver;
    private final String database;

    public Graph(Driver driver, String database) {
        this.driver = driver;
        this.database = database;
    }

    public <T> T read(TransactionCallback<T> work) {
        try (Session session = session()) {
            return session.executeRead(work);
        }
    }

    public <T> T write(TransactionCallback<T> work) {
        try (Session session = session()) {
            return session.executeWrite(work);
        }
    }

    public Session session() {
        return driver.session(SessionConfig.forDatabase(database));
    }

    public Driver driver() {
        return driver;
    }

    public String database() {
        return database;
    }

    @Override
    public void close() {
        driver.close();
    }
}
