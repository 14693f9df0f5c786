package uk.vigil.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.vigil.auth.AuthTestApp.TestUser;

/** An attacker timing sign-ins cannot tell which usernames exist. */
class LoginTimingIT {
    private static final int WARM_UP = 3;
    private static final int SAMPLES = 15;
    private AuthTestApp app;

    @BeforeEach
    void start() {
        app = AuthTestApp.start();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void unknown_and_known_usernames_take_about_the_same_time_to_fail() {
        TestUser jo = app.user("jo", Role.ANALYST);
        TestUser locked = app.user("locked", Role.ANALYST);
        for (int i = 0; i < Authenticator.MAX_FAILURES; i++) {
            attempt("locked", "wrong password");
        }
        List<Long> unknown = new ArrayList<>();
        List<Long> known = new ArrayList<>();
        List<Long> lockedOut = new ArrayList<>();
        for (int i = 0; i < WARM_UP + SAMPLES; i++) { // interleaved, so load on the machine hits all alike
            app.clock.advance(Duration.ofMinutes(4)); // never five failures in 15 minutes: jo stays unlocked
            long a = attempt("nobody-" + i, jo.password());
            long b = attempt("jo", "wrong password");
            long c = attempt("locked", locked.password());
            if (i >= WARM_UP) {
                unknown.add(a);
                known.add(b);
                lockedOut.add(c);
            }
        }
        assertSimilar(median(unknown), median(known), "unknown vs known user with a wrong password");
        assertSimilar(median(unknown), median(lockedOut), "unknown vs locked user");
    }

    private long attempt(String username, String password) {
        long start = System.nanoTime();
        assertThatThrownBy(() -> app.auth.authenticator().login(
                new Authenticator.Credentials(username, password, "123456"), "127.0.0.1"))
                .isInstanceOf(NotAuthenticatedException.class);
        return System.nanoTime() - start;
    }

    private static void assertSimilar(long a, long b, String what) {
        double difference = Math.abs(a - b) / (double) Math.max(a, b);
        assertThat(difference).as("%s: medians %d ms and %d ms", what, a / 1_000_000, b / 1_000_000).isLessThan(0.30);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
