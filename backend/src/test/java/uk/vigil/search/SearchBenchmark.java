package uk.vigil.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ProfiledPlan;
import org.neo4j.driver.summary.ResultSummary;
import uk.vigil.access.AuditSink;
import uk.vigil.access.Marking;
import uk.vigil.access.RecordAccess;
import uk.vigil.access.Viewer;
import uk.vigil.database.CypherFiles;
import uk.vigil.database.BenchmarkDatabase;
import uk.vigil.database.Graph;
import uk.vigil.database.Migrations;
import uk.vigil.importer.ImportOptions;
import uk.vigil.importer.ImportReport;
import uk.vigil.importer.Importer;

/**
 * Search latency and throughput on a generated dataset, against a naive Cypher scan on the same
 * database in the same run. Not part of the default tests (it needs a dataset and takes a while).
 *
 * <ol>
 *   <li>Imports the dataset folder (with its {@code manifest.json}, docs/generator.md) into an on-disk
 *       database kept in {@code vigil.benchmark.searchDb}; when that folder already holds a database this
 *       benchmark imported, the import is skipped (a rerun of the queries takes minutes, not an hour).</li>
 *   <li>Drops the full-text indexes of V0006 and creates them again from the migration's own statements:
 *       the person-name index alone, then the others, each timed until {@code db.awaitIndexes} returns.</li>
 *   <li>Four query sets: <b>name</b> (manifest MISSPELLING, NICKNAME, PHONETIC, ALIAS), <b>plate</b>
 *       (PARTIAL_PLATE, PLATE_CONFUSION), <b>phone</b> (PHONE_FORMAT), each topped up to
 *       {@code vigil.benchmark.minQueries} with queries of the same kinds made from records sampled from the
 *       database (the manifest lists at most 60 per kind), and <b>text</b> (two lower-case words of one
 *       intelligence text or nominal description).</li>
 *   <li>Each set through {@link SearchService#search} as an analyst of every area in the database: one
 *       warm-up pass, then {@code vigil.benchmark.passes} timed passes, single thread; then the naive scan
 *       on a sample of each set ({@code vigil.benchmark.baselineSample}), warmed up and timed the same way.</li>
 *   <li>Prints a markdown table (also written to {@code search-benchmark.md} in the build directory),
 *       recall@10 on the manifest queries, where the time goes (each Cypher file of a search timed on
 *       its own) and PROFILE of the slowest query of each set.</li>
 * </ol>
 *
 * <pre>
 * _JAVA_OPTIONS=-Xmx6g mvn -B -f backend/pom.xml test -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dvigil.benchmark.searchDir=/tmp/ds100k -Dvigil.benchmark.searchDb=/tmp/vigil-search-db
 * java -Xmx6g -cp "$TEST_CLASSPATH" uk.vigil.search.SearchBenchmark /tmp/ds100k /tmp/vigil-search-db
 * </pre>
 *
 * The heap: the surefire {@code argLine} in backend/pom.xml is written out (-Xmx2g), so {@code -DargLine=...}
 * on the command line does not replace it; {@code _JAVA_OPTIONS} is read after the command line and wins.
 * The first run imports (about 16 minutes at 100,000 nominals on 2 cores); later runs with the same
 * {@code searchDb} take about 6 minutes. Without {@code searchDb} the database goes to a new temporary
 * folder, kept and named at the end.
 *
 * Other settings (system properties): {@code vigil.benchmark.passes} (2), {@code vigil.benchmark.baselineSample}
 * (50), {@code vigil.benchmark.minQueries} (200), {@code vigil.benchmark.pageCache} (2g),
 * {@code vigil.benchmark.reindex} (true: time the full-text index build), {@code vigil.benchmark.out}
 * (the report file).
 */
