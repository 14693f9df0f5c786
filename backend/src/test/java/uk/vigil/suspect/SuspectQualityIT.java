package uk.vigil.suspect;

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
import java.util.HashMap;
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
 * Suspect search quality on the generator's planted cases (manifest.json `suspectCases`, 1,000
 * Cumbrian nominals, seed 42): each case's inputs go through the search as a police officer of the
 * area; the true offender must be in the top 5 in at least 90% of cases, and no custody look-alike
 * may rank above him; a tagged offender's trail places him at the scene, and a tagged look-alike whose
 * trail kept him at home is ruled out by it. Fails below the recorded baseline (suspect/quality-baseline.json).
 */
class SuspectQualityIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double GOAL_TOP5 = 0.90;

    @TempDir
    static Path work;
    private static JsonNode manifest;
    private static SuspectService suspects;
    private static SuspectService allDetails;
    private static Viewer officer;

    @BeforeAll
    static void load() throws IOException {
        TestGraph.clear();
        DemoData.ensureLoaded(TestGraph.graph(), work, 1000, List.of("Cumbria"), 42, line -> { });
        manifest = JSON.readTree(Files.readString(work.resolve("demo-dataset/manifest.json")));
        suspects = new SuspectService(TestGraph.graph(), new RecordAccess(TestGraph.graph(), (v, e, o, out, p, d) -> { }),
                Clock.fixed(GeneratorOptions.DEFAULT_AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        suspects.warmUp();
        allDetails = new SuspectService(TestGraph.graph(), new RecordAccess(TestGraph.graph(), (v, e, o, out, p, d) -> { }),
                Clock.fixed(GeneratorOptions.DEFAULT_AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                SuspectService.TIMEOUT, true);
        officer = new Viewer("quality", "cumbria-police", "POLICE", Set.of("cumbria"), Set.of("POLICE_PRACTITIONER"),
                Marking.SECRET, null, "quality", "127.0.0.1");
    }

    /** The manifest's inputs as the investigator would send them. */
    static Map<String, Object> body(JsonNode in) {
        Map<String, Object> b = new HashMap<>();
        b.put("purpose", "CR/QUALITY/1");
        b.put("lat", in.get("lat").asDouble());
        b.put("lng", in.get("lng").asDouble());
        b.put("radiusM", in.get("radiusM").asInt());
        b.put("from", in.get("window").get("from").asText());
        b.put("to", in.get("window").get("to").asText());
        b.put("includeRuledOut", true);
        b.put("size", 100);
        for (String text : List.of("offenceType", "suspectSex", "suspectName", "suspectDescription", "method", "vehicle", "phone",
                "victimSex")) {
            if (in.hasNonNull(text)) {
                b.put(text, in.get(text).asText());
            }
        }
        for (String number : List.of("suspectAgeFrom", "suspectAgeTo", "victimAge")) {
            if (in.hasNonNull(number)) {
                b.put(number, in.get(number).asInt());
            }
        }
        return b;
    }

    @Test
    void the_true_offender_is_in_the_top_five_and_no_custody_decoy_ranks_above_him_and_tag_data_counts() throws IOException {
        int cases = 0;
        int top1 = 0;
        int top5 = 0;
        double reciprocal = 0;
        int custodyDecoys = 0;
        int custodyAbove = 0;
        int custodyRuledOut = 0;
        int namesakes = 0;
        int namesakesAbove = 0;
        long considered = 0;
        int top5ByOpportunity = 0;
        int tagged = 0;
        int taggedSeen = 0;
        int tagAlibis = 0;
        int tagAlibisRuledOut = 0;
        List<String> misses = new ArrayList<>();
        for (JsonNode c : manifest.get("suspectCases").get("items")) {
            cases++;
            SuspectResult r = suspects.search(officer, SuspectRequest.of(body(c.get("inputs"))));
            List<String> ids = r.suspects().stream().map(SuspectResult.Suspect::id).toList();
            String offender = c.get("offender").asText();
            considered += r.considered();
            // what place alone would do: the same candidates ranked by opportunity only
            Map<String, Object> byPlace = body(c.get("inputs"));
            byPlace.put("sort", "OPPORTUNITY");
            int placeRank = suspects.search(officer, SuspectRequest.of(byPlace)).suspects().stream()
                    .map(SuspectResult.Suspect::id).toList().indexOf(offender);
            top5ByOpportunity += placeRank >= 0 && placeRank < 5 ? 1 : 0;
            int rank = ids.indexOf(offender);
            if (c.get("offenderTagged").asBoolean()) {
                tagged++;
                boolean seen = rank >= 0 && r.suspects().get(rank).factors().get(SuspectFactor.OPPORTUNITY).reasons().stream()
                        .anyMatch(why -> why.startsWith("His tag placed him"));
                taggedSeen += seen ? 1 : 0;
                if (!seen) {
                    misses.add("tagged offender " + offender + " not placed by his tag in " + c.get("id").asText());
                }
            }
            if (rank == 0) {
                top1++;
            }
            if (rank >= 0 && rank < 5) {
                top5++;
            }
            if (rank >= 0) {
                reciprocal += 1.0 / (rank + 1);
            }
            if (rank != 0) { // printed for any case he is not first in: the baseline holds top 1 too
                misses.add(c.get("id").asText() + " " + offender + " at " + (rank < 0 ? "-" : rank + 1) + " of " + ids.size()
                        + " " + c.get("inputs") + "\n    him: " + (rank < 0 ? ruledOut(r, offender) : factors(r.suspects().get(rank)))
                        + "\n    top: " + (r.suspects().isEmpty() ? "-" : r.suspects().get(0).id() + " " + factors(r.suspects().get(0))));
            }
            for (JsonNode d : c.get("decoys")) {
                String decoy = d.get("nominal").asText();
                int at = ids.indexOf(decoy);
                boolean above = at >= 0 && (rank < 0 || at < rank);
                if (d.get("kind").asText().equals("TAG_ALIBI")) {
                    // his tag kept him at home, far from the place, through the window: ruled out, saying so
                    tagAlibis++;
                    boolean ruled = r.ruledOut().stream().anyMatch(x -> x.id().equals(decoy)
                            && x.reasons().stream().anyMatch(why -> why.startsWith("Tag data covers the whole window")));
                    tagAlibisRuledOut += ruled ? 1 : 0;
                    if (!ruled) {
                        misses.add("tag alibi " + decoy + " not ruled out in " + c.get("id").asText() + ": "
                                + (at >= 0 ? "ranked " + (at + 1) : ruledOut(r, decoy)));
                    }
                } else if (d.get("kind").asText().equals("IN_CUSTODY")) {
                    custodyDecoys++;
                    custodyAbove += above ? 1 : 0;
                    custodyRuledOut += r.ruledOut().stream().anyMatch(x -> x.id().equals(decoy)) ? 1 : 0;
                    if (above) {
                        misses.add("custody decoy " + decoy + " above the offender in " + c.get("id").asText());
                    }
                } else {
                    namesakes++;
                    namesakesAbove += above ? 1 : 0;
                }
            }
        }
        double top5Share = (double) top5 / cases;
        double mrr = reciprocal / cases;
        System.out.printf("| cases | top 1 | top 5 | MRR | custody decoys (ruled out, above) | namesakes above |%n");
        System.out.printf("| %d | %.3f | %.3f | %.3f | %d (%d, %d) | %d of %d |%n", cases, (double) top1 / cases, top5Share, mrr,
                custodyDecoys, custodyRuledOut, custodyAbove, namesakesAbove, namesakes);
        System.out.printf("candidates scored per case: %.1f; offender in the top 5 by opportunity alone: %.3f%n",
                (double) considered / cases, (double) top5ByOpportunity / cases);
        System.out.printf("offenders placed by their tag: %d of %d; tagged look-alikes ruled out by their trail: %d of %d%n",
                taggedSeen, tagged, tagAlibisRuledOut, tagAlibis);
        misses.forEach(m -> System.out.println("miss: " + m));

        JsonNode baseline = baseline();
        assertThat(cases).isGreaterThanOrEqualTo(50);
        assertThat(custodyAbove).as("custody decoys ranked above the offender").isZero();
        assertThat(tagged).as("cases whose offender was tagged").isPositive();
        assertThat(taggedSeen).as("tagged offenders placed at the scene by their tag").isEqualTo(tagged);
        assertThat(tagAlibis).as("tagged look-alikes at home").isPositive();
        assertThat(tagAlibisRuledOut).as("tagged look-alikes ruled out by their trail").isEqualTo(tagAlibis);
        assertThat(top5Share).as("offender in the top 5").isGreaterThanOrEqualTo(GOAL_TOP5)
                .isGreaterThanOrEqualTo(baseline.get("top5").asDouble());
        assertThat((double) top1 / cases).as("offender first").isGreaterThanOrEqualTo(baseline.get("top1").asDouble());
        assertThat(mrr).as("MRR").isGreaterThanOrEqualTo(baseline.get("mrr").asDouble());
        assertThat(namesakesAbove).as("namesakes far away above the offender").isLessThanOrEqualTo(baseline.get("namesakesAbove").asInt());
    }

    /**
     * The two-step search (details only for who could reach the list) gives the same answer as reading
     * every candidate's details, on every planted case: by total at several sizes, and re-ranked by each
     * factor on a share of the cases; each time also at the first size that cuts a tie.
     */
    @Test
    void the_two_step_search_answers_exactly_as_reading_every_candidates_details() {
        TwoStepAgreement byTotal = new TwoStepAgreement(suspects, allDetails, officer);
        TwoStepAgreement byFactor = new TwoStepAgreement(suspects, allDetails, officer);
        int n = 0;
        for (JsonNode c : manifest.get("suspectCases").get("items")) {
            Map<String, Object> b = body(c.get("inputs"));
            byTotal.check(b, null, List.of(1, 5, 25));
            SuspectFactor f = SuspectFactor.values()[n++ % SuspectFactor.values().length];
            byFactor.check(b, f.name(), List.of(3, 10));
        }
        System.out.println("two-step by total: " + byTotal.summary());
        System.out.println("two-step by one factor: " + byFactor.summary());
        assertThat(byTotal.searches).isGreaterThanOrEqualTo(150);
        assertThat(byTotal.tiesAtTheCut + byFactor.tiesAtTheCut).as("lists cut inside a tie").isPositive();
        // the point of it: most candidates' details are never read when the list is short
        assertThat(byTotal.read).isLessThan(byTotal.considered);
    }

    private static String factors(SuspectResult.Suspect s) {
        StringBuilder sb = new StringBuilder("total " + s.total());
        s.factors().forEach((f, v) -> sb.append(", ").append(f).append(' ').append(v.score()));
        return sb.toString();
    }

    private static String ruledOut(SuspectResult r, String id) {
        return r.ruledOut().stream().filter(x -> x.id().equals(id)).map(x -> "ruled out: " + x.reasons()).findFirst()
                .orElse("not a candidate");
    }

    private static JsonNode baseline() throws IOException {
        try (InputStream in = SuspectQualityIT.class.getResourceAsStream("/suspect/quality-baseline.json")) {
            return JSON.readTree(in);
        }
    }
}
