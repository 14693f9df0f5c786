package uk.vigil.suspect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import uk.vigil.auth.AuthRoutes;
import uk.vigil.config.VigilConfig;
import uk.vigil.testing.Fixtures;
import uk.vigil.testing.TestGraph;
import uk.vigil.testing.TestUsers;

/** {@code POST /api/suspects/export.pdf} over fixtures/suspects.cypher: a real marked PDF, computed by the server, audited. */
class SuspectExportIT {
    private static Server server;
    private static AuthClient analyst;
    private static AuthClient lancashire;
    private static AuthClient dtc;

    @BeforeAll
    static void start() {
        TestGraph.clear();
        Fixtures.load("suspects.cypher");
        TestUsers.create(new TestUsers.Spec("export-analyst", "cumbria-police", List.of("cumbria"), List.of("POLICE_PRACTITIONER"),
                "OFFICIAL_SENSITIVE", null));
        TestUsers.create(new TestUsers.Spec("export-lancs", "cumbria-police", List.of("lancashire"), List.of("POLICE_PRACTITIONER"),
                "OFFICIAL_SENSITIVE", null));
        TestUsers.create(new TestUsers.Spec("export-dtc", "cumbria-childrens-services", List.of("cumbria"),
                List.of("DTC_MEMBER"), "OFFICIAL_SENSITIVE", null));
        new SuspectService(TestGraph.graph(), null, java.time.Clock.systemUTC()).warmUp();
        server = Server.start(TestGraph.graph(), VigilConfig.from(Map.of()).withHttpPort(0));
        analyst = TestUsers.signIn(server.port(), "export-analyst");
        lancashire = TestUsers.signIn(server.port(), "export-lancs");
        dtc = TestUsers.signIn(server.port(), "export-dtc");
        for (int attempt = 0; attempt < 3 && analyst.post("/api/suspects", SuspectApiIT.offence()).status() != 200; attempt++) {
            Thread.onSpinWait();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void the_export_is_a_marked_pdf_of_the_search_the_server_ran_and_is_audited() throws Exception {
        long before = exports();
        Map<String, Object> b = SuspectApiIT.offence();
        b.remove("includeRuledOut"); // the export lists the ruled-out all the same
        HttpResponse<byte[]> r = pdf(analyst, b);
        assertThat(r.statusCode()).as(new String(r.body())).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains("suspects-CR_2025_061001.pdf");
        assertThat(new String(r.body(), 0, 5)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(r.body())) {
            PDFTextStripper stripper = new PDFTextStripper();
            int pages = doc.getNumberOfPages();
            for (int i = 1; i <= pages; i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String page = stripper.getText(doc);
                assertThat(page.split("OFFICIAL-SENSITIVE", -1).length - 1).as("markings on page " + i).isGreaterThanOrEqualTo(2);
                assertThat(page).contains("page " + i + " of " + pages);
            }
            stripper.setStartPage(1);
            stripper.setEndPage(pages);
            String text = stripper.getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("CR/2025/061001", "by export-analyst", "spider web tattoo", "2025-06-10T21:00")
                    .contains("1. Dean Walsh (S1)", "OPPORTUNITY", "3 Fell View")
                    .contains("Gary Platt (S2)", "In custody (sentence, HMP Haverigg) from 2024-11-01 to 2026-02-01")
                    .contains("Recorded as female")
                    .doesNotContain("Lancastrian", "Amy", "Hidden");
            assertThat(text.indexOf("Dean Walsh")).isLessThan(text.indexOf("Ruled out"));
            assertThat(doc.getDocumentInformation().getSubject()).isEqualTo("OFFICIAL-SENSITIVE");
        }
        assertThat(exports()).isEqualTo(before + 1);
        List<Map<String, Object>> audit = TestGraph.graph().read(tx -> tx.run("""
                MATCH (a:AuditRecord {user: 'export-analyst', event: 'EXPORT'})
                WITH a ORDER BY a.seq DESC LIMIT 1
                OPTIONAL MATCH (a)-[:TOUCHED]->(o:AuditObject)
                RETURN a.purpose AS purpose, a.detail AS detail, collect(o.id) AS objects""")
                .list(x -> x.asMap()));
        assertThat(audit.get(0).get("purpose")).isEqualTo("CR/2025/061001");
        assertThat(audit.get(0).get("detail").toString()).contains("SUSPECT_LIST", "PDF");
        assertThat(audit.get(0).get("objects").toString()).contains("S1", "S2");
    }

    @Test
    void the_export_holds_only_what_the_viewer_may_see_and_is_refused_where_the_search_is() throws Exception {
        HttpResponse<byte[]> other = pdf(lancashire, SuspectApiIT.offence());
        assertThat(other.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(other.body())) {
            assertThat(new PDFTextStripper().getText(doc)).doesNotContain("Dean Walsh", "Gary Platt").contains("Lancastrian");
        }
        assertThat(pdf(dtc, SuspectApiIT.offence()).statusCode()).isEqualTo(403);
        HttpRequest anonymous = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/suspects/export.pdf"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(new ObjectMapper().writeValueAsString(SuspectApiIT.offence()))).build();
        assertThat(HttpClient.newHttpClient().send(anonymous, HttpResponse.BodyHandlers.discarding()).statusCode()).isIn(401, 403);
    }

    @Test
    void bad_input_gets_a_clear_400_and_no_pdf() throws Exception {
        Map<String, Object> b = SuspectApiIT.offence();
        b.put("from", "2025-06-11T01:00");
        HttpResponse<byte[]> r = pdf(analyst, b);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(new String(r.body())).contains("inverted");
        b = SuspectApiIT.offence();
        b.put("suspects", List.of("S5"));
        r = pdf(analyst, b);
        assertThat(r.statusCode()).isEqualTo(400); // a list from the client is refused, never trusted
        assertThat(new String(r.body())).contains("Unknown field suspects");
        b = SuspectApiIT.offence();
        b.remove("purpose");
        assertThat(pdf(analyst, b).statusCode()).isEqualTo(428);
    }

    private static long exports() {
        return TestGraph.count("MATCH (r:AuditRecord {event: 'EXPORT', user: 'export-analyst'}) RETURN count(r)", Map.of());
    }

    private static HttpResponse<byte[]> pdf(AuthClient client, Map<String, Object> body) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/suspects/export.pdf"))
                .header("Cookie", "__Host-vigil-session=" + client.cookie("__Host-vigil-session"))
                .header(AuthRoutes.CSRF_HEADER, client.csrfToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(new ObjectMapper().writeValueAsString(body))).build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofByteArray());
    }
}
