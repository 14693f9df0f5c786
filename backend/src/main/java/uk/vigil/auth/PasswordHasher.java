package uk.vigil.auth;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Argon2id password hashes in PHC string form ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}),
 * so each hash carries its own parameters and old hashes keep verifying after the defaults change.
 *
 * <p>Unknown usernames are checked against a dummy hash made with the same parameters
 * ({@link #burn}), so a sign-in costs the same whether or not the account exists.
 */
public final class PasswordHasher {

    /** Argon2id cost. {@link #DEFAULT} is the OWASP Password Storage Cheat Sheet's first configuration. */
    public record Parameters(int memoryKiB, int iterations, int parallelism, int hashBytes, int saltBytes) {
    }

    /** m = 19 MiB, t = 2, p = 1, 32-byte hash, 16-byte random salt. */
    public static final Parameters DEFAULT = new Parameters(19 * 1024, 2, 1, 32, 16);

    private final Parameters parameters;
    private final Argon2Function function;
    private final String dummyHash;

    public PasswordHasher() {
        this(DEFAULT);
    }

    public PasswordHasher(Parameters parameters) {
        this.parameters = parameters;
        this.function = Argon2Function.getInstance(parameters.memoryKiB(), parameters.iterations(),
                parameters.parallelism(), parameters.hashBytes(), Argon2.ID, Argon2Function.ARGON2_VERSION_13);
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        this.dummyHash = hash(Base64.getEncoder().encodeToString(random));
    }

    public Parameters parameters() {
        return parameters;
    }

    public String hash(String password) {
        return Password.hash(password).addRandomSalt(parameters.saltBytes()).with(function).getResult();
    }

    /** True when {@code password} matches {@code hash}; false for a wrong password or a malformed hash. */
    public boolean verify(String password, String hash) {
        if (password == null || hash == null || !hash.startsWith("$argon2id$")) {
            burn(password == null ? "" : password);
            return false;
        }
        try {
            return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Spends the time of a real check on a hash no password matches; always false. */
    public boolean burn(String password) {
        Password.check(password == null ? "" : password, dummyHash).with(function);
        return false;
    }

    /** True when a stored hash was made with other parameters than the current ones. */
    public boolean needsRehash(String hash) {
        try {
            return !Argon2Function.getInstanceFromHash(hash).equals(function);
        } catch (RuntimeException e) {
            return true;
        }
    }
}
