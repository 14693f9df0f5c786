package uk.vigil.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import uk.vigil.access.AuditSink;
import uk.vigil.access.Marking;
import uk.vigil.access.RecordAccess;
import uk.vigil.access.Viewer;
import uk.vigil.database.CypherFiles;
import uk.vigil.database.Graph;

/**
 * Runs a search: reads the query every way it could be meant, asks each full-text index for
 * candidates the viewer may find (the access rule is inside the queries, so hidden records never
 * reach this code, nor the counts), ranks and explains them, counts facets, and audits the search
 * with what it showed before the answer leaves.
 */
public final class SearchService {
    /** The most candidates one index contributes to a search; reaching it sets {@code capped}. */
    static final int CANDIDATE_LIMIT = 200;

    /**
     * Threads for the readings that run beside people's: two per search at most, so a handful serves
     * many searches (a busy pool queues them; on a saturated server parallelism gains nothing anyway).
     */
    private static final ExecutorService READERS = Executors.newFixedThreadPool(
            Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "vigil-search-reader");
                t.setDaemon(true);
                return t;
            });

    private final Graph graph;
    private final RecordAccess access;
    private final Clock clock;

    public SearchService(Graph graph, RecordAccess access, Clock clock) {
        this.graph = graph;
        this.access = access;
        this.clock = clock;
    }

    public SearchResult search(Viewer viewer, SearchRequest req) {
        QueryText query = QueryText.parse(req.q());
        String searchId = UUID.randomUUID().toString();
        Map<String, String> detail = new LinkedHashMap<>(req.auditDetail());
        detail.put("searchId", searchId);
        return access.readSearch(viewer, detail, () -> run(viewer, req, query, searchId),
                result -> result.items().stream().map(h -> new AuditSink.Touched(h.type(), h.id())).toList(),
                result -> Map.of("total", Long.toString(result.total())));
    }

    private SearchResult run(Viewer viewer, SearchRequest req, QueryText query, String searchId) {
        LocalDate now = LocalDate.now(clock);
        Readings readings = Readings.of(query, req);
        // The three readings share nothing, so records and intelligence are read on other threads while
        // people (mostly the longest) are read on this one. At 1M nominals a name search saves 1-2 ms at
        // p50; a text search more, as its intelligence reading is about as long as its people's.
        CompletableFuture<Found> linked = readings.linked().isEmpty() ? CompletableFuture.completedFuture(Found.NONE)
                : CompletableFuture.supplyAsync(() -> graph.read(tx -> linked(tx, viewer, req, query, readings)), READERS);
        CompletableFuture<Found> intelligence = readings.intelligence() == null ? CompletableFuture.completedFuture(Found.NONE)
                : CompletableFuture.supplyAsync(() -> graph.read(tx -> intelligence(tx, viewer, req, query, readings.intelligence())),
                        READERS);
        Found people = graph.read(tx -> people(tx, viewer, req, query, readings, now));
        List<SearchHit> hits = new ArrayList<>(people.hits());
        boolean capped = people.capped();
        for (CompletableFuture<Found> other : List.of(linked, intelligence)) {
            Found found = joined(other);
            hits.addAll(found.hits());
            capped |= found.capped();
        }
        hits.sort(Comparator.comparingDouble(SearchHit::score).reversed()
                .thenComparing(SearchHit::title).thenComparing(SearchHit::id));
        int from = Math.min(hits.size(), req.page() * req.size());
        int to = Math.min(hits.size(), from + req.size());
        return new SearchResult(searchId, query.raw(), query.understood(), hits.size(), capped, req.page(), req.size(),
                List.copyOf(hits.subList(from, to)), req.typeahead() ? Map.of() : facets(hits), notices(query, hits));
    }

    /** The answer of a reading on another thread, its failure rethrown here as it was (a timeout stays a timeout). */
    private static Found joined(CompletableFuture<Found> reading) {
        try {
            return reading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** What one reading found, and whether an index reached its candidate limit. */
    private record Found(List<SearchHit> hits, boolean capped) {
        static final Found NONE = new Found(List.of(), false);
    }

    private Found people(TransactionContext tx, Viewer viewer, SearchRequest req, QueryText query, Readings readings,
                         LocalDate now) {
        List<SearchHit> hits = new ArrayList<>();
        boolean[] capped = {false};
        PersonRanker ranker = new PersonRanker(query, req.typeahead(), now);
        Set<String> seen = new HashSet<>();
        int found = people(tx, viewer, req, readings.people(), readings.dobs(), ranker, hits, capped, seen);
        // Any-word only when every-word found nobody (a wrong or extra word): it always fills its cap
        // with half-matches, and a query that found people by name or description has its answer.
        if (found == 0 && !readings.peopleFallback().isEmpty()) {
            people(tx, viewer, req, readings.peopleFallback(), List.of(), ranker, hits, capped, seen);
        }
        return new Found(hits, capped[0]);
    }

    private int people(TransactionContext tx, Viewer viewer, SearchRequest req, List<Map<String, Object>> fulltext,
                       List<LocalDate> dobs, PersonRanker ranker, List<SearchHit> hits, boolean[] capped, Set<String> seen) {
        if (fulltext.isEmpty() && dobs.isEmpty()) {
            return 0;
        }
        LocalDate now = LocalDate.now(clock);
        Map<String, Object> params = RecordAccess.scope(viewer);
        params.put("fulltext", fulltext);
        params.put("dobs", dobs);
        params.put("limit", CANDIDATE_LIMIT);
        params.put("area", req.area());
        params.put("category", req.category());
        params.put("level", req.level());
        params.put("rosh", req.rosh());
        params.put("dobFrom", req.ageMax() == null ? null : now.minusYears(req.ageMax() + 1L).plusDays(1));
        params.put("dobTo", req.ageMin() == null ? null : now.minusYears(req.ageMin()));
        int found = 0;
        for (Record r : tx.run(CypherFiles.query("search/people"), params).list()) {
            capped[0] |= !r.get("cappedVias").asList().isEmpty();
            PersonCandidate candidate = PersonCandidate.from(r);
            if (!seen.add(candidate.id())) {
                continue;
            }
            SearchHit hit = ranker.rank(candidate);
            if (hit != null) {
                hits.add(hit);
                found++;
            }
        }
        return found;
    }

    private Found linked(TransactionContext tx, Viewer viewer, SearchRequest req, QueryText query, Readings readings) {
        List<SearchHit> hits = new ArrayList<>();
        boolean capped = false;
        Map<String, Object> params = RecordAccess.scope(viewer);
        params.put("fulltext", readings.linked());
        params.put("limit", CANDIDATE_LIMIT);
        params.put("area", req.area());
        LinkedRecordRanker ranker = new LinkedRecordRanker(query);
        for (Record r : tx.run(CypherFiles.query("search/linked-records"), params).list()) {
            capped |= !r.get("cappedVias").asList().isEmpty();
            SearchHit hit = ranker.rank(r);
            if (hit != null) {
                hits.add(hit);
            }
        }
        return new Found(hits, capped);
    }

    private Found intelligence(TransactionContext tx, Viewer viewer, SearchRequest req, QueryText query, String lucene) {
        List<SearchHit> hits = new ArrayList<>();
        boolean capped = false;
        Map<String, Object> params = RecordAccess.scope(viewer);
        params.put("query", lucene);
        params.put("limit", CANDIDATE_LIMIT);
        params.put("area", req.area());
        params.put("from", req.from());
        params.put("to", req.to());
        List<Record> rows = tx.run(CypherFiles.query("search/intelligence"), params).list();
        double best = rows.stream().mapToDouble(r -> r.get("score").asDouble()).max().orElse(1);
        for (Record r : rows) {
            capped |= r.get("capped").asBoolean();
            String text = r.get("text").asString("");
            Match m = TextMatch.of("intelligence", query.textWords(), text);
            double coverage = TextMatch.coverage(query.textWords(), text);
            List<SearchHit.LinkedPerson> people = new ArrayList<>();
            for (Value p : r.get("people").values()) {
                people.add(new SearchHit.LinkedPerson(p.get("id").asString(),
                        SearchHit.displayName(p.get("forename").asString(null), p.get("surname").asString(null)),
                        p.get("relation").asString(), p.get("nominal").asBoolean(false)));
            }
            String grading = r.get("sourceEval").asString("") + r.get("intelEval").asString("") + r.get("handling").asString("");
            LocalDate date = r.get("date").isNull() ? null : r.get("date").asLocalDate();
            hits.add(new SearchHit("INTELLIGENCE", r.get("id").asString(),
                    "Intelligence " + (date == null ? "" : date) + (grading.isEmpty() ? "" : " (" + grading + ")"),
                    TextMatch.snippet(text, m == null ? "" : query.textWords().get(0)), null, Tier.TEXT,
                    Tier.TEXT.score(60 * coverage + 30 * r.get("score").asDouble() / best), r.get("area").asString(null),
                    null, null, null, null, null, m == null ? List.of() : List.of(m), people));
        }
        return new Found(hits, capped);
    }

    /**
     * Plans the search queries before the first user waits for them (planning the scoped queries
     * takes seconds, running them milliseconds). Runs as a viewer who may see nothing; not audited,
     * as nothing is read.
     */
    public void warmUp() {
        Viewer nobody = new Viewer("vigil-warm-up", "", "", Set.of(), Set.of(), Marking.OFFICIAL, null, null, null);
        SearchRequest req = SearchRequest.of(Map.of("q", List.of("warm up KX61 07700900123 CA1 1AB")));
        run(nobody, req, QueryText.parse(req.q()), "warm-up");
    }

    /** Counts over every result (not just the page): kind, area, and for people category, level, RoSH and age band. */
    static Map<String, Map<String, Long>> facets(List<SearchHit> hits) {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String name : List.of("type", "area", "category", "level", "rosh", "age")) {
            facets.put(name, new TreeMap<>());
        }
        for (SearchHit h : hits) {
            count(facets.get("type"), h.type());
            count(facets.get("area"), h.area());
            count(facets.get("category"), h.category());
            count(facets.get("level"), h.level());
            count(facets.get("rosh"), h.rosh());
            count(facets.get("age"), h.age() == null ? null : ageBand(h.age()));
        }
        return facets;
    }

    static String ageBand(int age) {
        if (age < 18) {
            return "under 18";
        }
        if (age >= 65) {
            return "65+";
        }
        int[] bounds = {18, 25, 35, 45, 55, 65};
        for (int i = 0; i < bounds.length - 1; i++) {
            if (age < bounds[i + 1]) {
                return bounds[i] + "-" + (bounds[i + 1] - 1);
            }
        }
        return "65+";
    }

    private static void count(Map<String, Long> facet, Object value) {
        if (value != null) {
            facet.merge(value.toString(), 1L, Long::sum);
        }
    }

    private static List<String> notices(QueryText query, List<SearchHit> hits) {
        List<String> notices = new ArrayList<>();
        Romanisation romanised = query.romanised();
        if (romanised != null) {
            notices.add("Records are written in Latin letters: " + romanised.scriptNames() + " read as \u201c" + romanised.latin() + "\u201d.");
            if (romanised.vowelsMissing()) {
                notices.add(romanised.scriptNames() + " script leaves short vowels unwritten, so a name may be missed: "
                        + "if it is not found, try it as it is usually spelt in English (Mohammed, Yusuf).");
            }
        }
        if (query.isEmpty()) {
            notices.add("Nothing in the query could be searched for.");
        }
        return notices;
    }
}
