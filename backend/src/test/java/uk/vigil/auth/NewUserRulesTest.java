package uk.vigil.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.vigil.common.InvalidRequestException;

class NewUserRulesTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-03-02");

    private static NewUser valid() {
        return new NewUser("Jo.Bloggs", "Jo Bloggs", "cumbria-police", List.of("cumbria"), List.of("analyst"),
                "OFFICIAL_SENSITIVE", "SC", "2027-01-31", "twelve chars", "OF123");
    }

    private static NewUser with(String field, Object value) {
        NewUser v = valid();
        return new NewUser(
                field.equals("username") ? (String) value : v.username(),
                field.equals("displayName") ? (String) value : v.displayName(),
                field.equals("agency") ? (String) value : v.agency(),
                field.equals("areas") ? castList(value) : v.areas(),
                field.equals("roles") ? castList(value) : v.roles(),
                field.equals("clearance") ? (String) value : v.clearance(),
                field.equals("vettingLevel") ? (String) value : v.vettingLevel(),
                field.equals("vettingExpiry") ? (String) value : v.vettingExpiry(),
                field.equals("password") ? (String) value : v.password(),
                field.equals("officerId") ? (String) value : v.officerId());
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object value) {
        return (List<String>) value;
    }

    @Test
    void a_valid_request_becomes_an_enabled_unlocked_account() {
        UserAccount a = NewUserRules.check(valid(), TODAY);
        assertThat(a.username()).isEqualTo("jo.bloggs");
        assertThat(a.roles()).containsExactly(Role.ANALYST);
        assertThat(a.clearance()).isEqualTo(Clearance.OFFICIAL_SENSITIVE);
        assertThat(a.vettingLevel()).isEqualTo(VettingLevel.SC);
        assertThat(a.vettingExpiry()).isEqualTo(LocalDate.parse("2027-01-31"));
        assertThat(a.enabled()).isTrue();
        assertThat(a.locked()).isFalse();
        assertThat(a.officerId()).isEqualTo("OF123");
    }

    @Test
    void passwords_need_at_least_twelve_characters() {
        assertRejected(with("password", "eleven chars".substring(1)), "at least 12 characters");
        assertThat(NewUserRules.check(with("password", "x".repeat(12)), TODAY)).isNotNull();
        assertRejected(with("password", "x".repeat(129)), "at most 128");
        assertRejected(with("password", null), "at least 12 characters");
        assertRejected(with("password", "my jo.bloggs pass"), "must not contain the username");
    }

    @Test
    void every_field_is_checked() {
        assertRejected(with("username", "x"), "username must be");
        assertRejected(with("username", "jo bloggs"), "username must be");
        assertRejected(with("displayName", " "), "displayName");
        assertRejected(with("agency", "Cumbria Police"), "agency");
        assertRejected(with("areas", List.of("Cumbria!")), "areas");
        assertRejected(with("roles", List.of()), "roles must name at least one");
        assertRejected(with("roles", List.of("JANITOR")), "roles must be one of");
        assertRejected(with("clearance", "TOP_SECRET"), "clearance must be one of");
        assertRejected(with("vettingLevel", null), "vettingLevel must be one of");
        assertRejected(with("vettingExpiry", "next year"), "vettingExpiry must be a date");
        assertRejected(with("vettingExpiry", "2026-03-01"), "vettingExpiry is in the past");
        assertRejected(with("officerId", "<script>"), "officerId");
        assertRejected(null, "JSON");
    }

    @Test
    void requests_do_not_print_their_password() {
        assertThat(valid().toString()).doesNotContain("twelve chars");
        assertThat(new Authenticator.Credentials("u", "secret-pass", "123456").toString())
                .doesNotContain("secret-pass").doesNotContain("123456");
    }

    private static void assertRejected(NewUser request, String message) {
        assertThatThrownBy(() -> NewUserRules.check(request, TODAY))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining(message);
    }
}
