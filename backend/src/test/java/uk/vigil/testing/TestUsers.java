package uk.vigil.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.vigil.auth.AuthClient;
import uk.vigil.auth.PasswordHasher;
import uk.vigil.auth.Totp;
import uk.vigil.database.CypherFiles;

/** Creates user accounts in the test graph and signs them in over HTTP, as production does. */
public final class TestUsers {
    public static final String PASSWORD = "Test-Password-12345";
    public static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static final String HASH = new PasswordHasher().hash(PASSWORD);

    private TestUsers() {
    }

    public record Spec(String username, String agency, List<String> areas, List<String> roles, String clearance,
                       String officerId) {
    }

    public static void create(Spec spec) {
        Map<String, Object> p = new HashMap<>();
        p.put("username", spec.username());
        p.put("displayName", spec.username());
        p.put("agency", spec.agency());
        p.put("areas", spec.areas());
        p.put("roles", spec.roles());
        p.put("clearance", spec.clearance());
        p.put("vettingLevel", "NPPV3");
        p.put("vettingExpiry", LocalDate.now().plusYears(2));
        p.put("passwordHash", HASH);
        p.put("totpSecret", SECRET);
        p.put("officerId", spec.officerId());
        p.put("now", java.time.ZonedDateTime.now());
        p.put("actor", "test");
        TestGraph.graph().write(tx -> tx.run(CypherFiles.query("auth/create-user"), p).consume());
    }

    /** Signs the user in (password and current TOTP code); the client keeps the cookie and CSRF token. */
    public static AuthClient signIn(int port, String username) {
        AuthClient client = new AuthClient(port);
        AuthClient.Response r = client.signIn(username, PASSWORD, Totp.code(SECRET, Instant.now()));
        if (r.status() != 200) {
            throw new IllegalStateException("Sign-in of " + username + " failed: " + r.status() + " " + r.body());
        }
        return client;
    }
}
