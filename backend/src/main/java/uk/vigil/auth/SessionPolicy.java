package uk.vigil.auth;

import java.time.Duration;

/**
 * How long a session lives: it ends after {@code idleTimeout} without a request, and
 * {@code absoluteTimeout} after sign-in whatever happens.
 */
public record SessionPolicy(Duration idleTimeout, Duration absoluteTimeout) {

    /** 30 minutes idle, 12 hours absolute. */
    public static final SessionPolicy DEFAULT = new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(12));

    public SessionPolicy {
        if (idleTimeout.isNegative() || idleTimeout.isZero() || absoluteTimeout.isNegative() || absoluteTimeout.isZero()) {
            throw new IllegalArgumentException("Session timeouts must be positive");
        }
        if (idleTimeout.compareTo(absoluteTimeout) > 0) {
            throw new IllegalArgumentException("The idle timeout cannot be longer than the absolute timeout");
        }
    }

    /** From {@code VIGIL_SESSION_IDLE_MINUTES} and {@code VIGIL_SESSION_MAX_HOURS} style values. */
    public static SessionPolicy of(int idleMinutes, int maxHours) {
        return new SessionPolicy(Duration.ofMinutes(idleMinutes), Duration.ofHours(maxHours));
    }
}
