package uk.vigil;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.router.Endpoint;
import io.javalin.security.Roles;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.vigil.auth.AuthClient;
import uk.vigil.auth.Role;
import uk.vigil.config.VigilConfig;
import uk.vigil.testing.Fixtures;
import uk.vigil.testing.TestGraph;
import uk.vigil.testing.TestUsers;
import uk.vigil.web.Rule;

/**
 * Deny by default, proved over every route the app registers, so a route added later is covered
 * without anyone remembering to add it here: each must carry a {@link Rule}, and for every role
 * the door opens exactly when the rule says so.
 */
class RouteRulesIT {
    /** Routes whose call would end the caller's own session mid-matrix; their rules are still checked. */
    private static final Set<String> NOT_CALLED = Set.of("DELETE /api/session");
    private static final Map<String, String> SAMPLE_PATH_PARAMS = Map.of("{id}", "N1", "{username}", "nobody");

    private static final Set<String> VERBS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private static Server server;
    private static final Map<Role, AuthClient> CLIENTS = new EnumMap<>(Role.class);

    @BeforeAll
    static void start() {
        TestGraph.clear();
        Fixtures.load("nominals.cypher");
        for (Role role : Role.values()) {
            TestUsers.create(new TestUsers.Spec("matrix-" + role.name().toLowerCase(), "cumbria-police",
                    List.of("cumbria"), List.of(role.name()), "OFFICIAL_SENSITIVE", "OF2"));
        }
        server = Server.start(TestGraph.graph(), VigilConfig.from(Map.of()).withHttpPort(0));
        for (Role role : Role.values()) {
            CLIENTS.put(role, TestUsers.signIn(server.port(), "matrix-" + role.name().toLowerCase()));
        }
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void every_api_route_names_who_may_use_it() {
        List<String> withoutRule = new ArrayList<>();
        for (Endpoint e : apiEndpoints()) {
            if (rule(e) == null) {
                withoutRule.add(e.method + " " + e.path);
            }
        }
        assertThat(apiEndpoints()).isNotEmpty();
        assertThat(withoutRule).as("routes without an access rule").isEmpty();
    }

    @Test
    void for_every_role_and_route_the_door_opens_exactly_when_the_rule_says() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Endpoint e : apiEndpoints()) {
            String route = e.method + " " + e.path;
            Rule rule = rule(e);
            if (NOT_CALLED.contains(route) || rule == null) {
                continue;
            }
            String path = e.path;
            for (var p : SAMPLE_PATH_PARAMS.entrySet()) {
                path = path.replace(p.getKey(), p.getValue());
            }
            for (Role role : Role.values()) {
                AuthClient client = CLIENTS.get(role);
                AuthClient.Response r = client.send(e.method.name(), path, e.method.name().equals("GET") ? null : Map.of(),
                        Map.of("X-Vigil-Purpose", "matrix test", "X-CSRF-Token", client.csrfToken()));
                boolean allowed = rule.allows(Set.of(role.name()));
                boolean refused = r.status() == 403;
                if (allowed == refused) {
                    wrong.add(route + " as " + role + ": expected " + (allowed ? "allowed" : "403") + ", got " + r.status());
                }
                checked++;
            }
        }
        assertThat(wrong).as("authorisation matrix mismatches").isEmpty();
        assertThat(checked).isGreaterThanOrEqualTo(Role.values().length * 5);
    }

    @Test
    void every_route_refuses_the_signed_out() {
        AuthClient anonymous = new AuthClient(server.port());
        for (Endpoint e : apiEndpoints()) {
            if (rule(e) != null && !rule(e).isPublic()) {
                String path = e.path.replace("{id}", "N1").replace("{username}", "nobody");
                assertThat(anonymous.send(e.method.name(), path, e.method.name().equals("GET") ? null : Map.of(), Map.of())
                        .status()).as(e.method + " " + e.path).isEqualTo(401);
            }
        }
    }

    private static List<Endpoint> apiEndpoints() {
        return server.javalin().unsafe.internalRouter.allHttpHandlers().stream()
                .map(p -> p.endpoint)
                .filter(e -> e.path.startsWith("/api/") && VERBS.contains(e.method.name()))
                .toList();
    }

    private static Rule rule(Endpoint e) {
        Roles roles = e.metadata(Roles.class);
        if (roles == null) {
            return null;
        }
        return roles.getRoles().stream().filter(Rule.class::isInstance).map(Rule.class::cast).findFirst().orElse(null);
    }
}
