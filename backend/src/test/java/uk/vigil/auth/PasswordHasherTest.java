package uk.vigil.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private static final PasswordHasher HASHER = new PasswordHasher();

    @Test
    void a_hash_verifies_its_password_and_nothing_else() {
        String hash = HASHER.hash("correct horse battery");
        assertThat(HASHER.verify("correct horse battery", hash)).isTrue();
        assertThat(HASHER.verify("correct horse batterY", hash)).isFalse();
        assertThat(HASHER.verify("", hash)).isFalse();
    }

    @Test
    void hashes_are_argon2id_with_the_documented_parameters() {
        String hash = HASHER.hash("correct horse battery");
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        String[] parts = hash.split("\\$"); // "", argon2id, v=19, m=..., salt, hash
        assertThat(Base64.getDecoder().decode(parts[4])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[5])).hasSize(32);
        assertThat(PasswordHasher.DEFAULT).isEqualTo(new PasswordHasher.Parameters(19456, 2, 1, 32, 16));
    }

    @Test
    void the_same_password_gets_a_different_salt_each_time() {
        assertThat(HASHER.hash("correct horse battery")).isNotEqualTo(HASHER.hash("correct horse battery"));
    }

    @Test
    void malformed_or_missing_hashes_never_verify() {
        assertThat(HASHER.verify("x", null)).isFalse();
        assertThat(HASHER.verify("x", "plain-text")).isFalse();
        assertThat(HASHER.verify("x", "$argon2id$v=19$m=19456,t=2,p=1$broken")).isFalse();
        assertThat(HASHER.verify(null, HASHER.hash("x"))).isFalse();
    }

    @Test
    void the_dummy_check_for_unknown_users_never_succeeds() {
        assertThat(HASHER.burn("anything")).isFalse();
        assertThat(HASHER.burn(null)).isFalse();
    }

    @Test
    void hashes_made_with_other_parameters_need_rehashing() {
        PasswordHasher cheap = new PasswordHasher(new PasswordHasher.Parameters(1024, 1, 1, 32, 16));
        String old = cheap.hash("correct horse battery");
        assertThat(HASHER.verify("correct horse battery", old)).isTrue(); // still verifies with its own parameters
        assertThat(HASHER.needsRehash(old)).isTrue();
        assertThat(HASHER.needsRehash(HASHER.hash("correct horse battery"))).isFalse();
    }
}
