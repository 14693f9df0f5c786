package uk.vigil.conflict;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.neo4j.driver.Values;
import uk.vigil.database.BenchmarkDatabase;
import uk.vigil.database.Graph;
import uk.vigil.database.Migrations;
import uk.vigil.exclusionzone.Earth;
import uk.vigil.exclusionzone.InvalidZoneException;
import uk.vigil.exclusionzone.ZoneGeoJson;
import uk.vigil.exclusionzone.ZoneShape;

/**
 * Conflict speed on an imported database (a copy of the 100k search benchmark database), against a
 * naive baseline in the same run:
 * <ul>
 *   <li><b>vetting</b> one proposed address (an existing home, proposed or random address of a nominal),
 *       each timed twice, the first read and again from memory: {@link ConflictEngine#vet} against a naive check that reads every exclusion zone, every victim's
 *       home, every sensitive place and every RSO's home without indexes and tests them in Java;</li>
 *   <li><b>whole-area scan</b> of the largest area, stored ({@link ConflictEngine#scan}), three times: as the
 *       store stood, again the same day, and for the next day; after the vetting (so that a long scan at 1M
 *       does not hold the vetting numbers back);</li>
 *   <li><b>incremental update</b> after one address moves 50 m ({@link ConflictEngine#changing}) against
 *       rescanning the whole area (what one would do without knowing who is affected).</li>
 * </ul>
 * <pre>
 * cp -r /tmp/bench-search-db100k /tmp/my-db100k
 * _JAVA_OPTIONS=-Xmx4g mvn -B -f backend/pom.xml -Dvigil.buildDir=/tmp/x test -Dtest=ConflictBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dvigil.benchmark.conflictDb=/tmp/my-db100k
 * </pre>
 * Settings: {@code vigil.benchmark.vettings} (200), {@code vigil.benchmark.baselineSample} (20),
 * {@code vigil.benchmark.changes} (20), {@code vigil.benchmark.pageCache} (2g), {@code vigil.benchmark.asOf} (2026-11-01),
 * {@code vigil.benchmark.area} (default: the area with most active cases), {@code vigil.benchmark.scanNominals}
 * (default all: scan only the first N nominals of the area, by id). Prints each result as it comes.
 * Writes {@code conflict-benchmark.md} in the build directory.
 */
@Tag("benchmark")
class ConflictBenchmark {

    @Test
    @EnabledIfSystemProperty(named = "vigil.benchmark.conflictDb", matches = ".+")
    void conflicts_against_a_naive_scan() throws Exception {
        main(new String[] {System.getProperty("vigil.benchmark.conflictDb")});
    }

