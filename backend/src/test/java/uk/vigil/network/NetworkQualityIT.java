package uk.vigil.network;

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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.vigil.access.AuditSink;
import uk.vigil.access.Marking;
import uk.vigil.access.Viewer;
import uk.vigil.demo.DemoData;
import uk.vigil.generator.GeneratorOptions;
import uk.vigil.identity.DuplicateCandidate;
import uk.vigil.identity.DuplicateScan;
import uk.vigil.identity.IdentityService;
import uk.vigil.safeguarding.ChildrenAtRisk;
import uk.vigil.testing.TestGraph;

/**
 * Quality on the generator's planted truth (1,000 nominals, Cumbria, seed 42): recall and precision
 * of the duplicate scan (manifest {@code duplicates}), of the hidden-associations report at MODERATE
 * or stronger ({@code hiddenAssociations}), and recall of children at risk ({@code
 * childrenAtRsoAddresses}: every one). What counts as a correct hidden association is in
 * docs/network.md ("Quality"). Fails below network/quality-baseline.json.
 */
class NetworkQualityIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AuditSink NO_AUDIT = (v, e, o, out, p, d) -> { };
    @TempDir
    static Path work;
    private static JsonNode manifest;
    private static Viewer analyst;
    private static Clock clock;
    static final Map<String, Map<String, Double>> MEASURED = new LinkedHashMap<>();

    @BeforeAll
    static void load() throws IOException {
        TestGraph.clear();
        DemoData.ensureLoaded(TestGraph.graph(), work, 1000, List.of("Cumbria"), 42, line -> { });
        manifest = JSON.readTree(Files.readString(work.resolve("demo-dataset/manifest.json")));
        clock = Clock.fixed(GeneratorOptions.DEFAULT_AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        analyst = new Viewer("quality", "cumbria-police", "POLICE", Set.of("cumbria"), Set.of("ANALYST"), Marking.SECRET,
                null, "quality", "127.0.0.1");
    }

    static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    @Test
    void duplicate_scan_finds_the_planted_duplicates() throws IOException {
        DuplicateScan scan = new IdentityService(TestGraph.graph(), NO_AUDIT, clock).scanNow(analyst);
        Set<String> truth = new HashSet<>();
        manifest.get("duplicates").get("items").forEach(i -> truth.add(pair(i.get("original").asText(), i.get("duplicate").asText())));
        Set<String> found = new HashSet<>();
        for (DuplicateCandidate c : scan.candidates()) {
            found.add(pair((String) c.first().get("id"), (String) c.second().get("id")));
        }
        long hit = found.stream().filter(truth::contains).count();
        double recall = (double) hit / truth.size();
        double precision = found.isEmpty() ? 0 : (double) hit / found.size();
        long n = scan.view(0).records();
        System.out.printf("duplicates: planted %d, found %d, correct %d, recall %.4f, precision %.4f, records %d, compared pairs %d (%.2f x N)%n",
                truth.size(), found.size(), hit, recall, precision, n, scan.comparedPairs(), (double) scan.comparedPairs() / n);
        truth.stream().filter(t -> !found.contains(t)).forEach(t -> System.out.println("missed duplicate " + t));
        found.stream().filter(f -> !truth.contains(f)).forEach(f -> System.out.println("extra duplicate " + f));
        assertThat(scan.comparedPairs()).isLessThanOrEqualTo(50 * n);
        check("duplicates", recall, precision);
    }

    @Test
    void hidden_associations_report_finds_the_planted_links() throws IOException {
        NetworkService network = new NetworkService(TestGraph.graph(), NO_AUDIT);
        HiddenAssociations hidden = new HiddenAssociations(TestGraph.graph(), network, NO_AUDIT, clock);
        Set<String> truth = new HashSet<>();
        Set<String> subjects = new HashSet<>();
        manifest.get("hiddenAssociations").get("items").forEach(i -> {
            truth.add(pair(i.get("owner").asText(), i.get("sharer").asText()));
            subjects.add(i.get("owner").asText());
            subjects.add(i.get("sharer").asText());
        });
        Set<String> acceptable = new HashSet<>(truth);
        manifest.get("duplicates").get("items").forEach(i -> acceptable.add(pair(i.get("original").asText(), i.get("duplicate").asText())));
        for (JsonNode g : manifest.get("coOffenderGroups").get("items")) {
            allPairs(g.get("members"), acceptable);
        }
        for (JsonNode g : manifest.get("jointOffences").get("items")) {
            allPairs(g.get("members"), acceptable);
        }
        Set<String> found = new HashSet<>();
        for (String subject : subjects) {
            NetworkNode node = NetworkNode.of(network.start(analyst, "PERSON", subject));
            for (HiddenAssociation a : hidden.compute(analyst, node, 200).associations()) {
                if (a.score() >= 0.3) {
                    found.add(pair(subject, a.person().id()));
                }
            }
        }
        long hit = truth.stream().filter(found::contains).count();
        long correct = found.stream().filter(acceptable::contains).count();
        double recall = (double) hit / truth.size();
        double precision = found.isEmpty() ? 0 : (double) correct / found.size();
        System.out.printf("hidden associations: planted %d, found %d (MODERATE or STRONG), planted found %d, acceptable %d, recall %.4f, precision %.4f%n",
                truth.size(), found.size(), hit, correct, recall, precision);
        truth.stream().filter(t -> !found.contains(t)).forEach(t -> System.out.println("missed hidden " + t));
        found.stream().filter(f -> !acceptable.contains(f)).forEach(f -> System.out.println("extra hidden " + f));
        check("hiddenAssociations", recall, precision);
    }

    @Test
    void every_child_at_an_rso_home_is_found() throws IOException {
        ChildrenAtRisk children = new ChildrenAtRisk(TestGraph.graph(), new NetworkService(TestGraph.graph(), NO_AUDIT), NO_AUDIT, clock);
        var page = children.compute(analyst, "cumbria", 10_000);
        Set<String> found = new HashSet<>();
        Set<String> currentUnder16Rso = new HashSet<>();
        page.items().forEach(c -> {
            String p = c.child().get("id") + "@" + c.nominal().get("id");
            found.add(p);
            if (c.current() && c.registeredSexOffender() && c.age() != null && c.age() < 16 && "PRIVATE".equals(c.address().get("kind"))) {
                currentUnder16Rso.add(p);
            }
        });
        Set<String> truth = new HashSet<>();
        manifest.get("childrenAtRsoAddresses").get("items").forEach(i -> truth.add(i.get("child").asText() + "@" + i.get("nominal").asText()));
        long hit = truth.stream().filter(found::contains).count();
        double recall = (double) hit / truth.size();
        double precision = currentUnder16Rso.isEmpty() ? 0 : (double) currentUnder16Rso.stream().filter(truth::contains).count() / currentUnder16Rso.size();
        System.out.printf("children at risk: planted %d, listed %d, current under-16 at an RSO home %d, found %d, recall %.4f, precision (current under-16 RSO subset) %.4f%n",
                truth.size(), found.size(), currentUnder16Rso.size(), hit, recall, precision);
        truth.stream().filter(t -> !found.contains(t)).forEach(t -> System.out.println("missed child " + t));
        assertThat(recall).as("every planted child at an RSO home").isEqualTo(1.0);
        check("childrenAtRisk", recall, precision);
    }

    private static void allPairs(JsonNode members, Set<String> into) {
        List<String> ids = new ArrayList<>();
        members.forEach(m -> ids.add(m.asText()));
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                into.add(pair(ids.get(i), ids.get(j)));
            }
        }
    }

    private static void check(String section, double recall, double precision) throws IOException {
        JsonNode baseline;
        try (InputStream in = NetworkQualityIT.class.getResourceAsStream("/network/quality-baseline.json")) {
            baseline = JSON.readTree(in);
        }
        JsonNode b = baseline.get(section);
        assertThat(b).as("a baseline for " + section).isNotNull();
        assertThat(recall).as(section + " recall").isGreaterThanOrEqualTo(b.get("recall").asDouble());
        assertThat(precision).as(section + " precision").isGreaterThanOrEqualTo(b.get("precision").asDouble());
    }
}
