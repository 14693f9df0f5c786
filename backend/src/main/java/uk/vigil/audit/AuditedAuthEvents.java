package uk.vigil.audit;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.vigil.auth.AuthEvents;
import uk.vigil.auth.LoginFailure;
import uk.vigil.database.CypherFiles;
import uk.vigil.database.Graph;

/**
 * Sign-in, sign-out, lockouts and account administration, written to the audit trail. A failure
 * to write propagates, so the action it describes is refused rather than done unlogged.
 *
 * <p>Records of a signed-in user (sign-in, sign-out, session expiry) carry the user's agency, read
 * from their account. Failed sign-ins never do: the name typed may not exist, and looking it up
 * would make a failure for an existing account cost more than one for an unknown name.
 */
public final class AuditedAuthEvents implements AuthEvents {
    private static final Logger LOG = LoggerFactory.getLogger(AuditedAuthEvents.class);
    private final AuditTrail trail;
    private final Graph graph;

    public AuditedAuthEvents(AuditTrail trail, Graph graph) {
        this.trail = trail;
        this.graph = graph;
    }

    private void append(String username, String session, String ip, AuditEventType event, String outcome,
                        Map<String, String> detail) {
        appendAs(username, null, session, ip, event, outcome, detail);
    }

    private void appendAs(String username, String agency, String session, String ip, AuditEventType event,
                          String outcome, Map<String, String> detail) {
        trail.append(new AuditActor(username == null || username.isBlank() ? "(none)" : username, agency, Set.of(),
                session, ip), event, List.of(), outcome, null, detail);
    }

    /** The agency of a user who is known to exist; null if it cannot be read (the record matters more). */
    private String agencyOf(String username) {
        try {
            return graph.read(tx -> tx.run(CypherFiles.query("audit/user-agency"), Map.of("username", username))
                    .list(r -> r.get("agency").asString(null))).stream().filter(Objects::nonNull).findFirst().orElse(null);
        } catch (RuntimeException e) {
            LOG.warn("Could not read the agency of {} for its audit record: {}", username, e.toString());
            return null;
        }
    }

    @Override
    public void loginSucceeded(String username, String sessionRef, String sourceIp) {
        appendAs(username, agencyOf(username), sessionRef, sourceIp, AuditEventType.LOGIN_SUCCESS, AuditOutcome.OK,
                Map.of());
    }

    @Override
    public void loginFailed(String username, LoginFailure reason, String sourceIp) {
        append(username, null, sourceIp, AuditEventType.LOGIN_FAILURE, AuditOutcome.FAILED, Map.of("reason", reason.name()));
    }

    @Override
    public void accountLocked(String username, int recentFailures, String sourceIp) {
        append(username, null, sourceIp, AuditEventType.ACCOUNT_LOCKED, AuditOutcome.DENIED,
                Map.of("recentFailures", String.valueOf(recentFailures)));
    }

    @Override
    public void logout(String username, String sessionRef) {
        appendAs(username, agencyOf(username), sessionRef, null, AuditEventType.LOGOUT, AuditOutcome.OK, Map.of());
    }

    @Override
    public void sessionExpired(String username, String sessionRef, String reason) {
        appendAs(username, agencyOf(username), sessionRef, null, AuditEventType.SESSION_EXPIRED, AuditOutcome.OK,
                Map.of("reason", reason));
    }

    @Override
    public void sessionsEnded(String username, int count, String reason) {
        append(username, null, null, AuditEventType.ADMIN_ACTION, AuditOutcome.OK,
                Map.of("action", "END_SESSIONS", "count", String.valueOf(count), "reason", reason));
    }

    @Override
    public void csrfRejected(String username, String sessionRef, String method, String path) {
        append(username, sessionRef, null, AuditEventType.PERMISSION_DENIED, AuditOutcome.DENIED,
                Map.of("reason", "CSRF", "route", method + " " + path));
    }

    @Override
    public void adminAction(String actor, String action, String target, String outcome) {
        append(actor, null, null, AuditEventType.ADMIN_ACTION, outcome == null ? AuditOutcome.OK : outcome.toUpperCase(),
                Map.of("action", action, "target", target == null ? "" : target));
    }
}
