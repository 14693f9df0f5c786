package uk.vigil.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.vigil.Server;
import uk.vigil.auth.AuthClient;
import uk.vigil.config.VigilConfig;
import uk.vigil.testing.Fixtures;
import uk.vigil.testing.TestGraph;
import uk.vigil.testing.TestUsers;

/** Briefing packs for fixtures/chair.cypher: content for a rich case, redaction, the PDF and its audit. */
class BriefingApiIT {
    private static Server server;
    private static AuthClient chair;
    private static AuthClient dtc;
    private static AuthClient police;
    private static AuthClient om;

    @BeforeAll
    static void start() {
        TestGraph.clear();
        Fixtures.load("chair.cypher");
        TestUsers.create(new TestUsers.Spec("pack-chair", "cumbria-probation", List.of("cumbria"), List.of("MAPPA_CHAIR"),
                "OFFICIAL_SENSITIVE", "OC1"));
        TestUsers.create(new TestUsers.Spec("pack-dtc", "cumbria-childrens-services", List.of("cumbria"), List.of("DTC_MEMBER"),
                "OFFICIAL_SENSITIVE", "OD1"));
        TestUsers.create(new TestUsers.Spec("pack-police", "cumbria-police", List.of("cumbria"), List.of("POLICE_PRACTITIONER"),
                "OFFICIAL_SENSITIVE", null));
        TestUsers.create(new TestUsers.Spec("pack-om", "cumbria-probation", List.of("cumbria"), List.of("OFFENDER_MANAGER"),
                "OFFICIAL_SENSITIVE", "OM1"));
        server = Server.start(TestGraph.graph(), VigilConfig.from(Map.of()).withHttpPort(0));
        chair = TestUsers.signIn(server.port(), "pack-chair");
        dtc = TestUsers.signIn(server.port(), "pack-dtc");
        police = TestUsers.signIn(server.port(), "pack-police");
        om = TestUsers.signIn(server.port(), "pack-om");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    @Test
    void the_pack_of_a_rich_case_has_every_section_the_chair_needs() {
        AuthClient.Response r = chair.get("/api/meetings/MN/pack?case=K1");
        assertThat(r.status()).isEqualTo(200);
        JsonNode p = r.json();
        LocalDate today = LocalDate.now();
        assertThat(p.get("identity").get("surname").asText()).isEqualTo("Marsh");
        assertThat(p.get("identity").get("visorRef").asText()).isEqualTo("VIS-00000001");
        assertThat(p.get("mappaCase").get("leadAgency").asText()).isEqualTo("Probation Service Cumbria");
        assertThat(p.get("since").asText()).isEqualTo(today.minusDays(28).toString());
        assertThat(texts(p.get("levelHistory"), "level")).containsExactly("2", "1");
        assertThat(p.get("rosh").get("level").asText()).isEqualTo("HIGH");
        assertThat(p.get("rosh").get("previous").asText()).isEqualTo("MEDIUM");
        assertThat(texts(p.get("assessments"), "tool")).containsExactly("ARMS", "RM2000", "ROSH");
        assertThat(p.get("assessments").get(0).get("notes").asText()).startsWith("Priority: high"); // not the SECRET one
        assertThat(texts(p.get("orders"), "type")).containsExactly("SHPO", "NOTIFICATION_REQUIREMENTS"); // expired licence left out
        assertThat(p.get("orders").get(0).get("daysToExpiry").asInt()).isEqualTo(693); // counted from the meeting day
        assertThat(p.get("orders").get(0).get("conditions").toString()).contains("Not to contact Vera Lowe");
        JsonNode victim = p.get("victims").get(0);
        assertThat(p.get("victims")).hasSize(1);
        assertThat(victim.get("surname").asText()).isEqualTo("Lowe");
        assertThat(victim.get("protectedBy").toString()).contains("NO_CONTACT");
        assertThat(victim.get("openConflicts").asInt()).isEqualTo(1);
        assertThat(texts(p.get("conflicts"), "id")).containsExactly("CF1");
        assertThat(p.get("conflicts").get(0).get("isNew").asBoolean()).isTrue();
        assertThat(p.get("conflicts").get(0).get("involves").get(0).get("name").asText()).isEqualTo("Vera Lowe");
        assertThat(texts(p.get("intelligence"), "id")).containsExactly("K1-I1");
        assertThat(p.get("intelligence").get(0).get("childPresent").asBoolean()).isTrue();
        assertThat(texts(p.get("events"), "type")).containsExactly("BREACH");
        assertThat(p.get("lastMeeting").get("meeting").asText()).isEqualTo("MP");
        assertThat(p.get("lastMeeting").get("decisions").get(0).get("decision").asText()).isEqualTo("Remain at level 2");
        JsonNode actions = p.get("actions");
        assertThat(texts(actions, "id")).containsExactly("K1-A1", "K1-A2");
        assertThat(actions.get(0).get("overdue").asBoolean()).isTrue();
        assertThat(actions.get(0).get("owner").asText()).isEqualTo("Priya Shah");
        assertThat(actions.get(0).get("agency").asText()).isEqualTo("Cumbria Constabulary");
        assertThat(actions.get(1).get("overdue").asBoolean()).isFalse();
        assertThat(p.get("plan").get("id").asText()).isEqualTo("K1-P1");
        assertThat(p.get("plan").get("emptyPillars").toString()).isEqualTo("[\"victimSafety\"]");
        assertThat(p.get("disclosures").get(0).get("reviewDue").asBoolean()).isTrue();
        assertThat(p.get("homeVisits").get("lastYear").asInt()).isEqualTo(1);
        assertThat(p.get("homeVisits").get("minimumPerYear").asInt()).isEqualTo(4);
        assertThat(p.get("homeVisits").get("belowMinimum").asBoolean()).isTrue();
        assertThat(p.get("flags").get("overdueActions").asInt()).isEqualTo(1);
        assertThat(p.get("withheld")).isEmpty();
    }

    @Test
    void an_invited_partner_sees_only_the_invited_case_with_victims_redacted_and_intelligence_withheld() {
        AuthClient.Response r = dtc.get("/api/meetings/MN/pack?case=K1");
        assertThat(r.status()).isEqualTo(200);
        String body = r.body();
        assertThat(body).doesNotContain("Vera").doesNotContain("Lowe").doesNotContain("V1\"")
                .doesNotContain("primary school").doesNotContain("VIS-00000001");
        JsonNode p = r.json();
        assertThat(p.get("victims").get(0).get("redacted").asBoolean()).isTrue();
        assertThat(p.get("victims").get(0).get("protectedBy").toString()).contains("NO_CONTACT");
        assertThat(p.get("conflicts").get(0).get("summary").asText()).contains("protected person");
        assertThat(p.get("conflicts").get(0).get("involves").get(0).get("redacted").asBoolean()).isTrue();
        assertThat(p.get("orders").get(0).get("conditions").toString()).contains("[protected person]");
        assertThat(p.get("intelligence")).isEmpty();
        assertThat(p.get("withheld").toString()).isEqualTo("[\"identifiers\",\"intelligence\",\"events\"]");

        AuthClient.Response other = dtc.get("/api/meetings/MN/pack?case=K12");
        AuthClient.Response unknown = dtc.get("/api/meetings/MN/pack?case=K99");
        assertThat(other.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(other.json().get("error").asText()).isEqualTo("No case with id K12 at this meeting");
        assertThat(other.body()).doesNotContain("N12").doesNotContain("Lamb");

        JsonNode pack = dtc.get("/api/meetings/MN/pack").json();
        assertThat(texts(pack.get("cover"), "caseId")).containsExactly("K1");
        assertThat(pack.toString()).doesNotContain("Lamb");
    }

    @Test
    void outside_their_caseload_a_practitioner_must_say_why() {
        assertThat(police.get("/api/meetings/MN/pack?case=K1").status()).isEqualTo(428);
        AuthClient.Response r = police.send("GET", "/api/meetings/MN/pack?case=K1", null,
                Map.of("X-Vigil-Purpose", "Covering for the police offender manager"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("victims").get(0).get("redacted").asBoolean()).isTrue(); // no need to know the victim
    }

    @Test
    void the_meeting_pack_is_a_real_pdf_marked_on_every_page_and_its_creation_is_audited() throws Exception {
        long before = exports();
        HttpResponse<byte[]> r = bytes(chair, "/api/meetings/MN/pack.pdf");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(new String(r.body(), 0, 5)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(r.body())) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(3); // cover + K1 + K12
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= pages; i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String page = stripper.getText(doc);
                assertThat(page.split("OFFICIAL-SENSITIVE", -1).length - 1).as("markings on page " + i).isGreaterThanOrEqualTo(2);
                assertThat(page).contains("page " + i + " of " + pages);
            }
            stripper.setStartPage(1);
            stripper.setEndPage(pages);
            String text = stripper.getText(doc);
            assertThat(text).contains("Cover summary: 2 cases").contains("Richard MARSH").contains("Second LAMB")
                    .contains("OVERDUE OPEN due").contains("Victim safety planning: EMPTY").contains("Vera Lowe")
                    .contains("BELOW MINIMUM").contains("REVIEW DUE").contains("VICTIM_PROXIMITY");
            assertThat(doc.getDocumentInformation().getSubject()).isEqualTo("OFFICIAL-SENSITIVE");
        }
        assertThat(exports()).isEqualTo(before + 1);
        assertThat(TestGraph.count("MATCH (r:AuditRecord {event: 'EXPORT'})-[:TOUCHED]->(:AuditObject {key: 'CASE:K12'}) RETURN count(r)",
                Map.of())).isEqualTo(1);
    }

    @Test
    void a_partners_pdf_holds_only_their_case_and_no_victim() throws Exception {
        HttpResponse<byte[]> r = bytes(dtc, "/api/meetings/MN/pack.pdf");
        assertThat(r.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(r.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Richard MARSH").doesNotContain("LAMB").doesNotContain("Vera").doesNotContain("Lowe")
                    .contains("A victim (identity withheld)").contains("Not shared with your agency");
        }
        assertThat(bytes(dtc, "/api/meetings/M3/pack.pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void a_meetings_packs_read_together_equal_each_case_read_alone_and_each_is_audited() {
        // a meeting of ten cases: levels 1 to 3, one of them hidden from everyone here (K11, restricted)
        List<String> agenda = List.of("K1", "K2", "K3", "K4", "K5", "K11", "K6", "K7", "K8", "K9", "K12");
        TestGraph.graph().write(tx -> tx.run("""
                MATCH (ch:Officer {id: 'OC1'})
                CREATE (m:Meeting {id: 'MB', area: 'cumbria', level: 2, status: 'PLANNED', marking: 'OFFICIAL_SENSITIVE',
                                   date: datetime({date: date() + duration({days: 14}), hour: 9, minute: 30, timezone: 'Z'})})
                CREATE (m)-[:CHAIRED_BY]->(ch)
                WITH m
                UNWIND range(0, size($agenda) - 1) AS i
                MATCH (mc:MappaCase {id: $agenda[i]})
                CREATE (m)-[:DISCUSSES {agendaOrder: i + 1}]->(mc)""", Map.of("agenda", agenda)).consume());
        TestGraph.graph().write(tx -> tx.run("""
                MATCH (n3:Nominal {id: 'N3'})
                CREATE (n3)-[:HAS_CONVICTION]->(:Conviction {id: 'MB-CV'})-[:FOR_OFFENCE]->(:Offence {id: 'MB-OF', type: 'ASSAULT'})
                       -[:AGAINST]->(:Person:Victim {id: 'MB-V', forename: 'Wendy', surname: 'Hale', area: 'cumbria',
                                                     marking: 'OFFICIAL_SENSITIVE'})""").consume());
        try {
            // the chair may see every victim; the offender manager only N1's (their own case), so one
            // batch mixes named and redacted victims; the offender manager states a purpose
            for (AuthClient viewer : List.of(chair, om)) {
                Map<String, String> purpose = Map.of("X-Vigil-Purpose", "Preparing for the meeting");
                long opened = viewsOk();
                JsonNode whole = viewer.send("GET", "/api/meetings/MB/pack", null, purpose).json();
                List<String> cases = texts(whole.get("cover"), "caseId");
                assertThat(cases).containsExactly("K1", "K2", "K3", "K4", "K5", "K6", "K7", "K8", "K9", "K12");
                assertThat(viewsOk()).as("one VIEW_PERSON per case").isEqualTo(opened + 11 - 1);
                for (int i = 0; i < cases.size(); i++) {
                    AuthClient.Response alone = viewer.send("GET", "/api/meetings/MB/pack?case=" + cases.get(i), null, purpose);
                    assertThat(alone.status()).isEqualTo(200);
                    assertThat(whole.get("cases").get(i)).as(cases.get(i)).isEqualTo(alone.json());
                }
                assertThat(viewer.send("GET", "/api/meetings/MB/pack?case=K11", null, purpose).status()).isEqualTo(404);
                assertThat(whole.get("cases").get(0).get("victims").get(0).get("redacted").asBoolean()).isFalse(); // N1's
                assertThat(whole.get("cases").get(2).get("victims").get(0).get("redacted").asBoolean()).isEqualTo(viewer == om);
            }
            assertThat(TestGraph.count("""
                    MATCH (r:AuditRecord {event: 'VIEW_PERSON', outcome: 'OK'})-[:TOUCHED]->(:AuditObject {key: 'PERSON:N7'})
                    RETURN count(r)""", Map.of())).isEqualTo(4); // whole pack and alone, for each viewer
            assertThat(TestGraph.count("""
                    MATCH (r:AuditRecord {event: 'PERMISSION_DENIED'})-[:TOUCHED]->(:AuditObject {key: 'PERSON:N11'})
                    RETURN count(r)""", Map.of())).isGreaterThanOrEqualTo(2);
        } finally {
            TestGraph.graph().write(tx -> tx.run("""
                    MATCH (x) WHERE x.id IN ['MB', 'MB-CV', 'MB-OF', 'MB-V'] DETACH DELETE x""").consume());
        }
    }

    @Test
    void outside_the_caseload_a_meeting_pack_needs_a_purpose_and_nothing_is_read_without_one() {
        long opened = viewsOk();
        assertThat(police.get("/api/meetings/MN/pack").status()).isEqualTo(428);
        assertThat(viewsOk()).isEqualTo(opened);
        assertThat(TestGraph.count("""
                MATCH (r:AuditRecord {event: 'VIEW_PERSON', outcome: 'PURPOSE_REQUIRED'})-[:TOUCHED]->(o:AuditObject)
                WHERE o.key IN ['PERSON:N1', 'PERSON:N12'] RETURN count(DISTINCT o)""", Map.of())).isEqualTo(2);
    }

    private static long viewsOk() {
        return TestGraph.count("MATCH (r:AuditRecord {event: 'VIEW_PERSON', outcome: 'OK'}) RETURN count(r)", Map.of());
    }

    private static long exports() {
        return TestGraph.count("MATCH (r:AuditRecord {event: 'EXPORT'}) RETURN count(r)", Map.of());
    }

    private static HttpResponse<byte[]> bytes(AuthClient client, String path) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Cookie", "__Host-vigil-session=" + client.cookie("__Host-vigil-session")).GET().build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofByteArray());
    }
}
