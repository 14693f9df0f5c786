package uk.vigil.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoAccountsTest {

    @Test
    void there_is_one_demo_account_per_role() {
        assertThat(DemoAccounts.ALL.stream().map(DemoAccounts.DemoAccount::role).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Role.values());
        assertThat(DemoAccounts.ALL).hasSize(Role.values().length);
    }

    @Test
    void demo_accounts_obey_the_password_and_secret_rules() {
        Set<String> secrets = DemoAccounts.ALL.stream().map(DemoAccounts.DemoAccount::totpSecret).collect(Collectors.toSet());
        assertThat(secrets).hasSize(DemoAccounts.ALL.size());
        for (DemoAccounts.DemoAccount a : DemoAccounts.ALL) {
            NewUserRules.checkPassword(a.password(), a.username());
            assertThat(Totp.validSecret(a.totpSecret())).as(a.username()).isTrue();
            assertThat(a.totpSecret()).hasSize(32);
        }
    }

    @Test
    void demo_accounts_are_found_by_username_in_any_case() {
        assertThat(DemoAccounts.find(" Demo.Analyst ")).map(DemoAccounts.DemoAccount::role).hasValue(Role.ANALYST);
        assertThat(DemoAccounts.find("nobody")).isEmpty();
        assertThat(DemoAccounts.find(null)).isEmpty();
    }

    @Test
    void docs_security_lists_every_demo_account_with_its_secrets() throws IOException {
        Path doc = Path.of("..", "docs", "security.md");
        String text = Files.readString(doc);
        assertThat(text).contains("DEMO ONLY");
        for (DemoAccounts.DemoAccount a : DemoAccounts.ALL) {
            assertThat(text).as(a.username()).contains("| `" + a.username() + "` | " + a.role().name() + " | `"
                    + a.password() + "` | `" + a.totpSecret() + "` |");
        }
    }
}
