package uk.vigil.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.vigil.testing.TestGraph;

class DemoAccountsIT {
    private AuthTestApp app;

    @BeforeEach
    void start() {
        app = AuthTestApp.start();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void every_demo_account_signs_in_with_its_published_password_and_code() {
        List<String> progress = new ArrayList<>();
        assertThat(DemoAccounts.ensure(TestGraph.graph(), app.clock, progress::add)).isEqualTo(DemoAccounts.ALL.size());
        assertThat(progress).singleElement().asString().contains("DEMO");
        for (DemoAccounts.DemoAccount demo : DemoAccounts.ALL) {
            AuthClient.Response r = app.client().signIn(demo.username(), demo.password(),
                    Totp.code(demo.totpSecret(), app.clock.instant()));
            assertThat(r.status()).as(demo.username()).isEqualTo(200);
            assertThat(r.json().get("user").get("roles").get(0).asText()).isEqualTo(demo.role().name());
            assertThat(r.json().get("user").get("areas").get(0).asText()).isEqualTo("cumbria");
        }
    }

    @Test
    void creating_demo_accounts_twice_changes_nothing() {
        DemoAccounts.ensure(TestGraph.graph(), app.clock, s -> { });
        assertThat(DemoAccounts.ensure(TestGraph.graph(), app.clock, s -> { })).isZero();
        assertThat(TestGraph.count("MATCH (u:User) RETURN count(u)", java.util.Map.of())).isEqualTo(DemoAccounts.ALL.size());
    }
}
