package uk.vigil.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Loads Cypher fixture files from test resources into the shared test graph. */
public final class Fixtures {
    private Fixtures() {
    }

    /** Loads a fixture; records it leaves unmarked become OFFICIAL (fixtures mark what a test is about). */
    public static void load(String name) {
        String text = resource("/fixtures/" + name);
        TestGraph.graph().write(tx -> tx.run(text).consume());
        TestGraph.graph().write(tx -> tx.run("MATCH (n) WHERE n.marking IS NULL AND NOT n:__Migration"
                + " AND NOT n:User AND NOT n:SignInGuard SET n.marking = 'OFFICIAL'").consume());
        TestGraph.graph().write(tx -> tx.run("MATCH ()-[r]->() WHERE r.marking IS NULL SET r.marking = 'OFFICIAL'")
                .consume());
        markRsos();
    }

    /**
     * Sets rule 5's marks (:Rso, :RsoAddress; migration V0013) for every person, with the importer's
     * own statement: fixtures write the graph directly, where the importer would keep the marks.
     */
    public static void markRsos() {
        String marks = resource("/cypher/import/rso-marks.cypher");
        TestGraph.graph().write(tx -> tx.run(marks, Map.of("persons",
                tx.run("MATCH (p:Person) RETURN collect(p.id) AS ids").single().get("ids").asList())).consume());
    }

    private static String resource(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
