package uk.vigil.database;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the versioned schema files in {@code cypher/migrations} ({@code V0001__Name.cypher}) in
 * order, once each, recording each as a {@code :__Migration} node with its checksum. A file that
 * changed after it was applied stops start-up: schema history is append-only.
 */
public final class Migrations {
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    private static final String FOLDER = "cypher/migrations";
    private static final Pattern CONSTRAINT = Pattern.compile("^CREATE CONSTRAINT (\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("V(\\d{4})__(\\w+)\\.cypher");

    public record Migration(int version, String description, String checksum, List<String> statements) {
    }

    private Migrations() {
    }

    public static List<Migration> available() {
        List<Migration> migrations = new ArrayList<>();
        for (String file : CypherFiles.list(FOLDER)) {
            Matcher m = NAME.matcher(file);
            if (!m.matches()) {
                throw new IllegalStateException("Migration file " + file + " is not named V0000__Description.cypher");
            }
            String text = CypherFiles.read(FOLDER + "/" + file);
            migrations.add(new Migration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '),
                    sha256(text), CypherFiles.statements(text)));
        }
        return migrations;
    }

    /** Returns how many migrations were newly applied. */
    public static int apply(Graph graph) {
        int applied = 0;
        try (Session session = graph.session()) {
            session.run("CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (m:__Migration) REQUIRE m.version IS UNIQUE")
                    .consume();
            for (Migration migration : available()) {
                var existing = session.run("MATCH (m:__Migration {version: $v}) RETURN m.checksum AS checksum",
                        Map.of("v", migration.version())).list();
                if (!existing.isEmpty()) {
                    String checksum = existing.get(0).get("checksum").asString();
                    if (!checksum.equals(migration.checksum())) {
                        throw new IllegalStateException("Migration V%04d (%s) was changed after it was applied; add a new migration instead"
                                .formatted(migration.version(), migration.description()));
                    }
                    continue;
                }
                LOG.info("Applying migration V{} {}", String.format("%04d", migration.version()), migration.description());
                dropOrphanedConstraintIndexes(session, migration);
                for (String statement : migration.statements()) {
                    session.run(statement).consume(); // schema statements need their own transactions
                }
                awaitIndexes(session);
                session.executeWrite(tx -> tx.run("""
                        MERGE (m:__Migration {version: $v})
                        SET m.description = $d, m.checksum = $c, m.appliedAt = datetime()""",
                        Map.of("v", migration.version(), "d", migration.description(), "c", migration.checksum())).consume());
                applied++;
            }
        }
        return applied;
    }

    /**
     * A process stopped while a uniqueness constraint was being created (at 1M nominals that takes
     * minutes) leaves its index behind without the constraint; {@code CREATE CONSTRAINT ... IF NOT
     * EXISTS} then fails on the name. Such an index (the name of a constraint this migration
     * creates, owned by no constraint) is dropped, so the migration can be applied again.
     */
    private static void dropOrphanedConstraintIndexes(Session session, Migration migration) {
        List<String> names = new ArrayList<>();
        for (String statement : migration.statements()) {
            Matcher m = CONSTRAINT.matcher(statement);
            if (m.find()) {
                names.add(m.group(1));
            }
        }
        if (names.isEmpty()) {
            return;
        }
        List<String> orphans = session.run("""
                SHOW INDEXES YIELD name, owningConstraint
                WHERE name IN $names AND owningConstraint IS NULL
                RETURN name""", Map.of("names", names)).list(r -> r.get(0).asString());
        for (String orphan : orphans) {
            LOG.warn("Dropping index {}: a constraint of that name was being created when the database last stopped", orphan);
            session.run("DROP INDEX $name", Map.of("name", orphan)).consume();
        }
    }

    /**
     * Waits until every index is online, logging progress every ten seconds: on a large database
     * (an initial load) building the full-text indexes takes minutes, more than a fixed timeout.
     */
    public static void awaitIndexes(Session session) {
        long lastLog = System.nanoTime();
        while (true) {
            var pending = session.run("""
                    SHOW INDEXES YIELD name, state, populationPercent WHERE state <> 'ONLINE'
                    RETURN name, state, populationPercent""").list();
            if (pending.isEmpty()) {
                return;
            }
            for (var index : pending) {
                if (index.get("state").asString().equals("FAILED")) {
                    throw new IllegalStateException("Index " + index.get("name").asString() + " failed to build; see the Neo4j debug log");
                }
            }
            if (System.nanoTime() - lastLog > 10_000_000_000L) {
                lastLog = System.nanoTime();
                LOG.info("Building indexes: {}", pending.stream().map(r -> "%s %.0f%%".formatted(r.get("name").asString(),
                        r.get("populationPercent").asDouble())).toList());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for indexes", e);
            }
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
