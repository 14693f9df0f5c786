package uk.vigil.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class TotpCommandTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:20Z");
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        TotpCommand command = new TotpCommand();
        command.clock = MutableClock.at(NOW.toString());
        return new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    @Test
    void prints_the_current_code_of_a_demo_account() {
        assertThat(run("demo.analyst")).isZero();
        String secret = DemoAccounts.find("demo.analyst").orElseThrow().totpSecret();
        assertThat(out.toString().strip()).isEqualTo(Totp.code(secret, NOW));
        assertThat(err.toString()).contains("valid for 10 more seconds");
    }

    @Test
    void prints_the_current_code_of_a_base32_secret() {
        assertThat(run("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")).isZero();
        assertThat(out.toString().strip()).isEqualTo(Totp.code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", NOW)).matches("\\d{6}");
    }

    @Test
    void refuses_anything_else() {
        assertThat(run("not-a-user")).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("Not a demo username or a base32 TOTP secret");
    }
}
