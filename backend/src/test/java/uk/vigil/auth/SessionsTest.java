package uk.vigil.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionsTest {
    private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
    private final RecordingEvents events = new RecordingEvents();
    private final InMemorySessionStore store = new InMemorySessionStore();
    private final Sessions sessions = new Sessions(store, SessionPolicy.DEFAULT, clock, events);

    static SessionUser user(String username) {
        return new SessionUser(username, "User " + username, "cumbria-police", "POLICE", Set.of("cumbria"),
                Set.of(Role.ANALYST), Clearance.OFFICIAL_SENSITIVE, VettingLevel.SC, null);
    }

    @Test
    void session_ids_are_256_random_bits_and_never_repeat() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String id = sessions.start(user("a")).id();
            assertThat(Base64.getUrlDecoder().decode(id)).hasSize(32);
            ids.add(id);
        }
        assertThat(ids).hasSize(2000);
    }

    @Test
    void the_store_keeps_a_hash_of_the_id_never_the_id() {
        Sessions.Started s = sessions.start(user("a"));
        assertThat(s.session().key()).isEqualTo(Sessions.key(s.id())).isNotEqualTo(s.id()).hasSize(64);
        assertThat(store.find(s.id())).isEmpty();
        assertThat(s.session().ref()).isEqualTo(Sessions.ref(s.id())).hasSize(12);
        assertThat(s.toString()).doesNotContain(s.id());
        assertThat(s.session().toString()).doesNotContain(s.session().csrfToken());
    }

    @Test
    void each_session_has_its_own_csrf_token() {
        Session a = sessions.start(user("a")).session();
        Session b = sessions.start(user("a")).session();
        assertThat(Base64.getUrlDecoder().decode(a.csrfToken())).hasSize(32);
        assertThat(a.csrfToken()).isNotEqualTo(b.csrfToken());
    }

    @Test
    void csrf_tokens_match_only_exactly() {
        Session s = sessions.start(user("a")).session();
        assertThat(Sessions.csrfMatches(s, s.csrfToken())).isTrue();
        assertThat(Sessions.csrfMatches(s, null)).isFalse();
        assertThat(Sessions.csrfMatches(s, "")).isFalse();
        assertThat(Sessions.csrfMatches(s, s.csrfToken() + "x")).isFalse();
        assertThat(Sessions.csrfMatches(s, s.csrfToken().substring(1))).isFalse();
    }

    @Test
    void unknown_or_odd_ids_find_nothing() {
        assertThat(sessions.current(null)).isEmpty();
        assertThat(sessions.current("")).isEmpty();
        assertThat(sessions.current("made-up")).isEmpty();
        assertThat(sessions.current("x".repeat(10_000))).isEmpty();
    }

    @Test
    void a_session_idle_for_the_idle_timeout_ends() {
        Sessions.Started s = sessions.start(user("a"));
        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.current(s.id())).isPresent(); // and that counts as activity
        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.current(s.id())).isPresent();
        clock.advance(Duration.ofMinutes(30));
        assertThat(sessions.current(s.id())).isEmpty();
        assertThat(events.last()).isEqualTo("EXPIRED a IDLE");
        assertThat(store.size()).isZero();
    }

    @Test
    void an_active_session_still_ends_at_the_absolute_timeout() {
        Sessions.Started s = sessions.start(user("a"));
        for (int i = 0; i < 28; i++) { // 28 x 25 min = 11 h 40 min
            clock.advance(Duration.ofMinutes(25));
            assertThat(sessions.current(s.id())).as("after %d min", (i + 1) * 25).isPresent();
        }
        clock.advance(Duration.ofMinutes(20));
        assertThat(sessions.current(s.id())).isEmpty();
        assertThat(events.last()).isEqualTo("EXPIRED a ABSOLUTE");
    }

    @Test
    void timeouts_come_from_the_policy() {
        Sessions short_ = new Sessions(store, new SessionPolicy(Duration.ofMinutes(5), Duration.ofMinutes(20)), clock, events);
        Sessions.Started s = short_.start(user("a"));
        clock.advance(Duration.ofMinutes(5));
        assertThat(short_.current(s.id())).isEmpty();
        assertThat(SessionPolicy.of(30, 12)).isEqualTo(SessionPolicy.DEFAULT);
        assertThatThrownBy(() -> SessionPolicy.of(0, 12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SessionPolicy(Duration.ofHours(2), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ending_a_session_removes_it() {
        Sessions.Started s = sessions.start(user("a"));
        assertThat(sessions.end(s.id())).isPresent();
        assertThat(sessions.current(s.id())).isEmpty();
        assertThat(sessions.end(s.id())).isEmpty();
    }

    @Test
    void ending_a_users_sessions_leaves_other_users_alone() {
        Sessions.Started a1 = sessions.start(user("a"));
        Sessions.Started a2 = sessions.start(user("a"));
        Sessions.Started b = sessions.start(user("b"));
        assertThat(sessions.endAllFor("a", "DISABLED")).isEqualTo(2);
        assertThat(sessions.current(a1.id())).isEmpty();
        assertThat(sessions.current(a2.id())).isEmpty();
        assertThat(sessions.current(b.id())).isPresent();
        assertThat(events.lines).contains("SESSIONS_ENDED a 2 DISABLED");
    }

    @Test
    void expired_sessions_are_swept_out_of_the_store() {
        sessions.start(user("a"));
        sessions.start(user("b"));
        clock.advance(Duration.ofMinutes(31));
        Sessions.Started fresh = sessions.start(user("c")); // sign-ins sweep now and then
        assertThat(store.size()).isEqualTo(1);
        assertThat(sessions.current(fresh.id())).isPresent();
        assertThat(events.lines).contains("EXPIRED a IDLE", "EXPIRED b IDLE");
    }
}
