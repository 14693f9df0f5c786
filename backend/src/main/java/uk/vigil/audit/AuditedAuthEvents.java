package uk.vigil.audit;

import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.vigil.auth.AuthEvents;
import uk.vigil.auth.LoginFailure;

/**
 * Sign-in, sign-out, lockouts and account administration, written to the audit trail. A failure
 * to write propagates, so the action it describes is refused rather than done unlogged.
 */
public final class AuditedAuthEvents implements AuthEvents {
    private final AuditTrail trail;

    public AuditedAuthEvents(AuditTrail trail) {
        this.trail = trail;
    }

    private void append(String username, String session, String ip, AuditEventType event, String outcome,
                        Map<String, String> detail) {
        trail.append(new AuditActor(username == null || username.isBlank() ? "(none)" : username, null, Set.of(),
                session, ip), event, List.of(), outcome, null, detail);
    }

    @Override
    public void loginSucceeded(String username, String sessionRef, String sourceIp) {
        append(username, sessionRef, sourceIp, AuditEventType.LOGIN_SUCCESS, AuditOutcome.OK, Map.of());
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
        append(username, sessionRef, null, AuditEventType.LOGOUT, AuditOutcome.OK, Map.of());
    }

    @Override
    public void sessionExpired(String username, String sessionRef, String reason) {
        append(username, sessionRef, null, AuditEventType.SESSION_EXPIRED, AuditOutcome.OK, Map.of("reason", reason));
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
