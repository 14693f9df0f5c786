package uk.vigil.audit;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.vigil.config.VigilConfig;
import uk.vigil.database.Database;
import uk.vigil.database.Graph;

/**
 * {@code vigil audit-verify}: opens the database as the app does and checks the whole audit chain.
 * Exit 0 when it is intact, 1 when it was tampered with (what and where is printed), 2 when it
 * could not be checked (no key, database unreachable, bad arguments).
 */
@Command(name = "audit-verify", mixinStandardHelpOptions = true,
        description = {"Check the audit trail's hash chain and report the first record that was edited, deleted,",
                "moved or forged. Uses the key in VIGIL_AUDIT_KEY or <data dir>/audit-key.",
                "Exit codes: 0 intact, 1 tampered, 2 could not check."})
public final class AuditVerifyCommand implements Callable<Integer> {
    static final int VALID = 0;
    static final int TAMPERED = 1;
    static final int CANNOT_CHECK = 2;

    @Option(names = "--anchor", paramLabel = "SEQ:HASH",
            description = "A head printed by an earlier run and kept off this host; fails if that record is gone or changed.")
    String anchor;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        VigilConfig config = VigilConfig.fromEnvironment();
        try {
            AuditVerifier.Anchor anchored = anchor == null ? null : AuditVerifier.Anchor.parse(anchor);
            Optional<AuditKey> key = AuditKey.existing(config.dataDir(), System.getenv());
            if (key.isEmpty()) {
                err.println("No audit key: set " + AuditKey.ENV + " or put the key file in "
                        + config.dataDir().resolve(AuditKey.FILE));
                return CANNOT_CHECK;
            }
            try (Database database = Database.open(config)) {
                return verify(database.graph(), key.get(), anchored, out, err);
            }
        } catch (RuntimeException e) {
            err.println("Cannot check the audit trail: " + e.getMessage());
            return CANNOT_CHECK;
        }
    }

    /** Verifies, prints the outcome, and records that the audit was checked (an audit read). */
    static int verify(Graph graph, AuditKey key, AuditVerifier.Anchor anchor, PrintWriter out, PrintWriter err) {
        VerificationResult result = new AuditVerifier(graph, key).verify(anchor);
        (result.valid() ? out : err).println(result.describe());
        try {
            new AuditTrail(graph, key).append(AuditActor.local(System.getProperty("user.name"), List.of()),
                    AuditEventType.AUDIT_READ, List.of(), result.valid() ? AuditOutcome.OK : AuditOutcome.FAILED,
                    "integrity check", Map.of("action", "audit-verify", "checked", Long.toString(result.checked()),
                            "result", result.valid() ? "VALID" : result.problem().kind().name()));
        } catch (AuditUnavailableException e) {
            err.println("(This check could not be recorded in the audit trail: " + e.getMessage() + ")");
        }
        out.flush();
        err.flush();
        return result.valid() ? VALID : TAMPERED;
    }
}