class SearchBenchmark {
    private static final String MARKER = "search-benchmark.properties";
    private static final List<String> NAME_KINDS = List.of("MISSPELLING", "NICKNAME", "PHONETIC", "ALIAS");
    private static final List<String> PLATE_KINDS = List.of("PARTIAL_PLATE", "PLATE_CONFUSION");
    private static final List<String> PHONE_KINDS = List.of("PHONE_FORMAT");
    private static final Pattern FULLTEXT_INDEX = Pattern.compile("(?is)^\\s*CREATE\\s+FULLTEXT\\s+INDEX\\s+`?(\\w+)`?");
    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}'])[a-z]{4,}(?![\\p{L}'])");
    private static final Set<String> COMMON = Set.of("into", "such", "that", "their", "then", "there", "these", "they",
            "this", "will", "with", "from", "have", "been", "were", "when", "what", "which", "about", "after", "over",
            "also", "said", "does", "than", "them", "some");

    /** One query: its text, where it came from, and what it must find (null for text queries). */
    record Query(String text, String kind, String expectedId, boolean fromManifest) {
    }

    /** A named query set and its naive Cypher scan. */
    record QuerySet(String name, List<Query> queries, String baselineCypher, Function<Query, Map<String, Object>> baselineParams) {
    }

    /** Latencies (ns) of one set run through one path. */
    record Timing(long[] nanos, long totalNanos, int errors, String firstError) {
        double percentileMs(double p) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
        }

        double meanMs() {
            return Arrays.stream(nanos).average().orElse(Double.NaN) / 1e6;
        }

        double perSecond() {
            return nanos.length / (totalNanos / 1e9);
        }
    }

    /** Recall@10 over the queries that name what they must find. */
    record Recall(int found, int asked) {
        String text() {
            return asked == 0 ? "-" : String.format(Locale.ROOT, "%.1f%% (%d/%d)", 100.0 * found / asked, found, asked);
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "vigil.benchmark.searchDir", matches = ".+")
    void search_against_naive_cypher() throws Exception {
        String db = System.getProperty("vigil.benchmark.searchDb", "");
        main(db.isBlank() ? new String[] {System.getProperty("vigil.benchmark.searchDir")}
                : new String[] {System.getProperty("vigil.benchmark.searchDir"), db});
    }

    public static void main(String[] args) throws Exception {
        Path dataset = Path.of(args[0]).toAbsolutePath();
        Path home = args.length > 1 ? Path.of(args[1]).toAbsolutePath() : Files.createTempDirectory("vigil-search-db");
        int passes = Math.max(1, Integer.getInteger("vigil.benchmark.passes", 2));
        int baselineSample = Integer.getInteger("vigil.benchmark.baselineSample", 50);
        int minQueries = Integer.getInteger("vigil.benchmark.minQueries", 200);
        String pageCache = System.getProperty("vigil.benchmark.pageCache", "2g");
        boolean reindex = Boolean.parseBoolean(System.getProperty("vigil.benchmark.reindex", "true"));
        Path out = Path.of(System.getProperty("vigil.benchmark.out", buildDir().resolve("search-benchmark.md").toString()));

        JsonNode manifest = new ObjectMapper().readTree(dataset.resolve("manifest.json").toFile());
        StringBuilder md = new StringBuilder("# Search benchmark\n\n");
        line(md, "- dataset: %s (%s nominals, seed %s)", dataset, manifest.path("generator").path("nominals").asText("?"),
                manifest.path("generator").path("seed").asText("?"));
        line(md, "- database: %s (page cache %s); JVM heap max %.1f GB, %d processors; %s",
                home, pageCache, Runtime.getRuntime().maxMemory() / 1e9, Runtime.getRuntime().availableProcessors(), Instant.now());

        Properties marker = new Properties();
        boolean reuse = Files.exists(home.resolve(MARKER));
        if (reuse) {
            try (InputStream in = Files.newInputStream(home.resolve(MARKER))) {
                marker.load(in);
            }
            if (!dataset.toString().equals(marker.getProperty("dataset"))) {
                System.out.println("WARNING: " + home + " was imported from " + marker.getProperty("dataset") + ", not " + dataset);
            }
        } else if (Files.isDirectory(home) && !isEmpty(home)) {
            throw new IllegalStateException(home + " is not empty and holds no finished benchmark import (" + MARKER
                    + "): delete it or name another folder");
        }

        BenchmarkDatabase dbms = BenchmarkDatabase.start(home, pageCache);
        try (Graph graph = dbms.graph()) {
            Migrations.apply(graph);
            if (!reuse) {
                System.out.println("Importing " + dataset + " into " + home);
                long t = System.nanoTime();
                ImportReport report = new Importer(graph, ImportOptions.defaults().withRejectsDir(home))
                        .run(dataset, System.out::println);
                double seconds = (System.nanoTime() - t) / 1e9;
                System.out.print(report.table());
                marker.setProperty("dataset", dataset.toString());
                marker.setProperty("importSeconds", String.format(Locale.ROOT, "%.1f", seconds));
                marker.setProperty("rowsRead", Long.toString(report.rowsRead()));
                marker.setProperty("rowsRejected", Long.toString(report.rowsRejected()));
                marker.setProperty("importedAt", Instant.now().toString());
                try (OutputStream o = Files.newOutputStream(home.resolve(MARKER))) {
                    marker.store(o, "SearchBenchmark import; delete the folder to import again");
                }
                line(md, "- import: %.1f s (%s), %,d rows read, %,d rejected", seconds, fmtMinutes(seconds),
                        report.rowsRead(), report.rowsRejected());
            } else {
                double seconds = Double.parseDouble(marker.getProperty("importSeconds", "NaN"));
                line(md, "- import: skipped, reusing the database imported %s (that import took %.1f s, %s)",
                        marker.getProperty("importedAt"), seconds, fmtMinutes(seconds));
            }
            Map<String, Object> counts = graph.read(tx -> tx.run("""
                    CALL () { MATCH (p:Person) RETURN count(p) AS people }
                    CALL () { MATCH (a:Alias) RETURN count(a) AS aliases }
                    CALL () { MATCH (v:Vehicle) RETURN count(v) AS vehicles }
                    CALL () { MATCH (d:Device) RETURN count(d) AS devices }
                    CALL () { MATCH (i:Intelligence) RETURN count(i) AS intelligence }
                    CALL () { MATCH (n) RETURN count(n) AS nodes }
                    RETURN people, aliases, vehicles, devices, intelligence, nodes""").single().asMap());
            line(md, "- graph: %,d nodes; %,d :Person, %,d :Alias, %,d :Vehicle, %,d :Device, %,d :Intelligence",
                    counts.get("nodes"), counts.get("people"), counts.get("aliases"), counts.get("vehicles"),
                    counts.get("devices"), counts.get("intelligence"));
            if (reindex) {
                rebuildFullTextIndexes(graph, md, home, counts);
            }
            System.out.println(md);

            List<String> areas = graph.read(tx -> tx.run("MATCH (a:Area) RETURN a.id AS id ORDER BY id").list(r -> r.get("id").asString()));
            Viewer viewer = new Viewer("bench", "agency", "POLICE", new LinkedHashSet<>(areas), Set.of("ANALYST"),
                    Marking.OFFICIAL_SENSITIVE, null, "s", "ip");
            AuditSink noAudit = (v, e, o, outcome, purpose, detail) -> { };
            SearchService search = new SearchService(graph, new RecordAccess(graph, noAudit), Clock.systemUTC());
            line(md, "- viewer: ANALYST, OFFICIAL_SENSITIVE, areas %s; %d timed passes after one warm-up pass, single thread",
                    areas, passes);

            List<QuerySet> sets = querySets(graph, manifest, minQueries);
            Map<String, Timing> ours = new LinkedHashMap<>();
            Map<String, Timing> naive = new LinkedHashMap<>();
            Map<String, Recall> recall = new LinkedHashMap<>();
            Map<String, Recall> recallSampled = new LinkedHashMap<>();
            Map<String, Recall> recallNaive = new LinkedHashMap<>();
            Map<String, Integer> naiveCount = new LinkedHashMap<>();
            Map<String, long[]> perQuery = new LinkedHashMap<>();
            Map<String, long[]> gcs = new LinkedHashMap<>();
            for (QuerySet set : sets) {
                System.out.printf("%n== %s: %d queries (%d from the manifest) ==%n", set.name(), set.queries().size(),
                        set.queries().stream().filter(Query::fromManifest).count());
                Map<Query, List<String>> found = new HashMap<>();
                runOurs(search, viewer, set.queries(), 1, found); // warm-up
                long[] gc = gc();
                Timing t = runOurs(search, viewer, set.queries(), passes, null);
                long[] gcAfter = gc();
                gcs.put(set.name(), new long[] {gcAfter[0] - gc[0], gcAfter[1] - gc[1]});
                ours.put(set.name(), t);
                perQuery.put(set.name(), medianPerQuery(t.nanos(), set.queries().size(), passes));
                recall.put(set.name(), recall(set.queries(), found, true));
                recallSampled.put(set.name(), recall(set.queries(), found, false));
                printTiming("ours", t);
                System.out.printf("ours   GC during the timed passes: %d collections, %d ms%n", gcs.get(set.name())[0], gcs.get(set.name())[1]);

                List<Query> sample = sample(set.queries(), baselineSample);
                Map<Query, List<String>> naiveFound = new HashMap<>();
                runNaive(graph, set, sample, 1, naiveFound); // warm-up
                Timing b = runNaive(graph, set, sample, passes, null);
                naive.put(set.name(), b);
                naiveCount.put(set.name(), sample.size());
                recallNaive.put(set.name(), recall(sample, naiveFound, true));
                printTiming("naive", b);
            }

            md.append("\n| set | queries | our p50 ms | our p95 ms | our p99 ms | our mean ms | our q/s "
                    + "| baseline queries | baseline p50 ms | baseline p95 ms | p50 ratio | p95 ratio |\n"
                    + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (QuerySet set : sets) {
                Timing t = ours.get(set.name());
                Timing b = naive.get(set.name());
                long manifestCount = set.queries().stream().filter(Query::fromManifest).count();
                String queries = manifestCount == 0 || manifestCount == set.queries().size() ? Integer.toString(set.queries().size())
                        : set.queries().size() + " (" + manifestCount + " manifest)";
                line(md, "| %s | %s | %.1f | %.1f | %.1f | %.1f | %.0f | %d | %.1f | %.1f | %.1fx | %.1fx |",
                        set.name(), queries, t.percentileMs(50), t.percentileMs(95), t.percentileMs(99), t.meanMs(),
                        t.perSecond(), naiveCount.get(set.name()), b.percentileMs(50), b.percentileMs(95),
                        b.percentileMs(50) / t.percentileMs(50), b.percentileMs(95) / t.percentileMs(95));
            }
            md.append("\nPercentiles are over every timed run of every query (queries x passes). Ratio = baseline / ours "
                    + "(above 1: the search is faster). The baseline is a parameterised label scan with CONTAINS or a regex, "
                    + "with no access rules, ranking, facets or explanation, LIMIT 20.\n");
            md.append("Garbage collection during our timed passes: ");
            md.append(String.join("; ", sets.stream().map(set -> String.format(Locale.ROOT, "%s %d collections, %d ms",
                    set.name(), gcs.get(set.name())[0], gcs.get(set.name())[1])).toList())).append(".\n");
            int errors = ours.values().stream().mapToInt(Timing::errors).sum() + naive.values().stream().mapToInt(Timing::errors).sum();
            if (errors > 0) {
                line(md, "\n%d query runs failed; first: %s", errors,
                        Stream.concat(ours.values().stream(), naive.values().stream()).map(Timing::firstError)
                                .filter(e -> e != null).findFirst().orElse(""));
            }

            md.append("\n### Recall@10 (side figure)\n\n| set | ours, manifest queries | ours, sampled queries | baseline, manifest queries in its sample |\n|---|---|---|---|\n");
            for (QuerySet set : sets) {
                line(md, "| %s | %s | %s | %s |", set.name(), recall.get(set.name()).text(),
                        recallSampled.get(set.name()).text(), recallNaive.get(set.name()).text());
            }
            md.append("\nExpected id among the first 10 items (for ALIAS, the person holding the alias). Text queries name no expected record.\n");
            md.append(recallByKind(search, viewer, manifest));

            md.append(stages(graph, search, viewer, sets, perQuery));
            System.out.println();
            System.out.println(md);
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, md);
            System.out.println("Report written to " + out);
            System.out.println("Database kept in " + home + ": rerun with -Dvigil.benchmark.searchDb=" + home + " to skip the import.");
        } finally {
            dbms.shutdown();
        }
    }

    // ---------------------------------------------------------------- full-text index build

    private static void rebuildFullTextIndexes(Graph graph, StringBuilder md, Path home, Map<String, Object> counts) {
        List<String> statements = Migrations.available().stream().filter(m -> m.version() == 6).findFirst()
                .orElseThrow(() -> new IllegalStateException("No migration V0006 on the classpath")).statements();
        Map<String, String> fulltext = new LinkedHashMap<>();
        for (String s : statements) {
            Matcher m = FULLTEXT_INDEX.matcher(s);
            if (m.find()) {
                fulltext.put(m.group(1), s);
            }
        }
        System.out.println("Dropping and creating again the full-text indexes " + fulltext.keySet());
        try (Session session = graph.session()) {
            session.run("CALL db.awaitIndexes(3600)").consume();
            for (String name : fulltext.keySet()) {
                session.run("DROP INDEX `" + name + "` IF EXISTS").consume();
            }
            String nameIndex = "search_person_name";
            double nameSeconds = Double.NaN;
            if (fulltext.containsKey(nameIndex)) {
                nameSeconds = build(session, List.of(fulltext.get(nameIndex)));
            }
            List<String> others = fulltext.entrySet().stream().filter(e -> !e.getKey().equals(nameIndex))
                    .map(Map.Entry::getValue).toList();
            double otherSeconds = build(session, others);
            line(md, "- full-text index build: %s (:Person|:Alias names; %,d :Person and %,d :Alias nodes) %.1f s; "
                            + "the other %d full-text indexes of V0006 together %.1f s; all %.1f s; full-text indexes on disk %.0f MB",
                    nameIndex, counts.get("people"), counts.get("aliases"), nameSeconds, others.size(), otherSeconds,
                    (Double.isNaN(nameSeconds) ? 0 : nameSeconds) + otherSeconds, fullTextBytes(home) / 1e6);
        }
    }

    /** Creates the indexes and returns the seconds until all of them are online. */
    private static double build(Session session, List<String> creates) {
        long t = System.nanoTime();
        for (String create : creates) {
            session.run(create).consume();
        }
        session.run("CALL db.awaitIndexes(3600)").consume();
        return (System.nanoTime() - t) / 1e9;
    }

    private static long fullTextBytes(Path home) {
        Path dir = home.resolve("data/databases/neo4j/schema/index");
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().contains("fulltext") && Files.isRegularFile(p)).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- query sets

    private static List<QuerySet> querySets(Graph graph, JsonNode manifest, int minQueries) {
        Random random = new Random(7);

        List<Query> names = manifestQueries(manifest, NAME_KINDS);

        List<Query> plates = new ArrayList<>(manifestQueries(manifest, PLATE_KINDS));
        List<Record> vehicles = graph.read(tx -> tx.run("""
                MATCH (v:Vehicle) WHERE v.vrmNormalised IS NOT NULL
                RETURN v.id AS id, v.vrm AS vrm, v.vrmNormalised AS plate ORDER BY id""").list());
        for (int attempts = 0; plates.size() < minQueries && !vehicles.isEmpty() && attempts < 100 * minQueries; attempts++) {
            Record v = vehicles.get(random.nextInt(vehicles.size()));
            String q = plates.size() % 2 == 0 ? partialPlate(v.get("plate").asString(), random)
                    : confusedPlate(v.get("vrm").asString(), random);
            if (q != null) {
                plates.add(new Query(q, plates.size() % 2 == 0 ? "PARTIAL_PLATE" : "PLATE_CONFUSION", v.get("id").asString(), false));
            }
        }

        List<Query> phones = new ArrayList<>(manifestQueries(manifest, PHONE_KINDS));
        List<Record> devices = graph.read(tx -> tx.run("""
                MATCH (d:Device) WHERE d.phoneNormalised STARTS WITH '+44'
                RETURN d.id AS id, d.phoneNormalised AS phone ORDER BY id""").list());
        while (phones.size() < minQueries && !devices.isEmpty()) {
            Record d = devices.get(random.nextInt(devices.size()));
            phones.add(new Query(rewritePhone(d.get("phone").asString(), phones.size()), "PHONE_FORMAT", d.get("id").asString(), false));
        }

        List<Query> texts = textQueries(graph, Math.max(minQueries, 200), new Random(42));

        return List.of(
                new QuerySet("name", names, """
                        MATCH (p:Person)
                        WHERE all(w IN $words WHERE toLower(p.forename) CONTAINS w OR toLower(p.surname) CONTAINS w)
                        RETURN p.id AS id LIMIT 20""",
                        q -> Map.of("words", words(q.text()))),
                new QuerySet("plate", plates, """
                        MATCH (v:Vehicle) WHERE v.vrmNormalised =~ $regex
                        RETURN v.id AS id LIMIT 20""",
                        q -> Map.of("regex", plateRegex(q.text()))),
                new QuerySet("phone", phones, """
                        MATCH (d:Device) WHERE d.phoneNormalised CONTAINS $digits
                        RETURN d.id AS id LIMIT 20""",
                        q -> Map.of("digits", nationalDigits(q.text()))),
                new QuerySet("text", texts, """
                        CALL () {
                          MATCH (i:Intelligence) WHERE all(w IN $words WHERE toLower(i.text) CONTAINS w)
                          RETURN i.id AS id LIMIT 20
                          UNION ALL
                          MATCH (n:Nominal) WHERE all(w IN $words WHERE toLower(n.description) CONTAINS w)
                          RETURN n.id AS id LIMIT 20
                        }
                        RETURN id""",
                        q -> Map.of("words", words(q.text()))));
    }

    private static List<Query> manifestQueries(JsonNode manifest, List<String> kinds) {
        List<Query> out = new ArrayList<>();
        for (String kind : kinds) {
            for (JsonNode item : manifest.path("searchQueries").path("kinds").path(kind).path("items")) {
                out.add(new Query(item.get("query").asText(), kind, item.get("expectedId").asText(), true));
            }
        }
        return out;
    }

    /** The start of a plate (4 to 6 characters) with one or two characters after the first unknown. */
    static String partialPlate(String plate, Random random) {
        if (plate.length() < 5) {
            return null;
        }
        char[] p = plate.substring(0, Math.min(plate.length(), 4 + random.nextInt(3))).toCharArray();
        int unknown = 1 + random.nextInt(2);
        for (int i = 0; i < unknown; i++) {
            p[1 + random.nextInt(p.length - 1)] = '?';
        }
        return new String(p);
    }

    /** The plate as recorded with one of O/0, I/1, S/5, B/8, Z/2 misread, or null when it has none. */
    static String confusedPlate(String vrm, Random random) {
        String from = "O0I1S5B8Z2";
        String to = "0O1I5S8B2Z";
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < vrm.length(); i++) {
            if (from.indexOf(vrm.charAt(i)) >= 0) {
                positions.add(i);
            }
        }
        if (positions.isEmpty()) {
            return null;
        }
        int at = positions.get(random.nextInt(positions.size()));
        char[] c = vrm.toCharArray();
        c[at] = to.charAt(from.indexOf(c[at]));
        return new String(c);
    }

    /** A UK number (E.164) written one of the common other ways. */
    static String rewritePhone(String e164, int which) {
        String national = "0" + e164.substring(3);
        return switch (which % 4) {
            case 0 -> national.substring(0, 5) + " " + national.substring(5);
            case 1 -> national.substring(0, 5) + " " + national.substring(5, 8) + " " + national.substring(8);
            case 2 -> "+44 " + national.substring(1, 5) + " " + national.substring(5);
            default -> "0044" + national.substring(1);
        };
    }

    /** Two different lower-case words (4+ letters: no names or places) of one intelligence text or description. */
    private static List<Query> textQueries(Graph graph, int count, Random random) {
        List<Record> docs = new ArrayList<>(graph.read(tx -> tx.run("""
                MATCH (i:Intelligence) WHERE i.text IS NOT NULL RETURN i.id AS id, i.text AS text ORDER BY id""").list()));
        List<Record> descriptions = graph.read(tx -> tx.run("""
                MATCH (n:Nominal) WHERE n.description IS NOT NULL RETURN n.id AS id, n.description AS text ORDER BY id""").list());
        List<Query> out = new ArrayList<>();
        for (int attempts = 0; out.size() < count && attempts < 100 * count; attempts++) {
            List<Record> from = out.size() % 2 == 0 || descriptions.isEmpty() ? docs : descriptions;
            if (from.isEmpty()) {
                break;
            }
            Record doc = from.get(random.nextInt(from.size()));
            List<String> words = new ArrayList<>(new TreeSet<>(LOWER_WORD.matcher(doc.get("text").asString()).results()
                    .map(m -> m.group()).filter(w -> !COMMON.contains(w)).toList()));
            if (words.size() < 2) {
                continue;
            }
            String a = words.remove(random.nextInt(words.size()));
            String b = words.get(random.nextInt(words.size()));
            out.add(new Query(a + " " + b, from == docs ? "INTELLIGENCE_TEXT" : "DESCRIPTION_TEXT", null, false));
        }
        return out;
    }

    private static List<String> words(String q) {
        return Arrays.stream(q.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isBlank()).toList();
    }

    /** {@code ?} is one unknown character; the plate begins with the pattern. */
    static String plateRegex(String pattern) {
        StringBuilder re = new StringBuilder();
        for (char c : pattern.toUpperCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                re.append(c);
            } else if (c == '?') {
                re.append('.');
            } else if (c == '*') {
                re.append(".*");
            }
        }
        return re.append(".*").toString();
    }

    /** The digits after the country code or trunk 0, which the stored +44 number contains. */
    static String nationalDigits(String phone) {
        String d = phone.replaceAll("\\D", "");
        if (d.startsWith("00")) {
            d = d.substring(2);
        }
        if (d.startsWith("44")) {
            d = d.substring(2);
        }
        if (d.startsWith("0")) {
            d = d.substring(1);
        }
        return d;
    }

    /** About {@code n} queries spread evenly over the set (so over its kinds). */
    private static List<Query> sample(List<Query> queries, int n) {
        if (queries.size() <= n) {
            return queries;
        }
        List<Query> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(queries.get((int) ((long) i * queries.size() / n)));
        }
        return out;
    }

    // ---------------------------------------------------------------- running

    private static Timing runOurs(SearchService search, Viewer viewer, List<Query> queries, int passes,
                                  Map<Query, List<String>> found) {
        long[] nanos = new long[queries.size() * passes];
        int errors = 0;
        String firstError = null;
        long start = System.nanoTime();
        for (int pass = 0; pass < passes; pass++) {
            for (int i = 0; i < queries.size(); i++) {
                Query q = queries.get(i);
                long t = System.nanoTime();
                try {
                    SearchResult r = search.search(viewer, SearchRequest.of(Map.of("q", List.of(q.text()))));
                    nanos[pass * queries.size() + i] = System.nanoTime() - t;
                    if (found != null) {
                        found.put(q, r.items().stream().limit(10).map(SearchHit::id).toList());
                    }
                } catch (RuntimeException e) {
                    nanos[pass * queries.size() + i] = System.nanoTime() - t;
                    errors++;
                    firstError = firstError == null ? q.text() + ": " + e : firstError;
                }
            }
        }
        return new Timing(nanos, System.nanoTime() - start, errors, firstError);
    }

    private static Timing runNaive(Graph graph, QuerySet set, List<Query> queries, int passes, Map<Query, List<String>> found) {
        long[] nanos = new long[queries.size() * passes];
        int errors = 0;
        String firstError = null;
        long start = System.nanoTime();
        for (int pass = 0; pass < passes; pass++) {
            for (int i = 0; i < queries.size(); i++) {
                Query q = queries.get(i);
                Map<String, Object> params = set.baselineParams().apply(q);
                long t = System.nanoTime();
                try {
                    List<String> ids = graph.read(tx -> tx.run(set.baselineCypher(), params).list(r -> r.get("id").asString()));
                    nanos[pass * queries.size() + i] = System.nanoTime() - t;
                    if (found != null) {
                        found.put(q, ids.stream().limit(10).toList());
                    }
                } catch (RuntimeException e) {
                    nanos[pass * queries.size() + i] = System.nanoTime() - t;
                    errors++;
                    firstError = firstError == null ? q.text() + ": " + e : firstError;
                }
            }
        }
        return new Timing(nanos, System.nanoTime() - start, errors, firstError);
    }

    private static Recall recall(List<Query> queries, Map<Query, List<String>> found, boolean manifest) {
        int asked = 0;
        int hit = 0;
        for (Query q : queries) {
            if (q.expectedId() == null || q.fromManifest() != manifest) {
                continue;
            }
            asked++;
            if (found.getOrDefault(q, List.of()).contains(q.expectedId())) {
                hit++;
            }
        }
        return new Recall(hit, asked);
    }

    /** Recall@10 of every manifest kind, also those not timed here (TRANSLITERATION, DOB_SWAPPED, IDENTIFIER_FORMAT). */
    private static String recallByKind(SearchService search, Viewer viewer, JsonNode manifest) {
        StringBuilder md = new StringBuilder("\n| manifest kind | recall@10 | where the misses were | examples (query -> expected: its rank among all results; EXACT-tier items in the top 10; results above it with the same title as it) |\n|---|---|---|---|\n");
        manifest.path("searchQueries").path("kinds").fieldNames().forEachRemaining(kind -> {
            List<Query> queries = manifestQueries(manifest, List.of(kind));
            Map<Query, List<String>> found = new HashMap<>();
            runOurs(search, viewer, queries, 1, found);
            List<String> misses = new ArrayList<>();
            int[] ranked = new int[3]; // found at 11..50, not in the first 50 with others above, not found at all
            for (Query q : queries) {
                if (found.getOrDefault(q, List.of()).contains(q.expectedId())) {
                    continue;
                }
                SearchResult r = search.search(viewer, SearchRequest.of(Map.of("q", List.of(q.text()), "size", List.of("50"))));
                List<String> ids = r.items().stream().map(SearchHit::id).toList();
                int rank = ids.indexOf(q.expectedId()) + 1;
                long exact = r.items().stream().limit(10).filter(h -> h.tier() == Tier.EXACT).count();
                String sameName = "";
                if (rank > 0) {
                    SearchHit expected = r.items().get(rank - 1);
                    long same = r.items().stream().limit(rank - 1).filter(h -> h.title().equalsIgnoreCase(expected.title())).count();
                    sameName = ", " + same + " above it titled " + expected.title() + " (" + expected.tier() + ")";
                }
                ranked[rank > 0 ? 0 : r.total() >= 50 ? 1 : 2]++;
                misses.add("`" + q.text() + "` -> " + q.expectedId() + " (" + (rank > 0 ? "rank " + rank : "not in first 50")
                        + " of " + r.total() + (r.capped() ? " capped" : "") + ", " + exact + " EXACT in top 10" + sameName + ")");
            }
            line(md, "| %s | %s | %s | %s |", kind, recall(queries, found, true).text(),
                    misses.isEmpty() ? "" : String.format(Locale.ROOT, "%d at rank 11-50, %d below 50, %d not returned",
                            ranked[0], ranked[1], ranked[2]),
                    String.join(", ", misses.subList(0, Math.min(6, misses.size()))) + (misses.size() > 6 ? ", ..." : ""));
        });
        return md.toString();
    }

    /** Collections and milliseconds spent collecting garbage so far, all collectors. */
    private static long[] gc() {
        long count = 0;
        long ms = 0;
        for (var bean : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, bean.getCollectionCount());
            ms += Math.max(0, bean.getCollectionTime());
        }
        return new long[] {count, ms};
    }

    private static long[] medianPerQuery(long[] nanos, int queries, int passes) {
        long[] median = new long[queries];
        for (int i = 0; i < queries; i++) {
            long[] runs = new long[passes];
            for (int p = 0; p < passes; p++) {
                runs[p] = nanos[p * queries + i];
            }
            Arrays.sort(runs);
            median[i] = runs[(passes - 1) / 2]; // the lower median: with 2 passes, the faster run
        }
        return median;
    }

    private static void printTiming(String who, Timing t) {
        System.out.printf(Locale.ROOT, "%-6s runs %d: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, mean %.1f ms, max %.1f ms, %.1f q/s%s%n",
                who, t.nanos().length, t.percentileMs(50), t.percentileMs(95), t.percentileMs(99), t.meanMs(),
                t.percentileMs(100), t.perSecond(), t.errors() > 0 ? ", " + t.errors() + " errors, first: " + t.firstError() : "");
    }

    // ---------------------------------------------------------------- where the time goes

    /**
     * Each Cypher file of a search timed on its own over every query of each set (parameters built as
     * SearchService builds them for a plain full search), and PROFILE of the slowest query of each set.
     */
    private static String stages(Graph graph, SearchService search, Viewer viewer, List<QuerySet> sets, Map<String, long[]> perQuery) {
        StringBuilder md = new StringBuilder("\n### Where the time goes\n\nEach Cypher file of a search run alone "
                + "(own read transaction, results fetched), one pass after the timed passes; \"rest\" = search p50 minus the "
                + "p50 of the longest of the three files per query, as a search runs them at once (ranking, explaining, "
                + "facets, audit hook, transactions).\n\n"
                + "| set | people.cypher p50 / p95 ms | linked-records.cypher p50 / p95 ms | intelligence.cypher p50 / p95 ms | rest p50 ms |\n"
                + "|---|---|---|---|---|\n");
        StringBuilder profiles = new StringBuilder();
        for (QuerySet set : sets) {
            List<Query> queries = set.queries();
            long[][] stage = new long[3][queries.size()];
            for (int i = 0; i < queries.size(); i++) {
                Map<String, Map<String, Object>> params = stageParams(viewer, queries.get(i).text());
                int s = 0;
                for (String file : List.of("search/people", "search/linked-records", "search/intelligence")) {
                    Map<String, Object> p = params.get(file);
                    if (p != null) {
                        String cypher = CypherFiles.query(file);
                        long t = System.nanoTime();
                        graph.read(tx -> tx.run(cypher, p).list());
                        stage[s][i] = System.nanoTime() - t;
                    }
                    s++;
                }
            }
            Timing people = new Timing(stage[0], 1, 0, null);
            Timing linked = new Timing(stage[1], 1, 0, null);
            Timing intel = new Timing(stage[2], 1, 0, null);
            Timing total = new Timing(perQuery.get(set.name()), 1, 0, null);
            // the three files run at once (SearchService), so a search waits for the longest of them
            long[] longest = new long[queries.size()];
            for (int i = 0; i < longest.length; i++) {
                longest[i] = Math.max(stage[0][i], Math.max(stage[1][i], stage[2][i]));
            }
            Timing critical = new Timing(longest, 1, 0, null);
            line(md, "| %s | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f | %.1f |", set.name(), people.percentileMs(50),
                    people.percentileMs(95), linked.percentileMs(50), linked.percentileMs(95), intel.percentileMs(50),
                    intel.percentileMs(95), total.percentileMs(50) - critical.percentileMs(50));

            long[] medians = perQuery.get(set.name());
            int slowest = 0;
            for (int i = 1; i < medians.length; i++) {
                if (medians[i] > medians[slowest]) {
                    slowest = i;
                }
            }
            Query q = queries.get(slowest);
            line(profiles, "\n#### %s: slowest query `%s` (median %.1f ms; people %.1f, linked %.1f, intelligence %.1f ms)\n",
                    set.name(), q.text(), medians[slowest] / 1e6, stage[0][slowest] / 1e6, stage[1][slowest] / 1e6,
                    stage[2][slowest] / 1e6);
            Map<String, Map<String, Object>> params = stageParams(viewer, q.text());
            int[] stageIndex = {0};
            long[] slowestStage = {stage[0][slowest], stage[1][slowest], stage[2][slowest]};
            long maxStage = Arrays.stream(slowestStage).max().orElse(0);
            for (Map.Entry<String, Map<String, Object>> e : params.entrySet()) {
                boolean dominant = slowestStage[stageIndex[0]++] == maxStage;
                if (e.getValue() == null) {
                    continue;
                }
                String cypher = "PROFILE\n" + CypherFiles.query(e.getKey());
                ResultSummary summary = graph.read(tx -> {
                    var result = tx.run(cypher, e.getValue());
                    result.list();
                    return result.consume();
                });
                if (summary.hasProfile()) {
                    ProfiledPlan plan = summary.profile();
                    line(profiles, "%s.cypher: %,d db hits in all, %d ms%s\n\n```", e.getKey(), totalDbHits(plan),
                            summary.resultAvailableAfter(java.util.concurrent.TimeUnit.MILLISECONDS)
                                    + summary.resultConsumedAfter(java.util.concurrent.TimeUnit.MILLISECONDS),
                            e.getValue().containsKey("fulltext") ? ", full-text queries " + fullTextQueries(e.getValue()) : "");
                    if (dominant) {
                        printPlan(profiles, plan, 0);
                    } else {
                        profiles.append("(plan left out: not the slowest file for this query)\n");
                    }
                    profiles.append("```\n");
                }
            }
        }
        md.append(fullTextCalls(graph, viewer, sets));
        md.append(withoutReadings(graph, viewer, sets));
        md.append(sampled(search, viewer, sets));
        return md + "\n### PROFILE of the slowest query of each set\n" + profiles;
    }

    /**
     * One more pass of each set with this thread's stack sampled every millisecond: the share of time
     * spent waiting for Neo4j (Bolt round trips: query planning and execution, result transfer), and
     * where the rest goes, by innermost Vigil method and by leaf method.
     */
    private static String sampled(SearchService search, Viewer viewer, List<QuerySet> sets) {
        StringBuilder md = new StringBuilder("\n### Client-side stack samples\n\nOne further pass of each set with the "
                + "searching thread's stack sampled about every millisecond. \"Waiting for Neo4j\" is the thread parked "
                + "on the driver (query planning, execution and result transfer; Neo4j runs in this JVM on other threads).\n");
        Thread target = Thread.currentThread();
        for (QuerySet set : sets) {
            Map<String, Integer> vigil = new HashMap<>();
            Map<String, Integer> leaf = new HashMap<>();
            int[] waiting = {0};
            int[] total = {0};
            java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
            Thread sampler = new Thread(() -> {
                while (!done.get()) {
                    StackTraceElement[] stack = target.getStackTrace();
                    if (stack.length > 0) {
                        total[0]++;
                        String top = stack[0].getClassName() + "." + stack[0].getMethodName();
                        if (isWait(top)) {
                            waiting[0]++;
                        } else {
                            leaf.merge(top, 1, Integer::sum);
                            for (StackTraceElement e : stack) {
                                if (e.getClassName().startsWith("uk.vigil.") && !e.getClassName().contains("SearchBenchmark")) {
                                    vigil.merge(e.getClassName().replace("uk.vigil.", "") + "." + e.getMethodName(), 1, Integer::sum);
                                    break;
                                }
                            }
                        }
                    }
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "search-benchmark-sampler");
            sampler.setDaemon(true);
            sampler.start();
            long t = System.nanoTime();
            runOurs(search, viewer, set.queries(), 1, null);
            double ms = (System.nanoTime() - t) / 1e6;
            done.set(true);
            try {
                sampler.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            int n = Math.max(1, total[0]);
            line(md, "\n**%s** (%d samples over %.0f ms): waiting for Neo4j %.0f%%, client work %.0f%%.",
                    set.name(), total[0], ms, 100.0 * waiting[0] / n, 100.0 - 100.0 * waiting[0] / n);
            md.append("Client work by innermost Vigil method: ").append(top(vigil, n, 8))
                    .append(".\nBy leaf method: ").append(top(leaf, n, 8)).append(".\n");
        }
        return md.toString();
    }

    /**
     * Each full-text index call of a search alone ({@code db.index.fulltext.queryNodes}, candidates
     * counted, nothing else), so Lucene's share of people.cypher and linked-records.cypher shows.
     */
    @SuppressWarnings("unchecked")
    private static String fullTextCalls(Graph graph, Viewer viewer, List<QuerySet> sets) {
        StringBuilder md = new StringBuilder("\n### Full-text index calls alone\n\nEach `db.index.fulltext.queryNodes` "
                + "call a search makes, run on its own (`RETURN count(*)`), per reading (`via`); "
                + "calls = queries of the set that make it; candidates = rows it returns (limit "
                + SearchService.CANDIDATE_LIMIT + "). people.cypher minus its calls is the graph work: access rules, "
                + "alias and condition holders, case, RoSH, town and aliases of every candidate.\n\n"
                + "| set | via | index / analyzer | calls | p50 ms | p95 ms | mean candidates | at the limit |\n"
                + "|---|---|---|---:|---:|---:|---:|---:|\n");
        String call = """
                CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit, analyzer: $analyzer}) YIELD node
                RETURN count(node) AS n""";
        for (QuerySet set : sets) {
            Map<String, List<long[]>> byVia = new LinkedHashMap<>(); // via -> [nanos, candidates]
            Map<String, String> readings = new HashMap<>();
            for (Query q : set.queries()) {
                for (Map<String, Object> params : stageParams(viewer, q.text()).values()) {
                    if (params == null || !params.containsKey("fulltext")) {
                        continue;
                    }
                    for (Map<String, Object> fq : (List<Map<String, Object>>) params.get("fulltext")) {
                        Map<String, Object> p = new HashMap<>(fq);
                        p.put("limit", SearchService.CANDIDATE_LIMIT);
                        long t = System.nanoTime();
                        long n = graph.read(tx -> tx.run(call, p).single().get("n").asLong());
                        byVia.computeIfAbsent((String) fq.get("via"), v -> new ArrayList<>()).add(new long[] {System.nanoTime() - t, n});
                        readings.put((String) fq.get("via"), fq.get("index") + " / " + fq.get("analyzer"));
                    }
                }
            }
            for (Map.Entry<String, List<long[]>> e : byVia.entrySet()) {
                Timing t = new Timing(e.getValue().stream().mapToLong(x -> x[0]).toArray(), 1, 0, null);
                line(md, "| %s | %s | %s | %d | %.1f | %.1f | %.0f | %d |", set.name(), e.getKey(), readings.get(e.getKey()),
                        e.getValue().size(), t.percentileMs(50), t.percentileMs(95),
                        e.getValue().stream().mapToLong(x -> x[1]).average().orElse(0),
                        e.getValue().stream().filter(x -> x[1] >= SearchService.CANDIDATE_LIMIT).count());
            }
        }
        return md.toString();
    }

    /**
     * What-if: people.cypher over each set with some readings left out of {@code $fulltext}, to show
     * what the any-token fallback (NAME_ANY, run only when the every-word readings find few) and the condition-wording reading cost.
     */
    @SuppressWarnings("unchecked")
    private static String withoutReadings(Graph graph, Viewer viewer, List<QuerySet> sets) {
        StringBuilder md = new StringBuilder("\n### people.cypher without some readings (what-if)\n\n"
                + "people.cypher alone over each set with the readings named left out of `$fulltext` (everything else as "
                + "SearchService sends it); rows = people returned to the ranker.\n\n"
                + "| set | left out | p50 ms | p95 ms | mean rows |\n|---|---|---:|---:|---:|\n");
        String cypher = CypherFiles.query("search/people");
        for (QuerySet set : sets) {
            if (!set.name().equals("name") && !set.name().equals("text")) {
                continue;
            }
            for (List<String> leftOut : List.of(List.<String>of(), List.of("NAME_ANY"), List.of("CONDITION"),
                    List.of("NAME_ANY", "CONDITION"))) {
                long[] nanos = new long[set.queries().size()];
                long rows = 0;
                for (int i = 0; i < set.queries().size(); i++) {
                    Map<String, Object> params = stageParams(viewer, set.queries().get(i).text()).get("search/people");
                    if (params == null) {
                        continue;
                    }
                    Map<String, Object> p = new HashMap<>(params);
                    p.put("fulltext", ((List<Map<String, Object>>) params.get("fulltext")).stream()
                            .filter(fq -> !leftOut.contains(fq.get("via"))).toList());
                    long t = System.nanoTime();
                    rows += graph.read(tx -> tx.run(cypher, p).list()).size();
                    nanos[i] = System.nanoTime() - t;
                }
                Timing t = new Timing(nanos, 1, 0, null);
                line(md, "| %s | %s | %.1f | %.1f | %.0f |", set.name(), leftOut.isEmpty() ? "nothing" : String.join(" + ", leftOut),
                        t.percentileMs(50), t.percentileMs(95), (double) rows / set.queries().size());
            }
        }
        return md.toString();
    }

    private static boolean isWait(String frame) {
        return frame.endsWith(".park") || frame.endsWith(".parkNanos") || frame.equals("java.lang.Object.wait")
                || frame.equals("java.lang.Object.wait0") || frame.contains("epollWait") || frame.contains("EPoll.wait")
                || frame.startsWith("sun.nio.ch.") && frame.contains("read");
    }

    private static String top(Map<String, Integer> counts, int total, int n) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
                .map(e -> String.format(Locale.ROOT, "`%s` %.1f%%", e.getKey(), 100.0 * e.getValue() / total))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    @SuppressWarnings("unchecked")
    private static String fullTextQueries(Map<String, Object> params) {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> fq : (List<Map<String, Object>>) params.get("fulltext")) {
            out.add(fq.get("via") + "=" + fq.get("index") + "/" + fq.get("analyzer") + " `" + fq.get("query") + "`");
        }
        return String.join("; ", out);
    }

    private static long totalDbHits(ProfiledPlan plan) {
        return plan.dbHits() + plan.children().stream().mapToLong(SearchBenchmark::totalDbHits).sum();
    }

    private static boolean idle(ProfiledPlan plan) {
        return plan.records() == 0 && plan.dbHits() == 0 && plan.children().stream().allMatch(SearchBenchmark::idle);
    }

    /** The plan tree, leaving out branches that produced no rows and touched nothing (unused scope rules). */
    private static void printPlan(StringBuilder out, ProfiledPlan plan, int depth) {
        if (depth > 0 && idle(plan)) {
            return;
        }
        String details = plan.arguments().containsKey("Details") ? plan.arguments().get("Details").asString("") : "";
        if (details.length() > 110) {
            details = details.substring(0, 107) + "...";
        }
        line(out, "%s%-28s rows %,9d  db hits %,10d  %s", "  ".repeat(depth), plan.operatorType(), plan.records(),
                plan.dbHits(), details.replace('\n', ' '));
        for (ProfiledPlan child : plan.children()) {
            printPlan(out, child, depth + 1);
        }
    }

    /** The parameters SearchService gives each Cypher file for a plain full search of {@code text} (null: file not run). */
    static Map<String, Map<String, Object>> stageParams(Viewer viewer, String text) {
        QueryText query = QueryText.parse(text);
        Readings readings = Readings.of(query, SearchRequest.of(Map.of("q", List.of(text))));
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        if (readings.people().isEmpty() && readings.dobs().isEmpty()) {
            out.put("search/people", null);
        } else {
            Map<String, Object> p = RecordAccess.scope(viewer);
            p.put("fulltext", readings.people());
            p.put("dobs", readings.dobs());
            p.put("limit", SearchService.CANDIDATE_LIMIT);
            for (String k : List.of("area", "category", "level", "rosh", "dobFrom", "dobTo")) {
                p.put(k, null);
            }
            out.put("search/people", p);
        }
        if (readings.linked().isEmpty()) {
            out.put("search/linked-records", null);
        } else {
            Map<String, Object> p = RecordAccess.scope(viewer);
            p.put("fulltext", readings.linked());
            p.put("limit", SearchService.CANDIDATE_LIMIT);
            p.put("area", null);
            out.put("search/linked-records", p);
        }
        if (readings.intelligence() == null) {
            out.put("search/intelligence", null);
        } else {
            Map<String, Object> p = RecordAccess.scope(viewer);
            p.put("query", readings.intelligence());
            p.put("limit", SearchService.CANDIDATE_LIMIT);
            for (String k : List.of("area", "from", "to")) {
                p.put(k, null);
            }
            out.put("search/intelligence", p);
        }
        return out;
    }

    // ---------------------------------------------------------------- helpers

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    private static String fmtMinutes(double seconds) {
        return Double.isNaN(seconds) ? "?" : String.format(Locale.ROOT, "%d min %02d s", (long) seconds / 60, (long) seconds % 60);
    }

    /** The build directory (where test-classes is), so -Dvigil.buildDir is honoured. */
    private static Path buildDir() {
        try {
            Path classes = Path.of(SearchBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return classes.getParent();
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("target");
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isEmpty();
        }
    }
}
