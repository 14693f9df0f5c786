package uk.vigil.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.neo4j.driver.summary.Plan;
import uk.vigil.database.CypherFiles;
import uk.vigil.testing.TestGraph;

/**
 * Append throughput and query cost, printed for docs/audit.md. Opt-in, as it takes minutes:
 * {@code VIGIL_BENCHMARK=true mvn ... -Dit.test=AuditBenchmarkIT}.
 */
@EnabledIfEnvironmentVariable(named = "VIGIL_BENCHMARK", matches = "true")
class AuditBenchmarkIT {
    static final int APPENDS = 2_000;
    static final int SYNTHETIC = 200_000;

    @BeforeEach
    void emptyAudit() {
        TestGraph.clear();
    }

    @Test
    void append_rate_with_one_and_four_threads() throws Exception {
        AuditTrail trail = new AuditTrail(TestGraph.graph(), CanonicalTest.KEY);
        appends(trail, 1, 200); // warm-up: JIT, page cache, query plans
        TestGraph.clear();
        for (int threads : new int[] {1, 4, 1, 4}) {
            TestGraph.clear();
            long start = System.nanoTime();
            long[] latencies = appends(trail, threads, APPENDS / threads);
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(latencies);
            System.out.printf("AUDIT-BENCH appends threads=%d n=%d rate=%.0f/s p50=%.2fms p99=%.2fms max=%.2fms%n",
                    threads, latencies.length, latencies.length / seconds, latencies[latencies.length / 2] / 1e6,
                    latencies[(int) (latencies.length * 0.99)] / 1e6, latencies[latencies.length - 1] / 1e6);
            long t = System.nanoTime();
            VerificationResult result = new AuditVerifier(TestGraph.graph(), CanonicalTest.KEY).verify();
            System.out.printf("AUDIT-BENCH verify n=%d %.0fms%n", result.checked(), (System.nanoTime() - t) / 1e6);
            assertThat(result.valid()).isTrue();
        }
    }

