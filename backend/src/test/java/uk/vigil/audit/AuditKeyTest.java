package uk.vigil.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditKeyTest {
    @TempDir
    Path dataDir;

    @Test
    void a_missing_key_is_created_as_32_random_bytes_readable_by_the_owner_only() throws Exception {
        AuditKey created = AuditKey.load(dataDir.resolve("new"), Map.of());
        Path file = dataDir.resolve("new").resolve(AuditKey.FILE);
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(AuditKey.load(dataDir.resolve("new"), Map.of()).id()).isEqualTo(created.id());
    }

    @Test
    void two_created_keys_differ() {
        assertThat(AuditKey.load(dataDir.resolve("a"), Map.of()).id()).isNotEqualTo(AuditKey.load(dataDir.resolve("b"), Map.of()).id());
    }

    @Test
    void the_environment_wins_over_the_file_and_no_file_is_created() {
        String env = Base64.getEncoder().encodeToString(CanonicalTest.key());
        AuditKey key = AuditKey.load(dataDir, Map.of(AuditKey.ENV, env));
        assertThat(key.id()).isEqualTo(CanonicalTest.KEY.id());
        assertThat(dataDir.resolve(AuditKey.FILE)).doesNotExist();
    }

    @Test
    void existing_never_creates_a_key() {
        assertThat(AuditKey.existing(dataDir, Map.of())).isEmpty();
        assertThat(dataDir.resolve(AuditKey.FILE)).doesNotExist();
    }

    @Test
    void a_short_or_garbled_key_is_refused() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> AuditKey.load(dataDir, Map.of(AuditKey.ENV, shortKey))).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> AuditKey.load(dataDir, Map.of(AuditKey.ENV, "not base64 !"))).hasMessageContaining("base64");
    }

    @Test
    void the_key_never_shows_in_its_string_form() {
        String secret = Base64.getEncoder().encodeToString(CanonicalTest.key());
        assertThat(CanonicalTest.KEY.toString()).doesNotContain(secret).contains(CanonicalTest.KEY.id());
    }
}
