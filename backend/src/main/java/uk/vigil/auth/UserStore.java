package uk.vigil.auth;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.types.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.vigil.common.InvalidRequestException;
import uk.vigil.database.CypherFiles;
import uk.vigil.database.Graph;

/** {@code :User} nodes, through the named queries in {@code cypher/queries/auth/}. */
final class UserStore {
    private static final Logger LOG = LoggerFactory.getLogger(UserStore.class);

    /** What a recorded failure did: whether it locked the account, and the failures that count now. */
    record Failure(boolean lockedNow, int recentFailures) {
    }

    private final Graph graph;

    UserStore(Graph graph) {
        this.graph = graph;
    }

    Optional<UserAccount> find(String username) {
        return graph.read(tx -> tx.run(CypherFiles.query("auth/find-user"), Map.of("username", username))
                .list(r -> account(r.get("u").asNode())).stream().findFirst());
    }

    /** The type of an agency, when the agency is in the graph. */
    Optional<String> agencyType(String agency) {
        return graph.read(tx -> tx.run(CypherFiles.query("auth/agency-type"), Map.of("agency", agency == null ? "" : agency))
                .list(r -> r.get("type").asString(null)).stream().filter(java.util.Objects::nonNull).findFirst());
    }

    List<UserAccount> list() {
        return graph.read(tx -> tx.run(CypherFiles.query("auth/list-users")).list(r -> account(r.get("u").asNode())));
    }

    /** Creates the account; a taken username is an {@link InvalidRequestException}. */
    UserAccount create(UserAccount a, String actor, Instant now) {
        Map<String, Object> p = new HashMap<>();
        p.put("username", a.username());
        p.put("displayName", a.displayName());
        p.put("agency", a.agency());
        p.put("areas", List.copyOf(a.areas()));
        p.put("roles", a.roles().stream().map(Role::name).toList());
        p.put("clearance", a.clearance().name());
        p.put("vettingLevel", a.vettingLevel() == null ? null : a.vettingLevel().name());
        p.put("vettingExpiry", a.vettingExpiry());
        p.put("passwordHash", a.passwordHash());
        p.put("totpSecret", a.totpSecret());
        p.put("officerId", a.officerId());
        p.put("now", utc(now));
        p.put("actor", actor);
        try {
            return graph.write(tx -> account(tx.run(CypherFiles.query("auth/create-user"), p).single().get("u").asNode()));
        } catch (ClientException e) {
            if (e.code().contains("ConstraintValidationFailed")) {
                throw new InvalidRequestException("username " + a.username() + " is taken");
            }
            throw e;
        }
    }

    Failure recordFailure(String username, Instant now, Instant windowStart, int maxFailures) {
        return graph.write(tx -> tx.run(CypherFiles.query("auth/record-failure"), Map.of("username", username,
                        "now", utc(now), "windowStart", utc(windowStart), "maxFailures", maxFailures))
                .list(r -> new Failure(r.get("lockNow").asBoolean(), r.get("recentCount").asInt()))
                .stream().findFirst().orElse(new Failure(false, 0)));
    }

    /** False when the one-time-code step was already used (a replay that raced this sign-in). */
    boolean recordSuccess(String username, Instant now, Long totpStep) {
        Map<String, Object> p = new HashMap<>();
        p.put("username", username);
        p.put("now", utc(now));
        p.put("totpStep", totpStep);
        return graph.write(tx -> tx.run(CypherFiles.query("auth/record-success"), p)
                .list(r -> r.get("fresh").asBoolean()).stream().findFirst().orElse(false));
    }

    /** Notes a sign-in refused for the account's state (locked, disabled, unvetted). */
    void recordRefusal(String username, LoginFailure reason, Instant now) {
        graph.write(tx -> tx.run(CypherFiles.query("auth/record-refusal"),
                Map.of("username", username, "reason", reason.name(), "now", utc(now))).consume());
    }

    /** Counts a sign-in with a username that does not exist. */
    void recordUnknownUsername(Instant now) {
        graph.write(tx -> tx.run(CypherFiles.query("auth/record-unknown-username"), Map.of("now", utc(now))).consume());
    }

    Optional<UserAccount> unlock(String username, String actor, Instant now) {
        return graph.write(tx -> tx.run(CypherFiles.query("auth/unlock-user"),
                        Map.of("username", username, "actor", actor, "now", utc(now)))
                .list(r -> account(r.get("u").asNode())).stream().findFirst());
    }

    Optional<UserAccount> setEnabled(String username, boolean enabled, String actor, Instant now) {
        return graph.write(tx -> tx.run(CypherFiles.query("auth/set-enabled"),
                        Map.of("username", username, "enabled", enabled, "actor", actor, "now", utc(now)))
                .list(r -> account(r.get("u").asNode())).stream().findFirst());
    }

    void updatePasswordHash(String username, String hash) {
        graph.write(tx -> tx.run(CypherFiles.query("auth/update-password-hash"),
                Map.of("username", username, "passwordHash", hash)).consume());
    }

    private static ZonedDateTime utc(Instant instant) {
        return instant.atZone(ZoneOffset.UTC);
    }

    private static UserAccount account(Node u) {
        return new UserAccount(
                u.get("username").asString(),
                u.get("displayName").asString(u.get("username").asString()),
                u.get("agency").asString(null),
                new TreeSet<>(u.get("areas").asList(Value::asString, List.of())),
                roles(u),
                clearance(u.get("clearance").asString(null)),
                vetting(u.get("vettingLevel").asString(null)),
                u.get("vettingExpiry").isNull() ? null : u.get("vettingExpiry").asLocalDate(),
                u.get("enabled").asBoolean(false),
                u.get("locked").asBoolean(false),
                u.get("passwordHash").asString(null),
                u.get("totpSecret").asString(null),
                u.get("totpLastStep").asLong(-1),
                u.get("failedAttempts").asList(v -> v.asZonedDateTime().toInstant(), List.of()),
                u.get("officerId").asString(null),
                instant(u.get("lastLoginAt")),
                instant(u.get("lockedAt")));
    }

    private static Instant instant(Value v) {
        return v.isNull() ? null : v.asZonedDateTime().toInstant();
    }

    /** Unknown role names (renamed since) are dropped, never guessed: fail closed. */
    private static Set<Role> roles(Node u) {
        List<Role> roles = new ArrayList<>();
        for (String name : u.get("roles").asList(Value::asString, List.of())) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException e) {
                LOG.warn("User {} has an unknown role {}: ignored", u.get("username").asString(), name);
            }
        }
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    /** An unknown clearance reads as the lowest one: fail closed. */
    private static Clearance clearance(String name) {
        try {
            return name == null ? Clearance.OFFICIAL : Clearance.valueOf(name);
        } catch (IllegalArgumentException e) {
            return Clearance.OFFICIAL;
        }
    }

    /** An unknown vetting level reads as none, which stops sign-in: fail closed. */
    private static VettingLevel vetting(String name) {
        try {
            return name == null ? null : VettingLevel.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
