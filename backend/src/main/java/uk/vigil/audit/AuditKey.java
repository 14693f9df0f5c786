package uk.vigil.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that keys the audit chain's HMAC. It is never stored in the graph: it comes from
 * {@code VIGIL_AUDIT_KEY} (base64, at least 32 bytes) or the file {@code audit-key} in the data
 * directory (base64 of 32 random bytes, readable by its owner only), created on first use.
 */
public final class AuditKey {
    public static final String ENV = "VIGIL_AUDIT_KEY";
    public static final String FILE = "audit-key";
    static final int MIN_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    private AuditKey(byte[] bytes) {
        if (bytes.length < MIN_BYTES) {
            throw new IllegalArgumentException("The audit key must be at least " + MIN_BYTES + " bytes, got " + bytes.length);
        }
        this.key = new SecretKeySpec(bytes, ALGORITHM);
    }

    public static AuditKey of(byte[] bytes) {
        return new AuditKey(bytes.clone());
    }

    /** The key from the environment or the data directory, creating a random key file if there is neither. */
    public static AuditKey load(Path dataDir, Map<String, String> env) {
        return existing(dataDir, env).orElseGet(() -> create(dataDir.resolve(FILE)));
    }

    /** The key from the environment or the data directory, if there is one; never creates a key. */
    public static Optional<AuditKey> existing(Path dataDir, Map<String, String> env) {
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(new AuditKey(decode(fromEnv, ENV)));
        }
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AuditKey(decode(Files.readString(file), file.toString())));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit key " + file, e);
        }
    }

    private static AuditKey create(Path file) {
        byte[] bytes = new byte[MIN_BYTES];
        new SecureRandom().nextBytes(bytes);
        byte[] text = (Base64.getEncoder().encodeToString(bytes) + "\n").getBytes(StandardCharsets.US_ASCII);
        try {
            Files.createDirectories(file.getParent());
            try {
                // Owner-only from the moment it exists: no window in which others could read it.
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file); // the directory's own protection applies
            }
            Files.write(file, text);
            return new AuditKey(bytes);
        } catch (FileAlreadyExistsException raced) {
            return existing(file.getParent(), Map.of()).orElseThrow(); // another process created it first
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the audit key " + file, e);
        }
    }

    private static byte[] decode(String text, String source) {
        String trimmed = text.strip();
        try {
            return trimmed.contains("-") || trimmed.contains("_")
                    ? Base64.getUrlDecoder().decode(trimmed)
                    : Base64.getDecoder().decode(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The audit key in " + source + " is not base64", e);
        }
    }

    /** HMAC-SHA256 of the message under this key, as 64 lower-case hex digits. */
    String sign(byte[] message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(message));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /**
     * A public name for this key (16 hex digits of an HMAC of a fixed label), kept on the chain head
     * so a wrong key is reported as such instead of as every record having been edited.
     */
    String id() {
        return sign("vigil-audit-key-id".getBytes(StandardCharsets.US_ASCII)).substring(0, 16);
    }

    @Override
    public String toString() {
        return "AuditKey[id=" + id() + "]"; // never the secret
    }
}
