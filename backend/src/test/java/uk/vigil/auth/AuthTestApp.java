package uk.vigil.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.vigil.testing.TestGraph;

/**
 * Authentication on the test graph, served by the real WebApp with a probe feature behind the
 * gate, on a free port, with a clock the test moves.
 */
final class AuthTestApp implements AutoCloseable {
    static final PasswordHasher HASHER = new PasswordHasher();
    static final String PASSWORD = "correct horse battery";

    /** An account a test created, with its secrets. */
    record TestUser(String username, String password, String secret) {
    }

    final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
    final RecordingEvents events = new RecordingEvents();
    final UserStore users = new UserStore(TestGraph.graph());
    final Authentication auth;
    final ProbeRoutes probe;
    private final ProbeRoutes.Started server;

    private AuthTestApp(SessionPolicy policy, Path staticDir) {
        auth = Authentication.wire(TestGraph.graph(), clock, policy, TotpPolicy.ALL_ROLES, events,
                new InMemorySessionStore(), HASHER);
        probe = new ProbeRoutes(staticDir);
        server = ProbeRoutes.start(List.of(new SecurityHeadersRoutes(), new AuthRoutes(auth), probe));
    }

    static AuthTestApp start() {
        return start(SessionPolicy.DEFAULT, null);
    }

    static AuthTestApp start(SessionPolicy policy, Path staticDir) {
        TestGraph.clear();
        return new AuthTestApp(policy, staticDir);
    }

    AuthClient client() {
        return new AuthClient(server.port());
    }

    TestUser user(String username, Role... roles) {
        return user(username, clock.instant().atZone(clock.getZone()).toLocalDate().plusYears(1), roles);
    }

    TestUser user(String username, LocalDate vettingExpiry, Role... roles) {
        String secret = Totp.newSecret();
        users.create(new UserAccount(username, "User " + username, "cumbria-police", Set.of("cumbria"),
                EnumSet.copyOf(List.of(roles)), Clearance.OFFICIAL_SENSITIVE,
                vettingExpiry == null ? null : VettingLevel.NPPV3, vettingExpiry, true, false, HASHER.hash(PASSWORD),
                secret, -1, List.of(), null, null, null), "test", clock.instant());
        return new TestUser(username, PASSWORD, secret);
    }

    String code(TestUser user) {
        return Totp.code(user.secret(), clock.instant());
    }

    /** Moves to the next TOTP step (each code signs in once) and signs in; fails the test if refused. */
    AuthClient signIn(TestUser user) {
        nextStep();
        AuthClient client = client();
        AuthClient.Response r = client.signIn(user.username(), user.password(), code(user));
        assertThat(r.status()).as("sign in %s: %s", user.username(), r.body()).isEqualTo(200);
        return client;
    }

    void nextStep() {
        clock.advance(Duration.ofSeconds(Totp.STEP.getSeconds()));
    }

    @Override
    public void close() {
        server.stop().run();
    }
}
