package uk.vigil.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads Cypher fixture files from test resources into the shared test graph. */
public final class Fixtures {
    private Fixtures() {
    }

    public static void load(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            TestGraph.graph().write(tx -> tx.run(text).consume());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
