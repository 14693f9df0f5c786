package uk.vigil.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import uk.vigil.access.AuditSink;
import uk.vigil.access.Marking;
import uk.vigil.access.Viewer;
import uk.vigil.database.BenchmarkDatabase;
import uk.vigil.database.Graph;
import uk.vigil.database.Migrations;
import uk.vigil.generator.GeneratorOptions;
import uk.vigil.identity.DuplicateScan;
import uk.vigil.identity.IdentityService;

/**
 * Association analysis speed on an imported database (docs/network.md, "Speed"), each against a
 * naive Cypher baseline on the same database in the same run: 3-hop expansion (baseline: an
 * unbounded variable-length pattern), shortest path found and none (baseline: path-enumerating
 * variable-length match ordered by length), the hidden-associations report (baseline: every
 * two-step neighbour), and the whole duplicate scan (baseline: all pairs of nominals compared in
 * Cypher). A baseline that exceeds its time limit is reported as "> limit". Expansions are timed on
 * 100 planted owners ({@code vigil.benchmark.expansions}), each twice: the first read of a
 * neighbourhood and the second, from memory; the others on 30 ({@code vigil.benchmark.sample}).
 *
 * <pre>
 * cp -r /tmp/bench-search-db100k /tmp/assoc-db100k
 * mvn -B -q -f backend/pom.xml -Dvigil.buildDir=/tmp/assoc-bench-target test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=/tmp/assoc-bench-cp.txt -Dmdep.includeScope=test
 * java -Xmx3g -Dvigil.benchmark.sample=20 -cp /tmp/assoc-bench-target/test-classes:/tmp/assoc-bench-target/classes:$(cat /tmp/assoc-bench-cp.txt) \
 *     uk.vigil.network.NetworkBenchmark /tmp/assoc-db100k /tmp/ds100k/manifest.json
 * </pre>
 * Never point it at a database another process uses: it applies the migrations (V0007 indexes).
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "vigil.benchmark.networkDb", matches = ".+")
class NetworkBenchmark {
    private static final AuditSink NO_AUDIT = (v, e, o, out, p, d) -> { };
    private static final int SAMPLE = Integer.getInteger("vigil.benchmark.sample", 30);
    /** Owners expanded: 30 put a p95 on the second-slowest, too few for a goal stated as a p95. */
    private static final int EXPANSIONS = Integer.getInteger("vigil.benchmark.expansions", 100);
    private static final Duration BASELINE_LIMIT = Duration.ofSeconds(Integer.getInteger("vigil.benchmark.baselineSeconds", 20));

    /** Runs outside JUnit (the surefire configuration excludes the benchmark tag): args = database folder, manifest. */
    public static void main(String[] args) throws Exception {
        System.setProperty("vigil.benchmark.networkDb", args[0]);
        System.setProperty("vigil.benchmark.manifest", args[1]);
        new NetworkBenchmark().association_analysis_against_naive_cypher();
        System.exit(0);
    }

    @Test
    void association_analysis_against_naive_cypher() throws Exception {
        Path home = Path.of(System.getProperty("vigil.benchmark.networkDb"));
        JsonNode manifest = new ObjectMapper().readTree(Files.readString(Path.of(
                System.getProperty("vigil.benchmark.manifest", "/tmp/ds100k/manifest.json"))));
        BenchmarkDatabase dbms = BenchmarkDatabase.start(home, "1g");
        StringBuilder md = new StringBuilder();
        try (Graph graph = dbms.graph()) {
            Migrations.apply(graph);
            try (Session s = graph.session()) {
                s.run("CALL db.awaitIndexes(600)").consume();
            }
            List<String> areas = graph.read(tx -> tx.run("MATCH (a:Area) RETURN a.id AS id").list(r -> r.get("id").asString()));
            Viewer analyst = new Viewer("benchmark", "police", "POLICE", Set.copyOf(areas), Set.of("ANALYST"), Marking.SECRET,
                    null, "benchmark", "127.0.0.1");
            Clock clock = Clock.fixed(GeneratorOptions.DEFAULT_AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            NetworkService network = new NetworkService(graph, NO_AUDIT);
            HiddenAssociations hidden = new HiddenAssociations(graph, network, NO_AUDIT, clock);
            long nominals = graph.read(tx -> tx.run("MATCH (n:Nominal) RETURN count(n)").single().get(0).asLong());
            md.append("# Network benchmark\n\n").append(String.format(Locale.ROOT, "%,d nominals, %d cores, page cache %s, sample %d (each timed once, after %d others warmed the JIT and shared hubs; expansions: %d owners, each timed twice), baseline limit %ds%n%n",
                    nominals, Runtime.getRuntime().availableProcessors(), System.getProperty("vigil.benchmark.pageCache", "1g"), SAMPLE, SAMPLE,
                    EXPANSIONS, BASELINE_LIMIT.toSeconds()));
            md.append("| operation | ours p50 ms | ours p95 ms | naive p50 ms | naive p95 ms | ratio (p50) | notes |\n|---|---|---|---|---|---|---|\n");
            network.warmUp();

            // the first SAMPLE planted owners are measured; the next SAMPLE warm the JIT and the shared hubs
            // first (a server in use), never the measured records themselves
            List<String> owners = new ArrayList<>();
            List<String[]> linked = new ArrayList<>();
            List<String> expansionOwners = new ArrayList<>();
            for (JsonNode i : manifest.get("hiddenAssociations").get("items")) {
                if (owners.size() < 2 * SAMPLE) {
                    owners.add(i.get("owner").asText());
                    linked.add(new String[] {i.get("owner").asText(), i.get("sharer").asText()});
                }
                if (expansionOwners.size() < EXPANSIONS + SAMPLE) {
                    expansionOwners.add(i.get("owner").asText());
                }
            }
            List<String> warmOwners = owners.subList(Math.min(SAMPLE, owners.size()), owners.size());
            owners = owners.subList(0, Math.min(SAMPLE, owners.size()));
            List<String[]> warmLinked = linked.subList(Math.min(SAMPLE, linked.size()), linked.size());
            linked = linked.subList(0, Math.min(SAMPLE, linked.size()));
            Random random = new Random(7);
            List<String> all = graph.read(tx -> tx.run("MATCH (n:Nominal) RETURN n.id AS id ORDER BY n.id").list(r -> r.get("id").asString()));
            List<String[]> randomPairs = new ArrayList<>();
            for (int i = 0; i < SAMPLE * 4; i++) {
                randomPairs.add(new String[] {all.get(random.nextInt(all.size())), all.get(random.nextInt(all.size()))});
            }

            // 3-hop expansion
            NetworkRequest expand3 = new NetworkRequest(null, "PERSON", 3, LinkType.DEFAULT, Window.allTime(), 25);
            // Each owner twice: the first read of a neighbourhood comes from disk when the store is larger than
            // memory (1M: 20 GB here), the second from memory, as on a server sized to hold its graph.
            // Both are reported; the naive count runs after them, on records in memory too.
            int expansions = Math.max(0, expansionOwners.size() - SAMPLE);
            List<String> expandWarm = expansionOwners.subList(expansions, expansionOwners.size());
            List<String> expandTimed = expansionOwners.subList(0, expansions);
            Work expand = id -> network.expand(analyst, new NetworkRequest(id, "PERSON", 3, expand3.types(), expand3.window(), 25), null);
            double[] firstRead = time(expandWarm, expandTimed, expand);
            double[] ours = time(List.of(), expandTimed, expand);
            double[] naive = naive(graph, expandTimed, "MATCH (p:Person {id: $a})-[*1..3]-(m) RETURN count(DISTINCT m)", null);
            row(md, "3-hop expansion (in memory)", ours, naive, String.format(Locale.ROOT,
                    "%d owners, each expanded a second time; naive: unbounded (p)-[*1..3]-(m), no caps, no access rules", expansions));
            md.append(String.format(Locale.ROOT, "| 3-hop expansion (first read) | %.1f | %.1f | | | | the same owners' first expansion: their neighbourhoods read from disk or the OS file cache |%n",
                    firstRead[0], firstRead[1]));

            // shortest path found (planted links) and random pairs (mostly none within 6 steps without hubs)
            PathRequest one = PathRequest.of(Map.of("ids", "A,B", "k", "1"));
            double[] found = timePairs(warmLinked, linked, p -> network.paths(analyst, new PathRequest(List.of(new PathRequest.End("PERSON", p[0]),
                    new PathRequest.End("PERSON", p[1])), 1, 6, one.types(), one.window(), 25), null));
            double[] naiveFound = naivePairs(graph, linked,
                    "MATCH p = (a:Person {id: $a})-[*1..6]-(b:Person {id: $b}) RETURN length(p) AS l ORDER BY l LIMIT 1");
            row(md, "shortest path, found", found, naiveFound, "naive: path-enumerating (a)-[*1..6]-(b) ORDER BY length LIMIT 1");
            List<String[]> none = new ArrayList<>();
            List<String[]> someFound = new ArrayList<>();
            for (String[] p : randomPairs) {
                if (p[0].equals(p[1])) {
                    continue;
                }
                PathAnswer a = network.paths(analyst, new PathRequest(List.of(new PathRequest.End("PERSON", p[0]),
                        new PathRequest.End("PERSON", p[1])), 1, 6, one.types(), one.window(), 25), null);
                (a.pairs().get(0).found() ? someFound : none).add(p);
            }
            List<String[]> noneSample = none.subList(0, Math.min(SAMPLE, none.size()));
            List<String[]> warmNone = none.subList(noneSample.size(), Math.min(2 * SAMPLE, none.size()));
            double[] noneTimes = timePairs(warmNone, noneSample, p -> network.paths(analyst, new PathRequest(List.of(new PathRequest.End("PERSON", p[0]),
                    new PathRequest.End("PERSON", p[1])), 1, 6, one.types(), one.window(), 25), null));
            double[] naiveNone = naivePairs(graph, noneSample.subList(0, Math.min(5, noneSample.size())),
                    "MATCH p = (a:Person {id: $a})-[*1..6]-(b:Person {id: $b}) RETURN length(p) AS l ORDER BY l LIMIT 1");
            row(md, "shortest path, none", noneTimes, naiveNone, String.format(Locale.ROOT,
                    "random pairs: %d of %d had no path within 6 steps (hubs not walked); naive on 5 of them", none.size(),
                    none.size() + someFound.size()));

            // hidden-associations report
            double[] report = time(warmOwners, owners, id -> hidden.compute(analyst, NetworkNode.of(network.start(analyst, "PERSON", id)), 50));
            double[] naiveReport = naive(graph, owners, """
                    MATCH (x:Person {id: $a})-[]-()-[]-(y:Person) WHERE y <> x AND NOT (x)-[:ASSOCIATED_WITH]-(y)
                    RETURN y.id, count(*) ORDER BY count(*) DESC LIMIT 50""", null);
            row(md, "hidden-associations report", report, naiveReport, "naive: every two-step neighbour, no rarity, no access rules");

            // full duplicate scan
            long t0 = System.nanoTime();
            DuplicateScan scan = new IdentityService(graph, NO_AUDIT, clock).scanNow(analyst);
            double scanMs = (System.nanoTime() - t0) / 1e6;
            long n = scan.view(0).records();
            double naiveScan = naiveOnce(graph, """
                    MATCH (a:Nominal), (b:Nominal) WHERE a.id < b.id
                      AND (a.dob = b.dob OR (a.dob.year = b.dob.year AND a.dob.month = b.dob.day AND a.dob.day = b.dob.month))
                      AND (a.surname = b.surname OR a.forename = b.forename OR a.pncId = b.pncId)
                    RETURN count(*)""", BASELINE_LIMIT.multipliedBy(6));
            md.append(String.format(Locale.ROOT, "| full duplicate scan | %.0f (once) | | %s | | %s | %,d records, %,d pairs compared (%.2f x N), %d candidates; naive: all pairs in Cypher |%n",
                    scanMs, naiveScan < 0 ? "> " + BASELINE_LIMIT.multipliedBy(6).toMillis() : String.format(Locale.ROOT, "%.0f", naiveScan),
                    naiveScan < 0 ? "> " + String.format(Locale.ROOT, "%.1f", BASELINE_LIMIT.multipliedBy(6).toMillis() / scanMs) : String.format(Locale.ROOT, "%.1f", naiveScan / scanMs),
                    n, scan.comparedPairs(), (double) scan.comparedPairs() / n, scan.candidates().size()));
        } finally {
            dbms.shutdown();
        }
        System.out.println(md);
        Path out = Path.of(System.getProperty("vigil.buildDir", "target"), "network-benchmark.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString());
    }

    interface Work {
        void run(String id) throws Exception;
    }

    interface PairWork {
        void run(String[] pair) throws Exception;
    }

    /** Runs {@code warm} first, untimed (JIT, plans, shared hubs), then times each of {@code ids} once. */
    private static double[] time(List<String> warm, List<String> ids, Work work) throws Exception {
        for (String id : warm) {
            work.run(id);
        }
        List<Double> ms = new ArrayList<>();
        for (String id : ids) {
            long t = System.nanoTime();
            work.run(id);
            ms.add((System.nanoTime() - t) / 1e6);
        }
        return percentiles(ms);
    }

    private static double[] timePairs(List<String[]> warm, List<String[]> pairs, PairWork work) throws Exception {
        for (String[] p : warm) {
            work.run(p);
        }
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            keys.add(Integer.toString(i));
        }
        return time(List.of(), keys, k -> work.run(pairs.get(Integer.parseInt(k))));
    }

    /** Runs a naive query per id with a time limit; a timed-out run counts as the limit and is flagged (p95 < 0 = "> limit"). */
    private static double[] naive(Graph graph, List<String> ids, String cypher, String unused) {
        List<String[]> pairs = new ArrayList<>();
        ids.subList(0, Math.min(10, ids.size())).forEach(id -> pairs.add(new String[] {id, null}));
        return naivePairs(graph, pairs, cypher);
    }

    private static double[] naivePairs(Graph graph, List<String[]> pairs, String cypher) {
        List<Double> ms = new ArrayList<>();
        boolean over = false;
        for (String[] p : pairs.subList(0, Math.min(10, pairs.size()))) {
            Map<String, Object> params = new java.util.HashMap<>();
            params.put("a", p[0]);
            params.put("b", p[1]);
            double t = naiveRun(graph, cypher, params, BASELINE_LIMIT);
            if (t < 0) {
                over = true;
                ms.add((double) BASELINE_LIMIT.toMillis());
            } else {
                ms.add(t);
            }
        }
        double[] r = percentiles(ms);
        return over ? new double[] {r[0], r[1], 1} : r;
    }

    private static double naiveOnce(Graph graph, String cypher, Duration limit) {
        return naiveRun(graph, cypher, Map.of(), limit);
    }

    private static double naiveRun(Graph graph, String cypher, Map<String, Object> params, Duration limit) {
        long t = System.nanoTime();
        try (Session s = graph.session()) {
            s.executeRead(tx -> tx.run(cypher, params).consume(), TransactionConfig.builder().withTimeout(limit).build());
            return (System.nanoTime() - t) / 1e6;
        } catch (org.neo4j.driver.exceptions.Neo4jException e) {
            return -1;
        }
    }

    private static double[] percentiles(List<Double> ms) {
        double[] a = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (a.length == 0) {
            return new double[] {0, 0, 0};
        }
        return new double[] {a[(int) Math.floor(0.5 * (a.length - 1))], a[(int) Math.ceil(0.95 * (a.length - 1))], 0};
    }

    private static void row(StringBuilder md, String what, double[] ours, double[] naive, String notes) {
        String over = naive[2] > 0 ? "> " : "";
        md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %s%.1f | %s%.1f | %s%.1f | %s |%n", what, ours[0], ours[1], over, naive[0],
                over, naive[1], over, ours[0] == 0 ? 0 : naive[0] / ours[0], notes));
    }
}
