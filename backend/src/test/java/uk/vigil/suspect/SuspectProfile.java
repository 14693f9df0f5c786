package uk.vigil.suspect;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Value;
import org.neo4j.driver.summary.ProfiledPlan;
import uk.vigil.access.Marking;
import uk.vigil.access.RecordAccess;
import uk.vigil.access.Viewer;
import uk.vigil.database.CypherFiles;
import uk.vigil.database.BenchmarkDatabase;
import uk.vigil.database.Graph;

/**
 * PROFILEs the suspect queries for one real offence of a database (a tool, not a test; docs/suspects.md "Speed"):
 * -Dvigil.benchmark.suspectDb=<copy>/neo4j -Dqueries=suspect/candidates,suspect/details [-DmaxIds=20 -Dpasses=3 -Dshow=true].
 */
class SuspectProfile {
    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("vigil.benchmark.suspectDb"));
        BenchmarkDatabase dbms = BenchmarkDatabase.start(home, "2g");
        try (Graph graph = dbms.graph()) {
            Map<String, Object> o = graph.read(tx -> tx.run("""
                    MATCH (p:Nominal)-[:HAS_CONVICTION]->()-[:FOR_OFFENCE]->(o:Offence)
                    WHERE o.location IS NOT NULL AND o.date >= date('2015-01-01') AND o.method IS NOT NULL
                    WITH p, o ORDER BY o.id SKIP $skip LIMIT 1
                    RETURN o.date AS date, o.location AS loc""", Map.of("skip", Integer.getInteger("skip", 0))).single().asMap());
            Viewer police = new Viewer("benchmark", "cumbria-police", "POLICE", Set.of("cumbria", "lancashire"),
                    Set.of("POLICE_PRACTITIONER"), Marking.SECRET, "nobody", "benchmark", "127.0.0.1");
            Map<String, Object> params = RecordAccess.scope(police);
            params.put("place", o.get("loc"));
            params.put("radius", 2000);
            LocalDate d = (LocalDate) o.get("date");
            params.put("fromDate", d);
            params.put("toDate", d);
            params.put("intelFrom", d.minusDays(365));
            params.put("vehicleIds", List.of(""));
            params.put("deviceIds", List.of(""));
            params.put("nameIds", List.of(""));
            params.put("limit", 1500);
            params.put("addressLimit", 20000);
            for (String q : System.getProperty("queries", "suspect/candidates").split(",")) {
                for (int pass = 0; pass < Integer.getInteger("passes", 3); pass++) {
                    long t = System.nanoTime();
                    var res = graph.read(tx -> {
                        var r = tx.run("PROFILE " + CypherFiles.query(q), params);
                        List<org.neo4j.driver.Record> rows = r.list();
                        if (q.endsWith("candidates")) {
                            List<String> all = rows.get(0).get("ids").asList(Value::asString); params.put("ids", all.subList(0, Math.min(all.size(), Integer.getInteger("maxIds", 10000))));
                        }
                        return r.consume();
                    });
                    System.out.printf("%s pass %d: %.1f ms, ids %d%n", q, pass, (System.nanoTime() - t) / 1e6,
                            ((List<?>) params.getOrDefault("ids", List.of())).size());
                    if (pass == 2 && Boolean.getBoolean("show")) {
                        print(res.profile(), 0);
                    }
                }
            }
        } finally {
            dbms.shutdown();
        }
        System.exit(0);
    }

    static void print(ProfiledPlan p, int depth) {
        Object details = p.arguments().get("Details");
        System.out.printf("%s%s rows=%d hits=%d time=%s %s%n", "  ".repeat(depth), p.operatorType(), p.records(), p.dbHits(),
                p.arguments().containsKey("Time") ? p.arguments().get("Time") : "", details == null ? "" : details.toString().replace('\n', ' ').substring(0, Math.min(160, details.toString().length())));
        for (ProfiledPlan c : p.children()) {
            print(c, depth + 1);
        }
    }
}
