package uk.vigil.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.vigil.auth.AuthTestApp.TestUser;
import uk.vigil.testing.TestGraph;

class SignInApiIT {
    private static final String GENERIC_401 =
            "{\"error\":\"Username, password or code not recognised\",\"status\":401,\"correlationId\":null}";
    private AuthTestApp app;

    @BeforeEach
    void start() {
        app = AuthTestApp.start();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void sign_in_sets_a_new_host_cookie_with_every_attribute_and_returns_the_user_and_csrf_token() {
        TestUser jo = app.user("jo", Role.ANALYST, Role.OFFENDER_MANAGER);
        AuthClient client = app.client();
        AuthClient.Response r = client.signIn("jo", jo.password(), app.code(jo));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.setCookies()).hasSize(1);
        assertThat(r.setCookies().get(0))
                .matches("__Host-vigil-session=[A-Za-z0-9_-]{43}; Path=/; Secure; HttpOnly; SameSite=Strict")
                .doesNotContainIgnoringCase("domain");
        assertThat(r.json().get("csrfToken").asText()).matches("[A-Za-z0-9_-]{43}");
        assertThat(r.json().get("user").get("username").asText()).isEqualTo("jo");
        assertThat(r.json().get("user").get("displayName").asText()).isEqualTo("User jo");
        assertThat(r.json().get("user").get("agency").asText()).isEqualTo("cumbria-police");
        assertThat(r.json().get("user").get("areas").get(0).asText()).isEqualTo("cumbria");
        assertThat(r.json().get("user").get("roles").toString()).isEqualTo("[\"OFFENDER_MANAGER\",\"ANALYST\"]");
        assertThat(r.json().get("user").get("clearance").asText()).isEqualTo("OFFICIAL_SENSITIVE");
        assertThat(r.body()).doesNotContain("argon2").doesNotContain(jo.secret());
        assertThat(r.header("Cache-Control")).isEqualTo("no-store");
        assertThat(app.events.lines).anyMatch(l -> l.startsWith("LOGIN_OK jo "));

        AuthClient.Response session = client.get("/api/session");
        assertThat(session.status()).isEqualTo(200);
        assertThat(session.json().get("user").get("username").asText()).isEqualTo("jo");
        assertThat(session.json().get("csrfToken").asText()).isEqualTo(client.csrfToken());
    }

    @Test
    void usernames_are_not_case_sensitive() {
        TestUser jo = app.user("jo", Role.ANALYST);
        assertThat(app.client().signIn(" JO ", jo.password(), app.code(jo)).status()).isEqualTo(200);
    }

