package uk.vigil.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Value;
import uk.vigil.database.Graph;

/**
 * Every node and relationship of the graph (migration records aside) as sorted text lines with
 * sorted properties, so two graphs can be compared for exact equality.
 */
final class GraphSnapshot {
    private GraphSnapshot() {
    }

    static List<String> of(Graph graph) {
        return graph.read(tx -> {
            List<String> lines = new ArrayList<>();
            tx.run("MATCH (n) WHERE NOT n:__Migration RETURN labels(n) AS labels, properties(n) AS props").forEachRemaining(r -> lines.add(
                    "node " + r.get("labels").asList(Value::asString).stream().sorted().toList() + " " + props(r.get("props"))));
            tx.run("""
                    MATCH (a)-[r]->(b) WHERE NOT a:__Migration
                    RETURN labels(a) AS al, a.id AS a, type(r) AS type, labels(b) AS bl, b.id AS b,
                           properties(r) AS props""").forEachRemaining(r -> lines.add("rel " + node(r.get("al"), r.get("a"))
                    + " -" + r.get("type").asString() + "-> " + node(r.get("bl"), r.get("b")) + " " + props(r.get("props"))));
            lines.sort(null);
            return lines;
        });
    }

    private static String node(Value labels, Value id) {
        return labels.asList(Value::asString).stream().sorted().toList() + ":" + id.asString();
    }

    private static String props(Value value) {
        Map<String, Object> sorted = new TreeMap<>();
        value.asMap(v -> String.valueOf(v.asObject())).forEach(sorted::put);
        return sorted.toString();
    }
}
