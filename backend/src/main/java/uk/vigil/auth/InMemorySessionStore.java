package uk.vigil.auth;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** Sessions in this JVM's memory: lost on restart, not shared between nodes. */
public final class InMemorySessionStore implements SessionStore {
    private final ConcurrentHashMap<String, Session> sessions = new ConcurrentHashMap<>();

    @Override
    public void save(Session session) {
        sessions.put(session.key(), session);
    }

    @Override
    public Optional<Session> find(String key) {
        return Optional.ofNullable(sessions.get(key));
    }

    @Override
    public Optional<Session> touch(String key, Instant lastSeenAt) {
        return Optional.ofNullable(sessions.computeIfPresent(key, (k, s) -> s.seenAt(lastSeenAt)));
    }

    @Override
    public Optional<Session> remove(String key) {
        return Optional.ofNullable(sessions.remove(key));
    }

    @Override
    public List<Session> removeUser(String username) {
        return removeIf(s -> s.user().username().equals(username));
    }

    @Override
    public List<Session> removeExpired(Instant idleBefore, Instant createdBefore) {
        return removeIf(s -> s.lastSeenAt().isBefore(idleBefore) || s.createdAt().isBefore(createdBefore));
    }

    int size() {
        return sessions.size();
    }

    private List<Session> removeIf(Predicate<Session> test) {
        List<Session> removed = new ArrayList<>();
        for (String key : sessions.keySet()) {
            sessions.computeIfPresent(key, (k, s) -> { // atomic per session: a concurrent touch cannot revive it
                if (test.test(s)) {
                    removed.add(s);
                    return null;
                }
                return s;
            });
        }
        return removed;
    }
}
