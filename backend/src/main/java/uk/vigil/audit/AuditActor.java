package uk.vigil.audit;

import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who acted. {@code sessionId} must identify the session without being its bearer secret: the
 * audit is read by auditors, so never pass the cookie value itself. Only the username is required
 * (for a failed login it is the name that was tried).
 */
public record AuditActor(String username, String agency, Set<String> roles, String sessionId, String sourceIp) {

    public AuditActor {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("An audit actor needs a username");
        }
        roles = roles == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(roles)); // no null roles
    }

    /** Someone working at the machine itself (a command-line tool), not through a web session. */
    public static AuditActor local(String username, Collection<String> roles) {
        return new AuditActor(Objects.requireNonNullElse(username, "unknown"), null,
                roles == null ? Set.of() : Set.copyOf(roles), null, "local");
    }
}
