package uk.vigil.area;

import java.util.List;
import uk.vigil.database.CypherFiles;
import uk.vigil.database.Graph;

/** MAPPA areas (reference data: not person-identifying, so not audited). */
public final class AreaService {
    private final Graph graph;

    public AreaService(Graph graph) {
        this.graph = graph;
    }

    public List<Area> list() {
        return graph.read(tx -> tx.run(CypherFiles.query("area/list")).list(
                r -> new Area(r.get("id").asString(), r.get("name").asString())));
    }

    public record Area(String id, String name) {
    }
}
