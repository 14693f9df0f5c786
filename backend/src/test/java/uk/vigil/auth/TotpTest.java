package uk.vigil.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TotpTest {
    /** RFC 6238 appendix B's SHA-1 seed, "12345678901234567890", in base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:10Z");
    private static final String SECRET = Totp.newSecret();

    @Test
    void codes_match_the_rfc_6238_test_vectors() {
        // The RFC's 8-digit values, last six digits.
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(1234567890))).isEqualTo("005924");
        assertThat(Totp.code(RFC_SECRET.toLowerCase(), Instant.ofEpochSecond(59))).isEqualTo("287082");
    }

    @Test
    void accepts_the_current_code_and_one_step_either_side() {
        long step = Totp.step(NOW);
        assertThat(Totp.verify(SECRET, Totp.code(SECRET, NOW), NOW, -1)).hasValue(step);
        assertThat(Totp.verify(SECRET, Totp.code(SECRET, NOW.minusSeconds(30)), NOW, -1)).hasValue(step - 1);
        assertThat(Totp.verify(SECRET, Totp.code(SECRET, NOW.plusSeconds(30)), NOW, -1)).hasValue(step + 1);
    }

    @Test
    void rejects_codes_two_or_more_steps_away() {
        assertThat(Totp.verify(SECRET, Totp.code(SECRET, NOW.minusSeconds(60)), NOW, -1)).isEmpty();
        assertThat(Totp.verify(SECRET, Totp.code(SECRET, NOW.plusSeconds(60)), NOW, -1)).isEmpty();
        assertThat(Totp.verify(SECRET, Totp.code(SECRET, NOW.minus(Duration.ofHours(1))), NOW, -1)).isEmpty();
    }

    @Test
    void rejects_a_replayed_code_and_any_code_from_before_the_last_used_step() {
        long step = Totp.step(NOW);
        String code = Totp.code(SECRET, NOW);
        assertThat(Totp.verify(SECRET, code, NOW, -1)).hasValue(step);
        assertThat(Totp.verify(SECRET, code, NOW, step)).isEmpty(); // used once: not again within its window
        assertThat(Totp.verify(SECRET, code, NOW.plusSeconds(30), step)).isEmpty();
        assertThat(Totp.verify(SECRET, Totp.code(SECRET, NOW.minusSeconds(30)), NOW, step)).isEmpty();
        assertThat(Totp.verify(SECRET, Totp.code(SECRET, NOW.plusSeconds(30)), NOW.plusSeconds(30), step))
                .hasValue(step + 1);
    }

    @Test
    void rejects_malformed_codes() {
        assertThat(Totp.verify(SECRET, null, NOW, -1)).isEmpty();
        assertThat(Totp.verify(SECRET, "", NOW, -1)).isEmpty();
        assertThat(Totp.verify(SECRET, "12345", NOW, -1)).isEmpty();
        assertThat(Totp.verify(SECRET, "1234567", NOW, -1)).isEmpty();
        assertThat(Totp.verify(SECRET, "abcdef", NOW, -1)).isEmpty();
        assertThat(Totp.verify(null, "123456", NOW, -1)).isEmpty();
    }

    @Test
    void accepts_a_code_typed_with_a_space() {
        String code = Totp.code(SECRET, NOW);
        assertThat(Totp.verify(SECRET, code.substring(0, 3) + " " + code.substring(3), NOW, -1)).isPresent();
    }

    @Test
    void new_secrets_are_160_random_bits_in_base32() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String s = Totp.newSecret();
            assertThat(s).matches("[A-Z2-7]{32}");
            assertThat(Totp.validSecret(s)).isTrue();
            seen.add(s);
        }
        assertThat(seen).hasSize(100);
        assertThat(Totp.validSecret("not base32!")).isFalse();
        assertThat(Totp.validSecret("ABCD")).isFalse();
    }

    @Test
    void otpauth_uri_carries_the_settings_authenticator_apps_need() {
        assertThat(Totp.otpauthUri("Vigil", "jo.bloggs", "ABCDEFGHIJKLMNOP"))
                .isEqualTo("otpauth://totp/Vigil%3Ajo.bloggs?secret=ABCDEFGHIJKLMNOP&issuer=Vigil&algorithm=SHA1&digits=6&period=30");
    }
}