    @Test
    void every_kind_of_failure_gets_the_identical_401_body() {
        TestUser jo = app.user("jo", Role.ANALYST);
        TestUser expired = app.user("expired", LocalDate.parse("2026-03-01"), Role.ANALYST);
        TestUser unvetted = app.user("unvetted", (LocalDate) null, Role.ANALYST);
        TestUser disabled = app.user("disabled", Role.ANALYST);
        app.users.setEnabled("disabled", false, "test", app.clock.instant());

        List<AuthClient.Response> answers = new ArrayList<>();
        answers.add(app.client().signIn("jo", "wrong password!", app.code(jo)));
        answers.add(app.client().signIn("nobody", jo.password(), app.code(jo)));
        answers.add(app.client().signIn("jo", jo.password(), "000000".equals(app.code(jo)) ? "111111" : "000000"));
        answers.add(app.client().signIn("jo", jo.password(), ""));
        answers.add(app.client().signIn("expired", expired.password(), app.code(expired)));
        answers.add(app.client().signIn("unvetted", unvetted.password(), app.code(unvetted)));
        answers.add(app.client().signIn("disabled", disabled.password(), app.code(disabled)));
        answers.add(app.client().signIn("", "", ""));

        for (AuthClient.Response r : answers) {
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.body()).isEqualTo(GENERIC_401);
            assertThat(r.setCookies()).isEmpty();
        }
        assertThat(TestGraph.count("MATCH (g:SignInGuard {id: 'unknown-username'}) RETURN g.failures", Map.of()))
                .isEqualTo(2); // "nobody" and ""
        assertThat(app.users.find("disabled")).isPresent();
        assertThat(TestGraph.count("MATCH (u:User {username: 'expired', lastRefusedReason: 'VETTING_EXPIRED'}) RETURN count(u)",
                Map.of())).isEqualTo(1);
        assertThat(app.events.lines).contains("LOGIN_FAILED jo BAD_PASSWORD", "LOGIN_FAILED nobody UNKNOWN_USER",
                "LOGIN_FAILED jo BAD_CODE", "LOGIN_FAILED expired VETTING_EXPIRED", "LOGIN_FAILED unvetted NOT_VETTED",
                "LOGIN_FAILED disabled DISABLED");
    }

    @Test
    void vetting_is_valid_through_its_expiry_date() {
        TestUser lastDay = app.user("lastday", LocalDate.parse("2026-03-02"), Role.ANALYST);
        assertThat(app.client().signIn("lastday", lastDay.password(), app.code(lastDay)).status()).isEqualTo(200);
    }

    @Test
    void five_failures_in_fifteen_minutes_lock_the_account_until_an_administrator_unlocks_it() {
        TestUser jo = app.user("jo", Role.ANALYST);
        TestUser admin = app.user("admin", Role.ADMINISTRATOR);
        AuthClient joSession = app.signIn(jo); // an open session ends when the account locks
        for (int i = 0; i < 5; i++) {
            app.clock.advance(Duration.ofMinutes(2));
            assertThat(app.client().signIn("jo", "wrong password " + i, app.code(jo)).status()).isEqualTo(401);
        }
        assertThat(app.events.lines).contains("LOCKED jo 5", "SESSIONS_ENDED jo 1 LOCKED");
        assertThat(joSession.get("/api/session").status()).isEqualTo(401);

        app.nextStep();
        AuthClient.Response sixth = app.client().signIn("jo", jo.password(), app.code(jo));
        assertThat(sixth.status()).isEqualTo(401);
        assertThat(sixth.body()).isEqualTo(GENERIC_401); // the lock is not revealed
        assertThat(app.events.last()).isEqualTo("LOGIN_FAILED jo LOCKED");
        app.clock.advance(Duration.ofHours(2)); // locks do not time out
        assertThat(app.client().signIn("jo", jo.password(), app.code(jo)).status()).isEqualTo(401);

        AuthClient adminClient = app.signIn(admin);
        AuthClient.Response unlocked = adminClient.post("/api/admin/users/jo/unlock", Map.of());
        assertThat(unlocked.status()).isEqualTo(200);
        assertThat(unlocked.json().get("locked").asBoolean()).isFalse();
        app.signIn(jo);
    }

    @Test
    void failures_spread_over_more_than_fifteen_minutes_do_not_lock() {
        TestUser jo = app.user("jo", Role.ANALYST);
        for (int i = 0; i < 5; i++) {
            assertThat(app.client().signIn("jo", "wrong password " + i, app.code(jo)).status()).isEqualTo(401);
            app.clock.advance(Duration.ofMinutes(4)); // 0, 4, 8, 12, 16: never five within 15 minutes
        }
        assertThat(app.events.lines).noneMatch(l -> l.startsWith("LOCKED"));
        app.signIn(jo);
    }

    @Test
    void a_successful_sign_in_starts_the_failure_count_again() {
        TestUser jo = app.user("jo", Role.ANALYST);
        for (int i = 0; i < 4; i++) {
            app.client().signIn("jo", "wrong password " + i, app.code(jo));
        }
        app.signIn(jo);
        for (int i = 0; i < 4; i++) {
            app.client().signIn("jo", "wrong password " + i, app.code(jo));
        }
        app.signIn(jo);
        assertThat(app.events.lines).noneMatch(l -> l.startsWith("LOCKED"));
    }

    @Test
    void a_one_time_code_signs_in_once() {
        TestUser jo = app.user("jo", Role.ANALYST);
        String code = app.code(jo);
        assertThat(app.client().signIn("jo", jo.password(), code).status()).isEqualTo(200);
        assertThat(app.client().signIn("jo", jo.password(), code).status()).isEqualTo(401);
        assertThat(app.events.last()).isEqualTo("LOGIN_FAILED jo BAD_CODE");
    }

    @Test
    void the_previous_code_is_still_accepted_for_clock_drift() {
        TestUser jo = app.user("jo", Role.ANALYST);
        String previous = Totp.code(jo.secret(), app.clock.instant().minusSeconds(30));
        assertThat(app.client().signIn("jo", jo.password(), previous).status()).isEqualTo(200);
        String tooOld = Totp.code(jo.secret(), app.clock.instant().minusSeconds(90));
        app.nextStep();
        assertThat(app.client().signIn("jo", jo.password(), tooOld).status()).isEqualTo(401);
    }

    @Test
    void a_session_id_the_browser_had_before_signing_in_is_never_adopted() {
        TestUser jo = app.user("jo", Role.ANALYST);
        AuthClient client = app.client();
        client.setCookie(SessionCookie.NAME, "attacker-chosen-value");
        client.signIn("jo", jo.password(), app.code(jo));
        String first = client.cookie(SessionCookie.NAME);
        assertThat(first).isNotEqualTo("attacker-chosen-value");

        AuthClient attacker = app.client();
        attacker.setCookie(SessionCookie.NAME, "attacker-chosen-value");
        assertThat(attacker.get("/api/session").status()).isEqualTo(401);

        app.nextStep(); // signing in again with a live session replaces it
        client.signIn("jo", jo.password(), app.code(jo));
        assertThat(client.cookie(SessionCookie.NAME)).isNotEqualTo(first);
        AuthClient old = app.client();
        old.setCookie(SessionCookie.NAME, first);
        assertThat(old.get("/api/session").status()).isEqualTo(401);
        assertThat(client.get("/api/session").status()).isEqualTo(200);
    }

    @Test
    void signing_out_ends_the_session_on_the_server() {
        AuthClient client = app.signIn(app.user("jo", Role.ANALYST));
        String id = client.cookie(SessionCookie.NAME);
        AuthClient.Response out = client.delete("/api/session");
        assertThat(out.status()).isEqualTo(204);
        assertThat(out.setCookies()).containsExactly(SessionCookie.clear());
        assertThat(app.events.lines).anyMatch(l -> l.startsWith("LOGOUT jo "));

        AuthClient replay = app.client();
        replay.setCookie(SessionCookie.NAME, id);
        assertThat(replay.get("/api/session").status()).isEqualTo(401);
        assertThat(replay.get("/api/probe/whoami").status()).isEqualTo(401);
    }

    @Test
    void signing_out_needs_the_csrf_token() {
        AuthClient client = app.signIn(app.user("jo", Role.ANALYST));
        client.setCsrfToken(null);
        assertThat(client.delete("/api/session").status()).isEqualTo(403);
        assertThat(client.get("/api/session").status()).isEqualTo(200);
    }

    @Test
    void without_a_session_get_session_is_401() {
        AuthClient.Response r = app.client().get("/api/session");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("error").asText()).isEqualTo("Sign in to continue");
    }

    @Test
    void sign_in_must_be_json_from_our_own_pages() {
        TestUser jo = app.user("jo", Role.ANALYST);
        AuthClient client = app.client();
        AuthClient.Response form = client.send("POST", "/api/session",
                "username=jo&password=x&code=1", Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertThat(form.status()).isEqualTo(415);
        AuthClient.Response text = client.send("POST", "/api/session",
                "{\"username\":\"jo\"}", Map.of("Content-Type", "text/plain"));
        assertThat(text.status()).isEqualTo(415);
        AuthClient.Response crossSite = client.send("POST", "/api/session",
                Map.of("username", "jo", "password", jo.password(), "code", app.code(jo)), Map.of("Sec-Fetch-Site", "cross-site"));
        assertThat(crossSite.status()).isEqualTo(403);
        assertThat(crossSite.setCookies()).isEmpty();
        AuthClient.Response broken = client.send("POST", "/api/session", "{not json",
                Map.of("Content-Type", "application/json; charset=utf-8"));
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.body()).doesNotContain("not json");
    }
}
