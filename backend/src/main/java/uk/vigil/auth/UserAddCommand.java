package uk.vigil.auth;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.vigil.audit.AuditKey;
import uk.vigil.audit.AuditTrail;
import uk.vigil.audit.AuditedAuthEvents;
import uk.vigil.common.InvalidRequestException;
import uk.vigil.config.VigilConfig;
import uk.vigil.database.Database;
import uk.vigil.database.Migrations;

/**
 * {@code vigil user add}: creates an account on the configured database from the command line,
 * so a system that never ran {@code vigil demo} can have its first administrator. It goes through
 * the same path as {@code POST /api/admin/users} ({@link UserAdmin}, {@link NewUserRules}), is
 * audited the same way (actor {@code local:<os user>}), and makes up the password itself: a
 * password typed on a command line would stay in shell history.
 */
@Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Create a user account on the database that 'vigil serve' uses (NEO4J_URI,",
                "or the embedded one in VIGIL_DATA_DIR: stop an embedded 'vigil serve' first).",
                "Prints a generated password and TOTP secret once."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:created", "1:the database could not be opened or written",
                "2:refused: bad command line, invalid value or the username exists"})
public final class UserAddCommand implements Callable<Integer> {
    static final int CREATED = 0;
    static final int FAILED = 1;
    static final int REFUSED = 2;
    /** No 0/O, 1/l/I: the password is read off a screen and typed. */
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** {@code vigil user}: the group {@code add} belongs to. */
    @Command(name = "user", mixinStandardHelpOptions = true, subcommands = UserAddCommand.class,
            description = "Manage user accounts from the command line (the first administrator of a new system).")
    public static final class Group implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().usage(spec.commandLine().getErr());
            return REFUSED;
        }
    }

    @Option(names = "--username", required = true, description = "3-64 characters: a-z 0-9 . _ -")
    String username;

    @Option(names = "--display-name", description = "Name shown in the app (default: the username)")
    String displayName;

    @Option(names = "--agency", required = true, description = "Agency id, e.g. cumbria-police")
    String agency;

    @Option(names = "--area", paramLabel = "<area>", description = "MAPPA area id the user works in (repeatable)")
    List<String> areas = new ArrayList<>();

    @Option(names = "--role", required = true, paramLabel = "<role>",
            description = "Repeatable: POLICE_PRACTITIONER, PROBATION_PRACTITIONER, PRISON_PRACTITIONER, "
                    + "OFFENDER_MANAGER, VICTIM_LIAISON_OFFICER, ANALYST, MAPPA_CHAIR, DTC_MEMBER, ADMINISTRATOR, AUDITOR")
    List<String> roles;

    @Option(names = "--clearance", required = true, description = "OFFICIAL, OFFICIAL_SENSITIVE or SECRET")
    String clearance;

    @Option(names = "--vetting-level", required = true, description = "BPSS, NPPV1, NPPV2, NPPV3, CTC, SC or DV")
    String vettingLevel;

    @Option(names = "--vetting-expires", required = true, paramLabel = "<yyyy-mm-dd>",
            description = "Last day the vetting is valid")
    String vettingExpires;

    @Option(names = "--officer-id", description = "The user's :Officer record, if they have one")
    String officerId;

    @Spec
    CommandSpec spec;

    /** Tests point these elsewhere; by default the environment, as {@code vigil serve} reads it. */
    VigilConfig config;
    Map<String, String> env = System.getenv();
    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        NewUser request = new NewUser(username, displayName == null ? username : displayName, agency, areas, roles,
                clearance, vettingLevel, vettingExpires, newPassword(username), officerId);
        try {
            NewUserRules.check(request, LocalDate.now(clock)); // refuse a bad value before opening the database
        } catch (InvalidRequestException e) {
            return refuse(err, e.getMessage());
        }
        VigilConfig cfg = config != null ? config : VigilConfig.fromEnvironment();
        CreatedUser created;
        try (Database db = Database.open(cfg)) {
            Migrations.apply(db.graph());
            AuditTrail trail = new AuditTrail(db.graph(), AuditKey.load(cfg.dataDir(), env), clock);
            Authentication auth = Authentication.wire(db.graph(), clock,
                    SessionPolicy.of(cfg.sessionIdleMinutes(), cfg.sessionMaxHours()),
                    TotpPolicy.parseExempt(cfg.totpExemptRoles()), new AuditedAuthEvents(trail, db.graph()));
            created = auth.users().create(operator(), request);
        } catch (InvalidRequestException e) {
            return refuse(err, e.getMessage());
        } catch (RuntimeException e) {
            err.println("Not created: " + e.getMessage());
            err.flush();
            return FAILED;
        }
        print(out, created, request.password());
        return CREATED;
    }

    private static int refuse(PrintWriter err, String why) {
        err.println("Not created: " + why);
        err.flush();
        return REFUSED;
    }

    private static void print(PrintWriter out, CreatedUser created, String password) {
        UserSummary u = created.user();
        out.println("Created " + u.username() + " (" + String.join(", ", u.roles().stream().map(Role::name).toList())
                + ", agency " + u.agency() + ").");
        out.println("Password:    " + password);
        if (created.totpSecret() != null) {
            out.println("TOTP secret: " + created.totpSecret());
            out.println("otpauth URI: " + created.otpauthUri());
        } else {
            out.println("TOTP:        none (the user's roles are exempt by VIGIL_TOTP_EXEMPT_ROLES)");
        }
        out.println("These are shown once and not stored in readable form. Keep them safe and pass them to the user");
        out.println("by an approved channel; Vigil has no password change yet, so this password stays until the");
        out.println("account is replaced.");
        out.flush();
    }

    /** The administrator at the machine: audited as {@code local:<os user>}. */
    private static SessionUser operator() {
        String osUser = System.getProperty("user.name", "unknown");
        return new SessionUser("local:" + osUser, "Command line", null, null, Set.of(), EnumSet.of(Role.ADMINISTRATOR),
                Clearance.OFFICIAL, null, null);
    }

    /** 24 characters from 57: about 140 bits, well past the policy's minimum, never containing the username. */
    static String newPassword(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        while (true) {
            StringBuilder p = new StringBuilder();
            for (int i = 0; i < 24; i++) {
                if (i > 0 && i % 6 == 0) {
                    p.append('-');
                }
                p.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            String password = p.toString();
            if (name.isEmpty() || !password.toLowerCase(Locale.ROOT).contains(name)) {
                return password;
            }
        }
    }
}
