package uk.vigil.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where sessions live, keyed by the hash of their id. {@link InMemorySessionStore} serves one
 * process; a shared store (Redis, a database table) can replace it to survive restarts and span
 * nodes: timeouts are enforced by {@link Sessions}, not by the store.
 */
public interface SessionStore {

    void save(Session session);

    Optional<Session> find(String key);

    /** Records activity; empty when the session is gone (never brings a removed session back). */
    Optional<Session> touch(String key, Instant lastSeenAt);

    Optional<Session> remove(String key);

    /** Removes every session of a user, returning them. */
    List<Session> removeUser(String username);

    /** Removes sessions idle since before {@code idleBefore} or created before {@code createdBefore}. */
    List<Session> removeExpired(Instant idleBefore, Instant createdBefore);
}
