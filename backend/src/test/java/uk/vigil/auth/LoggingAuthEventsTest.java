package uk.vigil.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoggingAuthEventsTest {

    @Test
    void typed_usernames_cannot_forge_log_lines_or_flood_them() {
        assertThat(LoggingAuthEvents.clean("bob\nLOGIN user=admin outcome=OK")).doesNotContain("\n").startsWith("bob?LOGIN");
        assertThat(LoggingAuthEvents.clean("x".repeat(500))).hasSize(67).endsWith("...");
        assertThat(LoggingAuthEvents.clean(null)).isEqualTo("-");
    }
}
