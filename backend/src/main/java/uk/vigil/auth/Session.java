package uk.vigil.auth;

import java.time.Instant;

/**
 * A signed-in session as stored on the server. {@code key} is the SHA-256 of the session id the
 * browser holds (the id itself is never stored or logged); {@link #ref()} is a short prefix of it
 * for logs and the audit trail.
 */
public record Session(String key, SessionUser user, String csrfToken, Instant createdAt, Instant lastSeenAt) {

    public String ref() {
        return key.substring(0, 12);
    }

    Session seenAt(Instant at) {
        return new Session(key, user, csrfToken, createdAt, at);
    }

    @Override
    public String toString() {
        return "Session[ref=" + ref() + ", user=" + user.username() + ", createdAt=" + createdAt
                + ", lastSeenAt=" + lastSeenAt + "]";
    }
}
