package uk.vigil.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.vigil.auth.AuthTestApp.TestUser;
import uk.vigil.testing.TestGraph;

class SessionApiIT {
    private AuthTestApp app;

    @BeforeEach
    void start(@TempDir Path web) throws IOException {
        Files.writeString(web.resolve("probe.html"), "<!doctype html><title>Static probe</title>");
        app = AuthTestApp.start(SessionPolicy.DEFAULT, web);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void api_requests_without_a_session_get_401_and_never_reach_the_handler() {
        AuthClient anonymous = app.client();
        assertThat(anonymous.get("/api/probe/whoami").status()).isEqualTo(401);
        assertThat(anonymous.post("/api/probe/echo", Map.of()).status()).isEqualTo(401);
        assertThat(anonymous.get("/api/no-such-endpoint").status()).isEqualTo(401); // no probing for endpoints
        anonymous.setCookie(SessionCookie.NAME, "made-up");
        AuthClient.Response madeUp = anonymous.get("/api/probe/whoami");
        assertThat(madeUp.status()).isEqualTo(401);
        assertThat(madeUp.setCookies()).containsExactly(SessionCookie.clear());
        assertThat(app.probe.calls).hasValue(0);
    }

    @Test
    void the_signed_in_user_is_on_the_request_for_other_features() {
        TestGraph.graph().write(tx -> tx.run("CREATE (:Agency {id: 'cumbria-police', type: 'POLICE'})").consume());
        AuthClient client = app.signIn(app.user("jo", Role.ANALYST));
        AuthClient.Response r = client.get("/api/probe/whoami");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("username").asText()).isEqualTo("jo");
        assertThat(r.json().get("agencyType").asText()).isEqualTo("POLICE");
    }

    @Test
    void state_changing_requests_need_the_sessions_csrf_token() {
        AuthClient client = app.signIn(app.user("jo", Role.ANALYST));
        String token = client.csrfToken();

        client.setCsrfToken(null);
        AuthClient.Response missing = client.post("/api/probe/echo", Map.of());
        assertThat(missing.status()).isEqualTo(403);
        assertThat(missing.json().get("error").asText()).contains("X-CSRF-Token");

        client.setCsrfToken(token.substring(1) + "A");
        assertThat(client.post("/api/probe/echo", Map.of()).status()).isEqualTo(403);
        for (String method : new String[] {"PUT", "PATCH", "DELETE"}) {
            assertThat(client.send(method, "/api/probe/echo", null, Map.of()).status()).as(method).isEqualTo(403);
        }
        assertThat(app.probe.calls).hasValue(0);
        assertThat(app.events.lines).contains("CSRF jo POST /api/probe/echo");

        AuthClient other = app.signIn(app.user("sam", Role.ANALYST)); // another session's token is no good either
        client.setCsrfToken(other.csrfToken());
        assertThat(client.post("/api/probe/echo", Map.of()).status()).isEqualTo(403);

        client.setCsrfToken(token);
        AuthClient.Response ok = client.post("/api/probe/echo", Map.of());
        assertThat(ok.status()).isEqualTo(200);
        assertThat(app.probe.calls).hasValue(1);
    }

    @Test
    void a_session_ends_after_thirty_idle_minutes() {
        AuthClient client = app.signIn(app.user("jo", Role.ANALYST));
        app.clock.advance(Duration.ofMinutes(29));
        assertThat(client.get("/api/probe/whoami").status()).isEqualTo(200);
        app.clock.advance(Duration.ofMinutes(29));
        assertThat(client.get("/api/probe/whoami").status()).isEqualTo(200);
        app.clock.advance(Duration.ofMinutes(30));
        assertThat(client.get("/api/probe/whoami").status()).isEqualTo(401);
        assertThat(app.events.last()).isEqualTo("EXPIRED jo IDLE");
    }

    @Test
    void a_busy_session_still_ends_twelve_hours_after_sign_in() {
        AuthClient client = app.signIn(app.user("jo", Role.ANALYST));
        for (int i = 0; i < 47; i++) { // 47 x 15 min = 11 h 45 min
            app.clock.advance(Duration.ofMinutes(15));
            assertThat(client.get("/api/session").status()).isEqualTo(200);
        }
        app.clock.advance(Duration.ofMinutes(15));
        assertThat(client.get("/api/session").status()).isEqualTo(401);
        assertThat(app.events.last()).isEqualTo("EXPIRED jo ABSOLUTE");
    }

    @Test
    void disabling_a_user_ends_all_their_sessions() {
        TestUser jo = app.user("jo", Role.ANALYST);
        AuthClient laptop = app.signIn(jo);
        AuthClient desktop = app.signIn(jo);
        AuthClient sam = app.signIn(app.user("sam", Role.ANALYST));
        AuthClient admin = app.signIn(app.user("admin", Role.ADMINISTRATOR));

        AuthClient.Response disabled = admin.post("/api/admin/users/jo/disable", Map.of());
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
        assertThat(laptop.get("/api/probe/whoami").status()).isEqualTo(401);
        assertThat(desktop.get("/api/probe/whoami").status()).isEqualTo(401);
        assertThat(sam.get("/api/probe/whoami").status()).isEqualTo(200);
        app.nextStep();
        assertThat(app.client().signIn("jo", jo.password(), app.code(jo)).status()).isEqualTo(401);

        assertThat(admin.post("/api/admin/users/jo/enable", Map.of()).status()).isEqualTo(200);
        app.signIn(jo);
    }

    @Test
    void security_headers_are_on_api_static_and_error_responses() {
        AuthClient client = app.signIn(app.user("jo", Role.ANALYST));
        assertSecurityHeaders(client.get("/api/session"), 200);
        assertSecurityHeaders(app.client().get("/api/session"), 401);
        AuthClient.Response unknown = client.get("/api/no-such-endpoint"); // 404 (or the SPA's index when built)
        assertSecurityHeaders(unknown, unknown.status());
        assertSecurityHeaders(app.client().post("/api/probe/echo", Map.of()), 401);
        AuthClient.Response page = app.client().get("/probe.html");
        assertSecurityHeaders(page, 200);
        assertThat(page.body()).contains("<title>Static probe</title>");
        AuthClient.Response other = app.client().get("/no-such-page"); // 404, or the app's index when built
        assertSecurityHeaders(other, other.status());
    }

    private static void assertSecurityHeaders(AuthClient.Response r, int status) {
        assertThat(r.status()).isEqualTo(status);
        SecurityHeaders.ALL.forEach((name, value) -> assertThat(r.header(name)).as(name + " on " + status).isEqualTo(value));
    }
}
