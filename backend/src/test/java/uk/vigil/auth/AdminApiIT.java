package uk.vigil.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdminApiIT {
    private AuthTestApp app;
    private AuthClient admin;

    @BeforeEach
    void start() {
        app = AuthTestApp.start();
        admin = app.signIn(app.user("admin", Role.ADMINISTRATOR));
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private static Map<String, Object> newUser(String username) {
        Map<String, Object> u = new HashMap<>();
        u.put("username", username);
        u.put("displayName", "Jo Bloggs");
        u.put("agency", "cumbria-probation");
        u.put("areas", List.of("cumbria"));
        u.put("roles", List.of("OFFENDER_MANAGER", "VICTIM_LIAISON_OFFICER"));
        u.put("clearance", "OFFICIAL_SENSITIVE");
        u.put("vettingLevel", "NPPV2");
        u.put("vettingExpiry", "2028-01-31");
        u.put("password", "a long enough password");
        u.put("officerId", "OF0042");
        return u;
    }

    @Test
    void every_admin_endpoint_is_forbidden_to_everyone_else() {
        for (Role role : Role.values()) {
            if (role == Role.ADMINISTRATOR) {
                continue;
            }
            AuthClient user = app.signIn(app.user("user-" + role.name().toLowerCase().replace('_', '-'), role));
            assertThat(user.get("/api/admin/users").status()).as(role.name()).isEqualTo(403);
            assertThat(user.post("/api/admin/users", newUser("sneaky")).status()).as(role.name()).isEqualTo(403);
            for (String action : List.of("unlock", "disable", "enable")) {
                assertThat(user.post("/api/admin/users/admin/" + action, Map.of()).status())
                        .as(role + " " + action).isEqualTo(403);
            }
        }
        assertThat(app.users.find("sneaky")).isEmpty();
        assertThat(app.users.find("admin").orElseThrow().enabled()).isTrue();
        assertThat(app.client().get("/api/admin/users").status()).isEqualTo(401);
    }

    @Test
    void administrators_create_users_who_can_then_sign_in_with_their_enrolled_code() {
        AuthClient.Response created = admin.post("/api/admin/users", newUser("Jo.Bloggs"));
        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.get("user").get("username").asText()).isEqualTo("jo.bloggs");
        assertThat(body.get("user").get("totpEnrolled").asBoolean()).isTrue();
        assertThat(body.get("user").get("officerId").asText()).isEqualTo("OF0042");
        String secret = body.get("totpSecret").asText();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(body.get("otpauthUri").asText()).startsWith("otpauth://totp/Vigil%3Ajo.bloggs?secret=" + secret);
        assertThat(created.body()).doesNotContain("a long enough password").doesNotContain("argon2");
        assertThat(app.events.lines).contains("ADMIN admin CREATE_USER jo.bloggs OK");

        app.nextStep();
        AuthClient.Response signIn = app.client().signIn("jo.bloggs", "a long enough password",
                Totp.code(secret, app.clock.instant()));
        assertThat(signIn.status()).isEqualTo(200);
        assertThat(signIn.json().get("user").get("roles").toString())
                .isEqualTo("[\"OFFENDER_MANAGER\",\"VICTIM_LIAISON_OFFICER\"]");
    }

    @Test
    void creating_a_user_validates_every_field() {
        Map<String, Object> shortPassword = newUser("joanne");
        shortPassword.put("password", "elevenchars");
        AuthClient.Response r = admin.post("/api/admin/users", shortPassword);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("error").asText()).isEqualTo("password must be at least 12 characters");

        Map<String, Object> badRole = newUser("joanne");
        badRole.put("roles", List.of("SUPERUSER"));
        assertThat(admin.post("/api/admin/users", badRole).json().get("error").asText()).startsWith("roles must be one of");

        assertThat(admin.post("/api/admin/users", newUser("joanne")).status()).isEqualTo(201);
        AuthClient.Response taken = admin.post("/api/admin/users", newUser("joanne"));
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.json().get("error").asText()).isEqualTo("username joanne is taken");

        Map<String, Object> unknownField = newUser("kim");
        unknownField.put("isAdmin", true);
        assertThat(admin.post("/api/admin/users", unknownField).status()).isEqualTo(400);
        assertThat(app.users.find("kim")).isEmpty();
    }

    @Test
    void lists_users_without_their_secrets() {
        app.user("jo", Role.ANALYST);
        AuthClient.Response r = admin.get("/api/admin/users");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().findValuesAsText("username")).containsExactly("admin", "jo");
        assertThat(r.body()).doesNotContain("argon2").doesNotContain("passwordHash").doesNotContain("totpSecret");
        assertThat(r.json().get(1).get("totpEnrolled").asBoolean()).isTrue();
    }

    @Test
    void unknown_users_are_404_and_administrators_cannot_disable_themselves() {
        for (String action : List.of("unlock", "disable", "enable")) {
            AuthClient.Response r = admin.post("/api/admin/users/nobody/" + action, Map.of());
            assertThat(r.status()).as(action).isEqualTo(404);
            assertThat(r.json().get("error").asText()).isEqualTo("No user nobody");
        }
        AuthClient.Response self = admin.post("/api/admin/users/admin/disable", Map.of());
        assertThat(self.status()).isEqualTo(400);
        assertThat(admin.get("/api/session").status()).isEqualTo(200);
    }

    @Test
    void admin_actions_need_the_csrf_token_too() {
        app.user("jo", Role.ANALYST);
        admin.setCsrfToken(null);
        assertThat(admin.post("/api/admin/users/jo/disable", Map.of()).status()).isEqualTo(403);
        assertThat(app.users.find("jo").orElseThrow().enabled()).isTrue();
    }
}
