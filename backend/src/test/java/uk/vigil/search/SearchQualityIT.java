package uk.vigil.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.vigil.access.Marking;
import uk.vigil.access.RecordAccess;
import uk.vigil.access.Viewer;
import uk.vigil.demo.DemoData;
import uk.vigil.generator.GeneratorOptions;
import uk.vigil.testing.TestGraph;

/**
 * Search quality on the generator's planted truth: every query of manifest.json's search set
 * (misspellings, nicknames, sound-alikes, transliterations, aliases, swapped dates of birth,
 * identifier formats, partial and misread plates, phone formats) run through the search as an
 * analyst of the area, scored by recall@10 and mean reciprocal rank per kind. Fails when a kind
 * falls below its recorded baseline (search/quality-baseline.json) or the goals of the search issue.
 */
class SearchQualityIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The goal: at least this recall@10 on name variants and partial plates. */
    private static final double GOAL = 0.95;
    private static final Set<String> GOAL_KINDS = Set.of("MISSPELLING", "NICKNAME", "PHONETIC", "TRANSLITERATION",
            "ALIAS", "PARTIAL_PLATE");

    @TempDir
    static Path work;
    private static JsonNode manifest;
    private static SearchService search;
    private static Viewer analyst;

    @BeforeAll
    static void load() throws IOException {
        TestGraph.clear();
        DemoData.ensureLoaded(TestGraph.graph(), work, 1000, List.of("Cumbria"), 42, line -> { });
        manifest = JSON.readTree(Files.readString(work.resolve("demo-dataset/manifest.json")));
        search = new SearchService(TestGraph.graph(), new RecordAccess(TestGraph.graph(), (v, e, o, out, p, d) -> { }),
                Clock.fixed(GeneratorOptions.DEFAULT_AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        analyst = new Viewer("quality", "cumbria-police", "POLICE", Set.of("cumbria"), Set.of("ANALYST"), Marking.SECRET,
                null, "quality", "127.0.0.1");
    }

    record Score(int queries, double recallAt10, double mrr) {
    }

    @Test
    void every_kind_of_planted_query_finds_its_record() throws IOException {
        Map<String, Score> scores = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        manifest.get("searchQueries").get("kinds").fields().forEachRemaining(kind -> {
            int n = 0;
            int found = 0;
            double reciprocal = 0;
            for (JsonNode item : kind.getValue().get("items")) {
                String query = item.get("query").asText();
                String expected = item.get("expectedId").asText();
                List<String> ids = search.search(analyst, SearchRequest.of(Map.of("q", List.of(query), "size", List.of("10"))))
                        .items().stream().map(SearchHit::id).toList();
                n++;
                int rank = ids.indexOf(expected);
                if (rank >= 0) {
                    found++;
                    reciprocal += 1.0 / (rank + 1);
                } else if (misses.size() < 40) {
                    misses.add(kind.getKey() + " '" + query + "' -> " + expected + " (" + item.path("note").asText() + "), got " + ids);
                }
            }
            scores.put(kind.getKey(), new Score(n, n == 0 ? 0 : (double) found / n, n == 0 ? 0 : reciprocal / n));
        });
        System.out.println("| kind | queries | recall@10 | MRR |\n|---|---|---|---|");
        scores.forEach((k, s) -> System.out.printf("| %s | %d | %.4f | %.4f |%n", k, s.queries(), s.recallAt10(), s.mrr()));
        misses.forEach(m -> System.out.println("miss: " + m));

        JsonNode baseline = baseline();
        for (Map.Entry<String, Score> e : scores.entrySet()) {
            Score s = e.getValue();
            assertThat(s.queries()).as(e.getKey() + " has queries").isPositive();
            JsonNode b = baseline.get(e.getKey());
            assertThat(b).as("a baseline for " + e.getKey()).isNotNull();
            assertThat(s.recallAt10()).as(e.getKey() + " recall@10").isGreaterThanOrEqualTo(b.get("recallAt10").asDouble());
            assertThat(s.mrr()).as(e.getKey() + " MRR").isGreaterThanOrEqualTo(b.get("mrr").asDouble());
            if (GOAL_KINDS.contains(e.getKey())) {
                assertThat(s.recallAt10()).as(e.getKey() + " recall@10 goal").isGreaterThanOrEqualTo(GOAL);
            }
        }
    }

    @Test
    void an_exact_full_name_is_always_ranked_first() {
        List<Map<String, Object>> people = TestGraph.graph().read(tx -> tx.run("""
                MATCH (n:Nominal) WHERE n.forename IS NOT NULL AND n.surname IS NOT NULL
                RETURN n.id AS id, n.forename AS forename, n.surname AS surname ORDER BY n.id LIMIT 300""").list(r -> r.asMap()));
        for (Map<String, Object> p : people) {
            String name = p.get("forename") + " " + p.get("surname");
            SearchResult r = search.search(analyst, SearchRequest.of(Map.of("q", List.of(name), "size", List.of("10"))));
            assertThat(r.items()).as(name).isNotEmpty();
            SearchHit first = r.items().get(0);
            assertThat(first.tier()).as(name).isEqualTo(Tier.EXACT);
            assertThat(first.title()).as(name).isEqualToIgnoringCase(name);
            assertThat(r.items().stream().map(SearchHit::id).toList()).as(name).contains((String) p.get("id"));
        }
    }

    private static JsonNode baseline() throws IOException {
        try (InputStream in = SearchQualityIT.class.getResourceAsStream("/search/quality-baseline.json")) {
            return JSON.readTree(in);
        }
    }
}
