package uk.vigil.web;

import io.javalin.security.RouteRole;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may call a route. Every route is registered with exactly one rule; a route without one is
 * refused to everyone (deny by default) and fails {@code RouteRulesIT}. The rule is the door;
 * what a permitted user then sees is decided inside the queries (docs/security.md).
 */
public final class Rule implements RouteRole {
    private final boolean open;
    private final Set<String> roles; // empty with !open = any signed-in user

    private Rule(boolean open, Set<String> roles) {
        this.open = open;
        this.roles = roles;
    }

    /** No session needed (signing in). */
    public static Rule publicRoute() {
        return new Rule(true, Set.of());
    }

    /** Any signed-in user; the query scope decides what each one sees. */
    public static Rule signedIn() {
        return new Rule(false, Set.of());
    }

    /** Signed-in users holding at least one of these roles. */
    public static Rule roles(Enum<?>... roles) {
        if (roles.length == 0) {
            throw new IllegalArgumentException("Rule.roles needs at least one role; use signedIn() for anyone signed in");
        }
        return new Rule(false, Arrays.stream(roles).map(Enum::name).collect(Collectors.toUnmodifiableSet()));
    }

    public boolean isPublic() {
        return open;
    }

    /** The roles this rule names; empty for public and any-signed-in rules. */
    public Set<String> roles() {
        return roles;
    }

    public boolean allows(Set<String> userRoles) {
        return open || roles.isEmpty() || userRoles.stream().anyMatch(roles::contains);
    }

    @Override
    public String toString() {
        return open ? "public" : roles.isEmpty() ? "signed-in" : "roles" + roles;
    }
}
