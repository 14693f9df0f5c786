package uk.vigil.auth;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time codes (RFC 6238): HMAC-SHA1, 30-second steps, 6 digits, the settings every
 * authenticator app understands. A code is accepted for its own step and one step either side
 * (clock drift), and only if its step is later than the last step the user signed in with, so a
 * code cannot be used twice (RFC 6238 section 5.2).
 */
public final class Totp {
    public static final Duration STEP = Duration.ofSeconds(30);
    public static final int DIGITS = 6;
    /** Steps accepted either side of the current one. */
    public static final int WINDOW = 1;
    /** 160-bit secrets, as RFC 4226 recommends: 32 base32 characters. */
    public static final int SECRET_BYTES = 20;

    private static final TimeBasedOneTimePasswordGenerator GENERATOR =
            new TimeBasedOneTimePasswordGenerator(STEP, DIGITS, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {
    }

    /** A new random secret, base32 without padding. */
    public static String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return new Base32().encodeToString(bytes).replace("=", "");
    }

    /** True when {@code secret} is base32 of at least 80 bits (spaces and case ignored). */
    public static boolean validSecret(String secret) {
        if (secret == null) {
            return false;
        }
        String s = normalise(secret);
        return s.matches("[A-Z2-7]{16,}") && decode(s).length >= 10;
    }

    /** The time step an instant falls in. */
    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP.getSeconds());
    }

    /** The code for {@code at}, zero-padded to six digits. */
    public static String code(String secret, Instant at) {
        return codeForStep(decode(normalise(secret)), step(at));
    }

    /**
     * The step the code belongs to, when it is right for a step within {@link #WINDOW} of
     * {@code now} and later than {@code lastUsedStep}; empty otherwise.
     */
    public static OptionalLong verify(String secret, String code, Instant now, long lastUsedStep) {
        if (secret == null || code == null) {
            return OptionalLong.empty();
        }
        String typed = code.replace(" ", "");
        if (!typed.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        byte[] key = decode(normalise(secret));
        long current = step(now);
        long matched = -1;
        for (long s = current - WINDOW; s <= current + WINDOW; s++) { // no early exit: same work every time
            if (MessageDigest.isEqual(codeForStep(key, s).getBytes(StandardCharsets.US_ASCII),
                    typed.getBytes(StandardCharsets.US_ASCII))) {
                matched = Math.max(matched, s);
            }
        }
        return matched >= 0 && matched > lastUsedStep ? OptionalLong.of(matched) : OptionalLong.empty();
    }

    /** An {@code otpauth://} URI for authenticator apps (shown as a QR code when enrolling). */
    public static String otpauthUri(String issuer, String account, String secret) {
        String label = URLEncoder.encode(issuer + ":" + account, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + normalise(secret)
                + "&issuer=" + URLEncoder.encode(issuer, StandardCharsets.UTF_8).replace("+", "%20")
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.getSeconds();
    }

    private static String codeForStep(byte[] key, long step) {
        try {
            int code = GENERATOR.generateOneTimePassword(new SecretKeySpec(key, "HmacSHA1"),
                    Instant.ofEpochSecond(step * STEP.getSeconds()));
            return String.format(Locale.ROOT, "%0" + DIGITS + "d", code);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("Unusable TOTP secret", e);
        }
    }

    private static String normalise(String secret) {
        return secret.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT);
    }

    private static byte[] decode(String normalised) {
        return new Base32().decode(normalised);
    }
}
