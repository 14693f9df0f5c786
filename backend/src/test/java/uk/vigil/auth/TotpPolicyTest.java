package uk.vigil.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TotpPolicyTest {

    @Test
    void by_default_every_role_needs_a_code() {
        for (Role role : Role.values()) {
            assertThat(TotpPolicy.ALL_ROLES.requiredFor(Set.of(role))).as(role.name()).isTrue();
        }
        assertThat(TotpPolicy.parseExempt(null)).isEqualTo(TotpPolicy.ALL_ROLES);
        assertThat(TotpPolicy.parseExempt(" ")).isEqualTo(TotpPolicy.ALL_ROLES);
    }

    @Test
    void exempt_roles_need_no_code_unless_the_user_also_has_a_role_that_does() {
        TotpPolicy policy = TotpPolicy.parseExempt("auditor, analyst");
        assertThat(policy.requiredFor(Set.of(Role.AUDITOR))).isFalse();
        assertThat(policy.requiredFor(Set.of(Role.AUDITOR, Role.ANALYST))).isFalse();
        assertThat(policy.requiredFor(Set.of(Role.AUDITOR, Role.ADMINISTRATOR))).isTrue();
    }

    @Test
    void unknown_role_names_are_a_configuration_error() {
        assertThatThrownBy(() -> TotpPolicy.parseExempt("AUDITOR,JANITOR"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JANITOR");
    }
}