    private static long[] appends(AuditTrail trail, int threads, int each) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<long[]>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            AuditActor actor = new AuditActor("user" + t, "Police", Set.of("OFFICER"), "s" + t, "10.0.0." + t);
            futures.add(pool.submit(() -> {
                long[] latencies = new long[each];
                for (int i = 0; i < each; i++) {
                    long start = System.nanoTime();
                    trail.append(actor, AuditEventType.VIEW_PERSON, List.of(AuditObject.person("N" + (i % 500))),
                            AuditOutcome.OK, "case review", Map.of("page", "profile"));
                    latencies[i] = System.nanoTime() - start;
                }
                return latencies;
            }));
        }
        long[] all = new long[0];
        for (Future<long[]> f : futures) {
            long[] part = f.get();
            long[] merged = Arrays.copyOf(all, all.length + part.length);
            System.arraycopy(part, 0, merged, all.length, part.length);
            all = merged;
        }
        pool.shutdown();
        return all;
    }

    @Test
    void auditor_queries_on_a_large_trail() {
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        // Synthetic records (not a valid chain: this measures look-ups, not hashing), 10k people,
        // 50 users, mostly VIEW_PERSON; each record touches one person, one in ten a case as well.
        for (int from = 0; from < SYNTHETIC; from += 10_000) {
            int batchStart = from;
            TestGraph.graph().write(tx -> tx.run("""
                    UNWIND range($from, $from + 9999) AS i
                    WITH i, ['VIEW_PERSON','VIEW_PERSON','VIEW_PERSON','SEARCH','LIST','NETWORK_QUERY','VIEW_CASE','EXPORT'][i % 8] AS event
                    CREATE (r:AuditRecord {seq: i + 1, at: $start + duration({seconds: i * 30}), user: 'user' + (i % 50),
                            agency: 'Police', roles: ['OFFICER'], session: 's' + (i % 500), ip: '10.0.0.1', event: event,
                            objects: ['PERSON:N' + ((i * 7919) % 10000)] + CASE WHEN i % 10 = 0 THEN ['CASE:C' + (i % 3000)] ELSE [] END,
                            outcome: 'OK', detail: '{}', prevHash: '', hash: ''})
                    SET r.objectsText = '|' + reduce(s = '', k IN r.objects | s + k + '|')
                    WITH r UNWIND r.objects AS key
                    MERGE (o:AuditObject {key: key})
                    CREATE (r)-[:TOUCHED]->(o)""", Map.of("from", batchStart, "start", start.atZone(ZoneOffset.UTC))).consume());
        }
        schema("CREATE TEXT INDEX bench_objects_text IF NOT EXISTS FOR (r:AuditRecord) ON (r.objectsText)");
        schema("CALL db.awaitIndexes(300)");
        schema("CALL db.resampleOutdatedIndexes()");
        try {
            Map<String, Object> base = new java.util.HashMap<>();
            base.put("user", null);
            base.put("event", null);
            base.put("from", null);
            base.put("to", null);
            base.put("skip", 0L);
            base.put("limit", 51L);
            time("by-object via TOUCHED (chosen)", CypherFiles.query("audit/by-object"), with(base, "object", "PERSON:N4242"));
            time("by-object via list property IN", """
                    MATCH (r:AuditRecord) WHERE $object IN r.objects
                    RETURN r ORDER BY r.seq DESC SKIP $skip LIMIT $limit""", with(base, "object", "PERSON:N4242"));
            time("by-object via text index CONTAINS", """
                    MATCH (r:AuditRecord) WHERE r.objectsText CONTAINS '|' + $object + '|'
                    RETURN r ORDER BY r.seq DESC SKIP $skip LIMIT $limit""", with(base, "object", "PERSON:N4242"));
            time("by-user (user, seq) index", CypherFiles.query("audit/by-user"), with(base, "user", "user7"));
            Map<String, Object> userAndEvent = with(base, "user", "user7");
            userAndEvent.put("event", "EXPORT");
            time("by-user + event", CypherFiles.query("audit/by-user"), userAndEvent);
            time("by-event (event, seq) index", CypherFiles.query("audit/by-event"), with(base, "event", "VIEW_PERSON"));
            Map<String, Object> day = with(base, "from", start.plus(Duration.ofDays(30)).atZone(ZoneOffset.UTC));
            day.put("to", start.plus(Duration.ofDays(31)).atZone(ZoneOffset.UTC));
            Map<String, Object> eventInDay = with(day, "event", "EXPORT");
            time("by-event + one day", CypherFiles.query("audit/by-event"), eventInDay);
            time("by-time one day", CypherFiles.query("audit/by-time"), day);
            time("newest", CypherFiles.query("audit/newest"), base);
            time("newest page 100", CypherFiles.query("audit/newest"), with(base, "skip", 5_000L));
        } finally {
            schema("DROP INDEX bench_objects_text IF EXISTS");
        }
    }

    private static void schema(String statement) {
        try (var session = TestGraph.graph().session()) { // schema and procedures: implicit transactions
            session.run(statement).consume();
        }
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> m = new java.util.HashMap<>(base);
        m.put(key, value);
        return m;
    }

    private static void time(String name, String cypher, Map<String, Object> params) {
        Supplier<Integer> run = () -> TestGraph.graph().read(tx -> tx.run(cypher, params).list().size());
        for (int i = 0; i < 3; i++) {
            run.get(); // warm
        }
        int n = 10;
        long start = System.nanoTime();
        int rows = 0;
        for (int i = 0; i < n; i++) {
            rows = run.get();
        }
        double ms = (System.nanoTime() - start) / 1e6 / n;
        var profile = TestGraph.graph().read(tx -> tx.run("PROFILE " + cypher, params).consume().profile());
        System.out.printf("AUDIT-BENCH query %-36s rows=%d %.2fms dbHits=%d plan=%s%n", name, rows, ms, dbHits(profile),
                operators(profile));
    }

    private static long dbHits(org.neo4j.driver.summary.ProfiledPlan plan) {
        return plan.dbHits() + plan.children().stream().mapToLong(AuditBenchmarkIT::dbHits).sum();
    }

    private static String operators(Plan plan) {
        String own = plan.operatorType().replace("@neo4j", "");
        return plan.children().isEmpty() ? own : own + "<" + String.join(",", plan.children().stream().map(AuditBenchmarkIT::operators).toList()) + ">";
    }
}
