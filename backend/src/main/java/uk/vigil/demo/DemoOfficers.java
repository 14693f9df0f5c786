package uk.vigil.demo;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import uk.vigil.database.CypherFiles;
import uk.vigil.database.Graph;

/** Links the published demo accounts to practitioners of the generated demo area. */
public final class DemoOfficers {
    /** Demo username -> the officer roles (generator's vocabulary) it may stand for. */
    private static final Map<String, List<String>> ROLES = Map.of(
            "demo.om", List.of("OFFENDER_MANAGER"),
            "demo.police", List.of("POLICE_OFFENDER_MANAGER"),
            "demo.prison", List.of("PRISON_OFFENDER_MANAGER"),
            "demo.vlo", List.of("VICTIM_LIAISON_OFFICER"),
            "demo.chair", List.of("MAPPA_CHAIR"),
            "demo.dtc", List.of("PRACTITIONER"),
            "demo.analyst", List.of("ANALYST"));

    private DemoOfficers() {
    }

    public static void link(Graph graph, Consumer<String> progress) {
        ROLES.forEach((username, roles) -> graph.write(tx -> {
            var rows = tx.run(CypherFiles.query("demo/link-officer"),
                    Map.of("username", username, "officerRoles", roles)).list();
            rows.forEach(r -> progress.accept("Demo account " + username + " acts as officer "
                    + r.get("officerId").asString()));
            return rows.size();
        }));
    }
}
