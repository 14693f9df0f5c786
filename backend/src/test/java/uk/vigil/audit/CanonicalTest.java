package uk.vigil.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CanonicalTest {
    static final AuditKey KEY = AuditKey.of(key());
    static final Instant AT = Instant.parse("2025-03-04T05:06:07.089Z");
    static final AuditActor ALICE = new AuditActor("alice", "Police", Set.of("OFFICER", "AUDITOR"), "s-1", "10.0.0.7");

    static byte[] key() {
        byte[] bytes = new byte[32];
        IntStream.range(0, 32).forEach(i -> bytes[i] = (byte) i);
        return bytes;
    }

    private static byte[] message(AuditActor actor, String purpose, Map<String, String> detail) {
        return Canonical.message(7, AuditTrail.GENESIS, AT, actor, AuditEventType.SEARCH,
                List.of(AuditObject.person("N123"), AuditObject.mappaCase("C9")), AuditOutcome.OK, purpose, detail);
    }

    @Test
    void the_message_follows_the_documented_format_and_its_test_vector() {
        byte[] message = message(ALICE, "risk review", Map.of("text", "Smith", "area", "Leeds"));
        assertThat(new String(message, StandardCharsets.UTF_8)).isEqualTo("vigil-audit/1" + "1:7" + "64:" + "0".repeat(64)
                + "24:2025-03-04T05:06:07.089Z" + "5:alice" + "6:Police" + "#2:7:AUDITOR7:OFFICER" + "3:s-1"
                + "8:10.0.0.7" + "6:SEARCH" + "#2:6:PERSON4:N1234:CASE2:C9" + "2:OK" + "11:risk review"
                + "#2:4:area5:Leeds4:text5:Smith");
        assertThat(KEY.sign(message)).isEqualTo(DocumentedVector.HASH);
    }

    @Test
    void null_and_empty_text_are_told_apart() {
        assertThat(message(ALICE, null, Map.of())).isNotEqualTo(message(ALICE, "", Map.of()));
    }

    @Test
    void detail_and_roles_hash_the_same_in_any_order() {
        AuditActor reordered = new AuditActor("alice", "Police", Set.of("AUDITOR", "OFFICER"), "s-1", "10.0.0.7");
        java.util.LinkedHashMap<String, String> detail = new java.util.LinkedHashMap<>();
        detail.put("text", "Smith");
        detail.put("area", "Leeds");
        assertThat(message(reordered, "p", detail)).isEqualTo(message(ALICE, "p", Map.of("area", "Leeds", "text", "Smith")));
    }

    @Test
    void a_value_cannot_be_shifted_into_its_neighbour() {
        AuditActor a = new AuditActor("ab", "c", Set.of(), null, null);
        AuditActor b = new AuditActor("a", "bc", Set.of(), null, null);
        assertThat(message(a, null, Map.of())).isNotEqualTo(message(b, null, Map.of()));
    }

    @Test
    void lengths_count_utf8_bytes_and_times_keep_three_digits() {
        AuditActor accented = new AuditActor("zoë", null, Set.of(), null, null);
        String text = new String(Canonical.message(1, "x", Instant.parse("2025-01-01T00:00:00Z"), accented,
                AuditEventType.LOGOUT, List.of(), AuditOutcome.OK, null, Map.of()), StandardCharsets.UTF_8);
        assertThat(text).contains("4:zoë").contains("24:2025-01-01T00:00:00.000Z").endsWith("4:zoë-#0:--6:LOGOUT#0:2:OK-#0:");
    }

    /** The vector printed in docs/audit.md, so the document and the code cannot drift apart. */
    static final class DocumentedVector {
        static final String HASH = "975abedadeae7c4654a324698958800421c2b068be090bce04d8da4aef6624f0";
    }
}
