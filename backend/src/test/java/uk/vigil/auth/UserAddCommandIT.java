package uk.vigil.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import uk.vigil.App;
import uk.vigil.config.VigilConfig;
import uk.vigil.database.Database;

/** {@code vigil user add} on an embedded database in a temporary data directory, as on a fresh system. */
class UserAddCommandIT {
    @TempDir
    Path dataDir;

    private VigilConfig config;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void config() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            config = VigilConfig.from(Map.of("VIGIL_DATA_DIR", dataDir.toString(),
                    "VIGIL_BOLT_PORT", String.valueOf(socket.getLocalPort()), "VIGIL_PAGECACHE", "64m"));
        }
    }

    /** Runs {@code vigil <args>} as App does, with this test's data directory. */
    private int vigil(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                K made = CommandLine.defaultFactory().create(type);
                if (made instanceof UserAddCommand add) {
                    add.config = config;
                    add.env = Map.of();
                }
                return made;
            }
        };
        return new CommandLine(new App(), factory).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    private String[] addAdmin(String username, String... overrides) {
        List<String> args = new java.util.ArrayList<>(List.of("user", "add", "--username", username,
                "--display-name", "First Administrator", "--agency", "cumbria-police", "--area", "cumbria",
                "--role", "ADMINISTRATOR", "--clearance", "OFFICIAL_SENSITIVE", "--vetting-level", "NPPV3",
                "--vetting-expires", LocalDate.now().plusYears(1).toString()));
        for (int i = 0; i < overrides.length; i += 2) {
            int at = args.indexOf(overrides[i]);
            args.set(at + 1, overrides[i + 1]);
        }
        return args.toArray(String[]::new);
    }

    @Test
    void creates_an_administrator_who_can_sign_in_and_refuses_the_same_username_twice() {
        assertThat(vigil(addAdmin("first.admin"))).as(err.toString()).isZero();
        String printed = out.toString();
        String password = find(printed, "Password:\\s+(\\S+)");
        String secret = find(printed, "TOTP secret:\\s+([A-Z2-7]{32})");
        assertThat(password).hasSizeGreaterThanOrEqualTo(24);
        assertThat(printed).contains("Created first.admin (ADMINISTRATOR, agency cumbria-police)", "Keep them safe");

        assertThat(vigil(addAdmin("First.Admin"))).isEqualTo(2);
        assertThat(err.toString()).contains("Not created: username first.admin is taken");
        assertThat(out.toString()).doesNotContain("Password");

        try (Database db = Database.open(config)) {
            RecordingEvents events = new RecordingEvents();
            Authentication auth = Authentication.wire(db.graph(), Clock.systemUTC(), SessionPolicy.DEFAULT,
                    TotpPolicy.ALL_ROLES, events);
            Sessions.Started started = auth.authenticator().login(
                    new Authenticator.Credentials("first.admin", password, Totp.code(secret, Instant.now())), "127.0.0.1");
            assertThat(started.session().user().hasRole(Role.ADMINISTRATOR)).isTrue();
            assertThat(started.session().user().agency()).isEqualTo("cumbria-police");

            List<String> audited = db.graph().read(tx -> tx.run("""
                    MATCH (r:AuditRecord {event: 'ADMIN_ACTION'}) WHERE r.user STARTS WITH 'local:'
                    RETURN r.outcome + ' ' + r.detail AS line ORDER BY r.seq""").list(r -> r.get("line").asString()));
            assertThat(audited).hasSize(2);
            assertThat(audited.get(0)).startsWith("OK ").contains("CREATE_USER", "first.admin");
            assertThat(audited.get(1)).startsWith("TAKEN ");
        }
    }

    @Test
    void an_invalid_value_is_refused_before_the_database_is_opened() {
        assertThat(vigil(addAdmin("second.admin", "--role", "SUPERUSER"))).isEqualTo(2);
        assertThat(err.toString()).contains("Not created: roles must be one of [POLICE_PRACTITIONER");
        assertThat(vigil(addAdmin("second.admin", "--vetting-expires", "2001-01-01"))).isEqualTo(2);
        assertThat(err.toString()).contains("vettingExpiry is in the past");
        assertThat(vigil(addAdmin("x"))).isEqualTo(2);
        assertThat(err.toString()).contains("username must be 3-64 characters");
        assertThat(vigil("user", "add", "--username", "third.admin")).isEqualTo(2); // picocli: missing options
        assertThat(err.toString()).contains("Missing required options");
        assertThat(dataDir.resolve("bolt-password")).doesNotExist();
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex + " in " + text).isTrue();
        return m.group(1);
    }
}
