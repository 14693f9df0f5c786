package uk.vigil.conflict;

import java.nio.file.Path;
import java.time.*;
import java.util.*;
import org.neo4j.driver.summary.ProfiledPlan;
import uk.vigil.database.*;

/**
 * Where a vetting spends its time (a tool, not a test; docs/geo.md "1,000,000 nominals"): vets 60 active
 * nominals' homes twice, prints the second pass, then PROFILEs {@code conflict/facts} for the slowest and
 * prints the operators above 1,000 db hits. Args: DBMS home (a copy; nothing is written).
 */
class VetProfile {
    public static void main(String[] a) throws Exception {
        BenchmarkDatabase dbms = BenchmarkDatabase.start(Path.of(a[0]), "2g");
        LocalDate asOf = LocalDate.parse("2026-11-01");
        try (Graph graph = dbms.graph()) {
            Clock clock = Clock.fixed(asOf.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            ConflictEngine engine = new ConflictEngine(graph, clock, ConflictSettings.defaults());
            List<Map<String, Object>> homes = graph.read(tx -> tx.run("""
                    MATCH (n:Nominal)-[:HAS_CASE]->(:MappaCase {status: 'ACTIVE'})
                    WITH n SKIP 1000 LIMIT 60
                    MATCH (n)-[:LIVES_AT]->(a:Address) WHERE a.location IS NOT NULL
                    RETURN n.id AS n, a.id AS id, a.location.latitude AS lat, a.location.longitude AS lng, a.kind AS kind LIMIT 60""").list(r -> r.asMap()));
            String worstN = null; Map<String, Object> worstA = null; long worst = -1;
            List<Long> ms = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                ms.clear();
                for (Map<String, Object> h : homes) {
                    Map<String, Object> addr = new HashMap<>();
                    addr.put("id", h.get("id")); addr.put("relation", "VETTING"); addr.put("lat", h.get("lat")); addr.put("lng", h.get("lng"));
                    addr.put("kind", h.get("kind"));
                    addr.put("point", org.neo4j.driver.Values.point(4326, (Double) h.get("lng"), (Double) h.get("lat")));
                    long t = System.nanoTime();
                    int found = engine.vet((String) h.get("n"), addr, asOf).size();
                    long took = (System.nanoTime() - t) / 1_000_000;
                    ms.add(took);
                    if (round == 1 && took > worst) { worst = took; worstN = (String) h.get("n"); worstA = addr; }
                    if (round == 1) System.out.printf("%s %d ms, %d findings%n", h.get("n"), took, found);
                }
                List<Long> s = new ArrayList<>(ms); Collections.sort(s);
                System.out.printf("round %d p50 %d p95 %d%n", round, s.get(s.size() / 2), s.get((int) Math.ceil(s.size() * 0.95) - 1));
            }
            Map<String, Object> p = engine.factsParams(List.of(worstN), asOf, List.of(worstA), true, false);
            try (var s = graph.session()) {
                print(s.run("PROFILE " + CypherFiles.query("conflict/facts"), p).consume().profile(), 0);
            }
        } finally {
            dbms.shutdown();
        }
    }

    static void print(ProfiledPlan pl, int depth) {
        String d = String.valueOf(pl.arguments().get("Details")).replace('\n', ' ');
        if (pl.dbHits() > 1000 || depth < 3) System.out.printf("%s%s rows=%d hits=%d %s%n", "  ".repeat(depth), pl.operatorType(), pl.records(), pl.dbHits(), d.substring(0, Math.min(150, d.length())));
        for (ProfiledPlan c : pl.children()) print(c, depth + 1);
    }
}
