package uk.vigil.auth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Authentication events as lines in the {@code vigil.audit} log, until the audit trail takes them. */
public final class LoggingAuthEvents implements AuthEvents {
    private static final Logger AUDIT = LoggerFactory.getLogger("vigil.audit");

    @Override
    public void loginSucceeded(String username, String sessionRef, String sourceIp) {
        AUDIT.info("LOGIN user={} session={} ip={} outcome=OK", clean(username), sessionRef, clean(sourceIp));
    }

    @Override
    public void loginFailed(String username, LoginFailure reason, String sourceIp) {
        AUDIT.info("LOGIN user={} ip={} outcome={}", clean(username), clean(sourceIp), reason);
    }

    @Override
    public void accountLocked(String username, int recentFailures, String sourceIp) {
        AUDIT.warn("ACCOUNT_LOCKED user={} failures={} ip={}", clean(username), recentFailures, clean(sourceIp));
    }

    @Override
    public void logout(String username, String sessionRef) {
        AUDIT.info("LOGOUT user={} session={}", clean(username), sessionRef);
    }

    @Override
    public void sessionExpired(String username, String sessionRef, String reason) {
        AUDIT.info("SESSION_EXPIRED user={} session={} reason={}", clean(username), sessionRef, reason);
    }

    @Override
    public void sessionsEnded(String username, int count, String reason) {
        AUDIT.info("SESSIONS_ENDED user={} count={} reason={}", clean(username), count, reason);
    }

    @Override
    public void csrfRejected(String username, String sessionRef, String method, String path) {
        AUDIT.warn("CSRF_REJECTED user={} session={} request={} {}", clean(username), sessionRef, method, clean(path));
    }

    @Override
    public void adminAction(String actor, String action, String target, String outcome) {
        AUDIT.info("ADMIN_{} actor={} target={} outcome={}", action, clean(actor), clean(target), clean(outcome));
    }

    /** Typed input goes into logs: no line breaks or control characters, and not too much of it. */
    static String clean(String value) {
        if (value == null) {
            return "-";
        }
        String s = value.codePoints().limit(64)
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return value.codePointCount(0, value.length()) > 64 ? s + "..." : s;
    }
}
