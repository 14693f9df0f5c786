package uk.vigil.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.vigil.testing.TestGraph;

class UserStoreIT {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private final UserStore users = new UserStore(TestGraph.graph());

    @BeforeEach
    void clear() {
        TestGraph.clear();
        users.create(new UserAccount("jo", "Jo", "cumbria-police", Set.of("cumbria", "lancashire"), Set.of(Role.ANALYST),
                Clearance.SECRET, VettingLevel.SC, LocalDate.parse("2027-01-01"), true, false, "$argon2id$x", "SECRET",
                -1, List.of(), "OF1", null, null), "test", NOW);
    }

    @Test
    void an_account_reads_back_as_it_was_stored() {
        UserAccount jo = users.find("jo").orElseThrow();
        assertThat(jo.areas()).containsExactly("cumbria", "lancashire");
        assertThat(jo.roles()).containsExactly(Role.ANALYST);
        assertThat(jo.clearance()).isEqualTo(Clearance.SECRET);
        assertThat(jo.vettingExpiry()).isEqualTo(LocalDate.parse("2027-01-01"));
        assertThat(jo.officerId()).isEqualTo("OF1");
        assertThat(jo.totpLastStep()).isEqualTo(-1);
        assertThat(jo.enabled()).isTrue();
        assertThat(jo.locked()).isFalse();
        assertThat(users.find("JO")).isEmpty(); // callers lower-case usernames
    }

    @Test
    void concurrent_failures_are_all_counted_and_lock_once() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<UserStore.Failure>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Instant at = NOW.plusMillis(i);
                results.add(pool.submit((Callable<UserStore.Failure>) () ->
                        users.recordFailure("jo", at, at.minus(Duration.ofMinutes(15)), 5)));
            }
            int locks = 0;
            for (Future<UserStore.Failure> f : results) {
                locks += f.get().lockedNow() ? 1 : 0;
            }
            assertThat(locks).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        UserAccount jo = users.find("jo").orElseThrow();
        assertThat(jo.failedAttempts()).hasSize(8);
        assertThat(jo.locked()).isTrue();
        assertThat(jo.lockedAt()).isNotNull();
    }

    @Test
    void failure_history_keeps_the_latest_twenty() {
        for (int i = 0; i < 25; i++) {
            users.recordFailure("jo", NOW.plus(Duration.ofHours(i)), NOW.plus(Duration.ofHours(i)).minusSeconds(900), 5);
        }
        List<Instant> history = users.find("jo").orElseThrow().failedAttempts();
        assertThat(history).hasSize(20);
        assertThat(history.get(19)).isEqualTo(NOW.plus(Duration.ofHours(24)));
    }

    @Test
    void a_one_time_code_step_is_used_once_even_when_two_sign_ins_race() {
        assertThat(users.recordSuccess("jo", NOW, 100L)).isTrue();
        assertThat(users.recordSuccess("jo", NOW, 100L)).isFalse();
        assertThat(users.recordSuccess("jo", NOW, 99L)).isFalse();
        assertThat(users.recordSuccess("jo", NOW, 101L)).isTrue();
        assertThat(users.recordSuccess("jo", NOW, null)).isTrue();
        assertThat(users.find("jo").orElseThrow().totpLastStep()).isEqualTo(101);
    }

    @Test
    void unlocking_forgets_earlier_failures() {
        for (int i = 0; i < 5; i++) {
            users.recordFailure("jo", NOW.plusSeconds(i), NOW.minusSeconds(900), 5);
        }
        assertThat(users.find("jo").orElseThrow().locked()).isTrue();
        users.unlock("jo", "admin", NOW.plusSeconds(10));
        UserStore.Failure next = users.recordFailure("jo", NOW.plusSeconds(11), NOW.minusSeconds(900), 5);
        assertThat(next.recentFailures()).isEqualTo(1);
        assertThat(next.lockedNow()).isFalse();
    }
}