    public static void main(String[] args) throws Exception {
        // the surefire configuration excludes the benchmark tag: run it from main with the test classpath
        // (mvn dependency:build-classpath -Dmdep.includeScope=test), e.g.
        // java -Xmx3g -cp "$BUILD/test-classes:$BUILD/classes:$(cat cp.txt)" uk.vigil.conflict.ConflictBenchmark /tmp/my-db100k
        Path home = Path.of(args[0]).toAbsolutePath();
        int vettings = Integer.getInteger("vigil.benchmark.vettings", 200);
        int baselineSample = Integer.getInteger("vigil.benchmark.baselineSample", 20);
        int changes = Integer.getInteger("vigil.benchmark.changes", 20);
        LocalDate asOf = LocalDate.parse(System.getProperty("vigil.benchmark.asOf", "2026-11-01"));
        BenchmarkDatabase dbms = BenchmarkDatabase.start(home, "2g");
        StringBuilder md = new StringBuilder("# Conflict benchmark\n\n");
        try (Graph graph = dbms.graph()) {
            Migrations.apply(graph);
            Clock clock = Clock.fixed(asOf.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            ConflictEngine engine = new ConflictEngine(graph, clock, ConflictSettings.defaults());
            Map<String, Object> counts = graph.read(tx -> tx.run("""
                    CALL () { MATCH (n:Nominal) RETURN count(n) AS nominals }
                    CALL () { MATCH (z:ExclusionZone) RETURN count(z) AS zones }
                    CALL () { MATCH (a:Address) RETURN count(a) AS addresses }
                    CALL () { MATCH (s:SensitivePlace) RETURN count(s) AS places }
                    CALL () { MATCH (v:Victim) RETURN count(v) AS victims }
                    RETURN nominals, zones, addresses, places, victims""").single().asMap());
            line(md, "- database: %s; %s; %d processors, heap %.1f GB; as of %s", home, counts,
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1e9, asOf);

            // the area: the one with most active cases unless given
            String area = System.getProperty("vigil.benchmark.area", "").isBlank() ? graph.read(tx -> tx.run("""
                    MATCH (c:MappaCase {status: 'ACTIVE'}) RETURN c.area AS area, count(*) AS n ORDER BY n DESC LIMIT 1""")
                    .single().get("area").asString()) : System.getProperty("vigil.benchmark.area");
            // vetting
            Random random = new Random(42);
            List<String[]> pairs = graph.read(tx -> tx.run("""
                    MATCH (n:Nominal)-[:HAS_CASE]->(:MappaCase {status: 'ACTIVE'})
                    WITH n ORDER BY n.id
                    MATCH (n)-[:LIVES_AT|PROPOSED_ADDRESS]->(a:Address) WHERE a.location IS NOT NULL
                    RETURN n.id AS n, a.id AS a, a.location.latitude AS lat, a.location.longitude AS lng""")
                    .list(r -> new String[] {r.get("n").asString(), r.get("a").asString(), Double.toString(r.get("lat").asDouble()),
                            Double.toString(r.get("lng").asDouble())}));
            List<String[]> sample = new ArrayList<>();
            for (int i = 0; i < vettings; i++) {
                sample.add(pairs.get(random.nextInt(pairs.size())));
            }
            for (int i = 0; i < 20; i++) {
                vet(engine, sample.get(i), asOf);
            }
            // each address vetted twice: the first read comes partly from disk (at 1M the store is far larger
            // than the page cache), the second from memory, as on a server sized to hold its graph
            long[] ours = new long[sample.size()];
            long[] again = new long[sample.size()];
            int found = 0;
            for (int i = 0; i < sample.size(); i++) {
                long s = System.nanoTime();
                found += vet(engine, sample.get(i), asOf);
                ours[i] = System.nanoTime() - s;
            }
            for (int i = 0; i < sample.size(); i++) {
                long s = System.nanoTime();
                vet(engine, sample.get(i), asOf);
                again[i] = System.nanoTime() - s;
            }
            System.out.printf("vetting: first read p50 %.1f p95 %.1f ms; again p50 %.1f p95 %.1f ms%n",
                    pct(ours, 50), pct(ours, 95), pct(again, 50), pct(again, 95));
            naive(graph, sample.get(0), asOf, engine.settings()); // warm-up
            long[] naive = new long[Math.min(baselineSample, sample.size())];
            int naiveFound = 0;
            int oursOnSample = 0;
            for (int i = 0; i < naive.length; i++) {
                long s = System.nanoTime();
                naiveFound += naive(graph, sample.get(i), asOf, engine.settings());
                naive[i] = System.nanoTime() - s;
                oursOnSample += (int) engine.vet(sample.get(i)[0], address(sample.get(i)), asOf).stream()
                        .filter(f -> f.rule() == ConflictRule.EXCLUSION_ZONE || (f.rule() == ConflictRule.VICTIM_PROXIMITY
                                && f.involves().stream().anyMatch(x -> x.role().equals("VICTIM")))).count();
            }
            line(md, "\n## Vetting one address\n| | runs | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|");
            line(md, "| Vigil (point index + JTS), first read | %d | %.1f | %.1f | %.1f |", ours.length, pct(ours, 50), pct(ours, 95),
                    pct(ours, 100));
            line(md, "| Vigil, the same addresses again (in memory) | %d | %.1f | %.1f | %.1f |", again.length, pct(again, 50),
                    pct(again, 95), pct(again, 100));
            line(md, "| naive (every zone, victim, place, RSO home) | %d | %.1f | %.1f | %.1f |", naive.length, pct(naive, 50),
                    pct(naive, 95), pct(naive, 100));
            line(md, "\nratio to the first read p50 %.0fx, p95 %.0fx; in memory p50 %.0fx, p95 %.0fx (the naive scan reads "
                            + "everything each time); zone and victim conflicts on the baseline sample: Vigil %d, "
                            + "naive %d (must be equal); %d conflicts over all %d vettings",
                    pct(naive, 50) / pct(ours, 50), pct(naive, 95) / pct(ours, 95), pct(naive, 50) / pct(again, 50),
                    pct(naive, 95) / pct(again, 95), oursOnSample, naiveFound, found, ours.length);

            // whole-area scan of the largest area (stored); vigil.benchmark.scanNominals scans only the
            // first N of its nominals (at 1M an area holds 500,000: the rate is what is wanted)
            List<String> all = engine.areaNominals(area);
            List<String> nominals = all.subList(0, Math.min(all.size(), Integer.getInteger("vigil.benchmark.scanNominals", all.size())));
            engine.find(nominals.subList(0, Math.min(500, nominals.size())), asOf); // warm-up
            // three scans: as the store stands (the first run on a new load stores every conflict), again the
            // same day (what changed is written; nothing did), and for the next day (dates move on: children age)
            double scanSeconds = 0;
            line(md, "\n## Whole-area scan\n%s: %,d nominals with an active case%s (ConflictEngine.scan, stored)\n\n"
                    + "| scan | conflicts open | resolved | seconds | ms per nominal |\n|---|---|---|---|---|",
                    area, nominals.size(), nominals.size() < all.size() ? String.format(Locale.ROOT, " (the first %,d of %,d)", nominals.size(), all.size()) : "");
            for (int pass = 0; pass < 3; pass++) {
                LocalDate on = pass == 2 ? asOf.plusDays(1) : asOf;
                long t = System.nanoTime();
                Recompute scan = engine.scan(nominals, on, done -> { });
                if (nominals.size() == all.size()) {
                    engine.finishScan(area, nominals, on);
                }
                double seconds = (System.nanoTime() - t) / 1e9;
                scanSeconds = pass == 1 ? seconds : scanSeconds;
                line(md, "| %s | %,d | %,d | **%.1f** | %.2f |", List.of("as stored before", "again, same day", "the next day").get(pass),
                        scan.found(), scan.resolved(), seconds, seconds * 1000 / Math.max(1, nominals.size()));
            }
            if (nominals.size() < all.size()) {
                // only part of the area was scanned: its next-day conflicts back to the benchmark's date
                engine.scan(nominals, asOf, done -> { });
            }

            // incremental update after one address change
            List<String> moved = graph.read(tx -> tx.run("""
                    MATCH (n:Nominal)-[:HAS_CASE]->(:MappaCase {status: 'ACTIVE', area: $area})
                    MATCH (n)-[:LIVES_AT]->(a:Address {kind: 'PRIVATE'}) RETURN DISTINCT a.id AS id ORDER BY id LIMIT 2000""",
                    Map.of("area", area)).list(r -> r.get("id").asString()));
            // each change twice, once per way of finding rule 5's nearby RSOs (facts.cypher's point-index
            // expansion per nominal, or RsoHomes read once per recompute), alternating which goes first
            int n = Math.min(changes, moved.size());
            long[][] inc = new long[2][n];
            long[] recomputeMillis = new long[2];
            int affected = 0;
            int most = 0;
            for (int i = 0; i < n; i++) {
                String id = moved.get(random.nextInt(moved.size()));
                for (int k = 0; k < 2; k++) {
                    int mode = (i + k) % 2;
                    engine.rsoHomesAbove(mode == 0 ? ConflictEngine.BATCH : 0);
                    long s = System.nanoTime();
                    ConflictEngine.Changed<Void> c = engine.changing(Changes.address(id), () -> move(graph, id, 0.00045));
                    inc[mode][i] = System.nanoTime() - s;
                    recomputeMillis[mode] += c.recompute().millis();
                    if (mode == 0) {
                        affected += c.nominals().size();
                        most = Math.max(most, c.nominals().size());
                    }
                    engine.changing(Changes.address(id), () -> move(graph, id, -0.00045)); // back, not timed
                }
            }
            engine.rsoHomesAbove(ConflictEngine.BATCH);
            line(md, "\n## Incremental update after one address moves 50 m (ConflictEngine.changing: before and after)\n"
                    + "%d changes, %.1f nominals recomputed on average (at most %d); against rescanning the area (%.1f s): %.0fx at p50",
                    n, (double) affected / Math.max(1, n), most, scanSeconds, scanSeconds * 1000 / pct(inc[0], 50));
            line(md, "\n| rule 5's RSOs from | p50 ms | p95 ms | mean ms in recompute |\n|---|---|---|---|");
            for (int mode = 0; mode < 2; mode++) {
                line(md, "| %s | **%.0f** | %.0f | %.0f |", mode == 0 ? "facts.cypher (point index)" : "RsoHomes (STR-tree)",
                        pct(inc[mode], 50), pct(inc[mode], 95), (double) recomputeMillis[mode] / Math.max(1, n));
            }
        } finally {
            dbms.shutdown();
        }
        Path out = buildDir().resolve("conflict-benchmark.md");
        Files.writeString(out, md);
        System.out.println("Written to " + out);
    }

    private static Void move(Graph graph, String id, double dLat) {
        graph.write(tx -> tx.run("""
                MATCH (a:Address {id: $id})
                SET a.location = point({latitude: a.location.latitude + $dLat, longitude: a.location.longitude})""",
                Map.of("id", id, "dLat", dLat)).consume());
        return null;
    }

    private static int vet(ConflictEngine engine, String[] pair, LocalDate asOf) {
        return engine.vet(pair[0], address(pair), asOf).size();
    }

    private static Map<String, Object> address(String[] pair) {
        double lat = Double.parseDouble(pair[2]);
        double lng = Double.parseDouble(pair[3]);
        Map<String, Object> a = new HashMap<>();
        a.put("id", pair[1]);
        a.put("relation", "VETTING");
        a.put("lat", lat);
        a.put("lng", lng);
        a.put("kind", "PRIVATE");
        a.put("point", Values.point(4326, lng, lat));
        return a;
    }

    /**
     * The naive check: every zone, every victim's current home, every sensitive place read without an
     * index and tested in Java, keeping those of this nominal (zones, victims) or near the address.
     */
    private static int naive(Graph graph, String[] pair, LocalDate asOf, ConflictSettings settings) {
        String nominal = pair[0];
        double lat = Double.parseDouble(pair[2]);
        double lng = Double.parseDouble(pair[3]);
        int found = 0;
        List<Map<String, Object>> zones = graph.read(tx -> tx.run("""
                MATCH (n:Person)-[:SUBJECT_OF]->(:Order)-[:HAS_CONDITION]->(c:Condition)-[:HAS_ZONE]->(z:ExclusionZone)
                WHERE z.from <= $asOf AND (z.to IS NULL OR z.to >= $asOf)
                RETURN n.id AS owner, z.geometry AS geometry, z.radiusM AS radiusM""", Map.of("asOf", asOf)).list(r -> r.asMap()));
        for (Map<String, Object> z : zones) {
            try {
                ZoneShape shape = ZoneGeoJson.stored((String) z.get("geometry"), (Long) z.get("radiusM"));
                if (shape.covers(lat, lng) && nominal.equals(z.get("owner"))) {
                    found++;
                }
            } catch (InvalidZoneException e) {
                // skipped, as the engine does
            }
        }
        List<Map<String, Object>> victims = graph.read(tx -> tx.run("""
                MATCH (o:Person)-[:HAS_CONVICTION]->(:Conviction)-[:FOR_OFFENCE]->(:Offence)-[:AGAINST]->(v:Person)-[l:LIVES_AT]->(a:Address)
                WHERE l.from <= $asOf AND (l.to IS NULL OR l.to >= $asOf)
                RETURN o.id AS offender, v.id AS victim, a.location.latitude AS lat, a.location.longitude AS lng""",
                Map.of("asOf", asOf)).list(r -> r.asMap()));
        java.util.Set<Object> near = new java.util.HashSet<>();
        for (Map<String, Object> v : victims) {
            if (v.get("lat") != null && Earth.distanceM(lat, lng, (Double) v.get("lat"), (Double) v.get("lng")) <= settings.victimDistanceM()
                    && nominal.equals(v.get("offender"))) {
                near.add(v.get("victim"));
            }
        }
        found += near.size();
        List<Map<String, Object>> places = graph.read(tx -> tx.run("""
                MATCH (s:SensitivePlace) RETURN s.id AS id, s.location.latitude AS lat, s.location.longitude AS lng""")
                .list(r -> r.asMap()));
        int placesNear = 0; // the read and the distances are the cost measured; conditions are not checked here
        for (Map<String, Object> p : places) {
            if (Earth.distanceM(lat, lng, (Double) p.get("lat"), (Double) p.get("lng")) <= settings.sensitiveDistanceM()) {
                placesNear++;
            }
        }
        List<Map<String, Object>> homes = graph.read(tx -> tx.run("""
                MATCH (o:Nominal)-[l:LIVES_AT]->(a:Address)
                WHERE l.from <= $asOf AND (l.to IS NULL OR l.to >= $asOf) AND a.location IS NOT NULL
                  AND EXISTS { (o)-[:HAS_CASE]->(:MappaCase {status: 'ACTIVE', category: 1}) }
                RETURN o.id AS id, a.location.latitude AS lat, a.location.longitude AS lng""", Map.of("asOf", asOf))
                .list(r -> r.asMap()));
        int rsos = 0;
        for (Map<String, Object> h : homes) {
            if (!nominal.equals(h.get("id"))
                    && Earth.distanceM(lat, lng, (Double) h.get("lat"), (Double) h.get("lng")) <= settings.concentrationRadiusM()) {
                rsos++;
            }
        }
        return found; // zone and victim conflicts; placesNear and rsos were measured, not counted
    }

    private static double pct(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int i = Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1));
        return sorted[i] / 1e6;
    }

    private static void line(StringBuilder md, String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        md.append(text).append('\n');
        System.out.println(text); // as it goes: a 1M run takes long
    }

    private static Path buildDir() {
        try {
            return Path.of(ConflictBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("target");
        }
    }
}
