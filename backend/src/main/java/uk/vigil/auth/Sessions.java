package uk.vigil.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Starts, finds and ends sessions. Ids are 256 random bits from {@link SecureRandom}, made at
 * sign-in and never taken from the request; the store only ever sees their SHA-256. Each session
 * has its own CSRF token. Timeouts are checked on every look-up, and expired sessions are swept
 * out from time to time.
 */
public final class Sessions {
    private static final int ID_BYTES = 32;
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    /** A new session and the id to put in the cookie (the only place the id exists). */
    public record Started(String id, Session session) {
        @Override
        public String toString() {
            return "Started[" + session + "]";
        }
    }

    private final SessionStore store;
    private final SessionPolicy policy;
    private final Clock clock;
    private final AuthEvents events;
    private final SecureRandom random = new SecureRandom();
    private volatile Instant lastSweep = Instant.MIN;

    public Sessions(SessionStore store, SessionPolicy policy, Clock clock, AuthEvents events) {
        this.store = store;
        this.policy = policy;
        this.clock = clock;
        this.events = events;
    }

    public SessionPolicy policy() {
        return policy;
    }

    public Started start(SessionUser user) {
        sweepNowAndThen();
        Instant now = clock.instant();
        String id = randomToken();
        Session session = new Session(key(id), user, randomToken(), now, now);
        store.save(session);
        return new Started(id, session);
    }

    /** The live session for an id, marked as used now; empty when unknown, ended or timed out. */
    public Optional<Session> current(String id) {
        if (id == null || id.isBlank() || id.length() > 100) {
            return Optional.empty();
        }
        String key = key(id);
        Optional<Session> found = store.find(key);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String expired = expiry(found.get(), now);
        if (expired != null) {
            store.remove(key).ifPresent(s -> events.sessionExpired(s.user().username(), s.ref(), expired));
            return Optional.empty();
        }
        return store.touch(key, now);
    }

    /** Ends one session (sign-out); returns it when it existed. */
    public Optional<Session> end(String id) {
        if (id == null || id.isBlank() || id.length() > 100) {
            return Optional.empty();
        }
        return store.remove(key(id));
    }

    /** Ends every session of a user (account disabled or locked); returns how many there were. */
    public int endAllFor(String username, String reason) {
        int ended = store.removeUser(username).size();
        if (ended > 0) {
            events.sessionsEnded(username, ended, reason);
        }
        return ended;
    }

    /** Constant-time comparison of a request's CSRF token with the session's. */
    public static boolean csrfMatches(Session session, String token) {
        if (token == null || token.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(session.csrfToken().getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    /** The short reference used in logs for a session id: never the id itself. */
    public static String ref(String id) {
        return key(id).substring(0, 12);
    }

    /** Removes timed-out sessions; called on sign-in at most once a minute. */
    public void sweep() {
        Instant now = clock.instant();
        lastSweep = now;
        for (Session s : store.removeExpired(now.minus(policy.idleTimeout()), now.minus(policy.absoluteTimeout()))) {
            events.sessionExpired(s.user().username(), s.ref(), expiry(s, now));
        }
    }

    private void sweepNowAndThen() {
        if (clock.instant().isAfter(lastSweep.plus(SWEEP_EVERY))) {
            sweep();
        }
    }

    private String expiry(Session s, Instant now) {
        if (!now.isBefore(s.createdAt().plus(policy.absoluteTimeout()))) {
            return "ABSOLUTE";
        }
        if (!now.isBefore(s.lastSeenAt().plus(policy.idleTimeout()))) {
            return "IDLE";
        }
        return null;
    }

    private String randomToken() {
        byte[] bytes = new byte[ID_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String key(String id) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
