package uk.vigil.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.neo4j.configuration.GraphDatabaseSettings;
import uk.vigil.access.AuditSink;
import uk.vigil.access.Marking;
import uk.vigil.access.Viewer;
import uk.vigil.database.BenchmarkDatabase;
import uk.vigil.database.Graph;

/**
 * Where a 3-hop expansion spends its time (a tool, not a test; docs/network.md "Speed"): expands the
 * manifest's hidden-association owners with Neo4j's query log on, then sums the logged time of each
 * query kind. Args: DBMS home (a copy), manifest; -Dsample=10.
 */
class ExpansionProfile {
    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        JsonNode manifest = new ObjectMapper().readTree(Files.readString(Path.of(args[1])));
        int sample = Integer.getInteger("sample", 10);
        BenchmarkDatabase dbms = BenchmarkDatabase.start(home, "2g", b -> b
                .setConfig(GraphDatabaseSettings.log_queries, GraphDatabaseSettings.LogQueryLevel.INFO)
                .setConfig(GraphDatabaseSettings.log_queries_threshold, Duration.ZERO)
                .setConfig(GraphDatabaseSettings.log_queries_parameter_logging_enabled, false));
        try (Graph graph = dbms.graph()) {
            List<String> areas = graph.read(tx -> tx.run("MATCH (a:Area) RETURN a.id AS id").list(r -> r.get("id").asString()));
            Viewer analyst = new Viewer("benchmark", "police", "POLICE", Set.copyOf(areas), Set.of("ANALYST"), Marking.SECRET,
                    null, "benchmark", "127.0.0.1");
            AuditSink none = (v, e, o, out, p, d) -> { };
            NetworkService network = new NetworkService(graph, none);
            network.warmUp();
            List<String> owners = new ArrayList<>();
            for (JsonNode i : manifest.get("hiddenAssociations").get("items")) {
                if (owners.size() < sample) {
                    owners.add(i.get("owner").asText());
                }
            }
            for (int pass = 0; pass < 2; pass++) {
                for (String id : owners) {
                    long t = System.nanoTime();
                    Network n = network.expand(analyst, new NetworkRequest(id, "PERSON", 3, LinkType.DEFAULT, Window.allTime(), 25), null);
                    System.out.printf("pass %d %s: %d ms, %d nodes, %d edges, %d groups, truncated %s%n", pass, id,
                            (System.nanoTime() - t) / 1_000_000, n.nodes().size(), n.edges().size(), n.groups().size(), n.truncated());
                }
            }
        } finally {
            dbms.shutdown();
        }
        System.out.println("query log: " + home.resolve("logs/query.log"));
    }
}
