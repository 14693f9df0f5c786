package uk.vigil.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.vigil.common.InvalidRequestException;

class AuditApiTest {

    @Test
    void the_trail_offers_only_append_and_query_so_no_caller_can_change_a_record() {
        assertThat(Arrays.stream(AuditTrail.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).map(Method::getName))
                .containsExactlyInAnyOrder("append", "appendAll", "query");
    }

    @Test
    void the_verifier_only_verifies() {
        assertThat(Arrays.stream(AuditVerifier.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).map(Method::getName).distinct())
                .containsExactly("verify");
    }

    @Test
    void page_size_is_bounded() {
        assertThatThrownBy(() -> AuditQuery.newest().withPage(0, AuditQuery.MAX_SIZE + 1)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> AuditQuery.newest().withPage(0, 0)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> AuditQuery.newest().withPage(-1, 10)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> AuditQuery.newest().withPage(AuditQuery.MAX_SKIP, 10)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void a_time_range_must_run_forwards() {
        Instant t = Instant.parse("2025-01-01T00:00:00Z");
        assertThatThrownBy(() -> AuditQuery.newest().between(t, t)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void object_types_are_upper_case_names_so_keys_split_unambiguously() {
        assertThat(AuditObject.fromKey("PERSON:N:1")).isEqualTo(AuditObject.person("N:1"));
        assertThatThrownBy(() -> new AuditObject("person", "N1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditObject("PER:SON", "N1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_outcome_is_an_upper_case_word() {
        AuditTrail offline = new AuditTrail(null, CanonicalTest.KEY); // refused before any database work
        AuditActor actor = new AuditActor("a", null, null, null, null);
        assertThatThrownBy(() -> offline.append(actor, AuditEventType.LOGOUT, null, "ok", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> offline.append(actor, AuditEventType.LOGOUT, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_actor_needs_a_username_and_keeps_roles_sorted() {
        assertThatThrownBy(() -> new AuditActor(" ", null, null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new AuditActor("a", null, Set.of("B", "A"), null, null).roles()).containsExactly("A", "B");
    }
}
