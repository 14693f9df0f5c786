package uk.vigil.auth;

/**
 * What authentication tells the audit trail. Implementations must not need more than they are
 * given: passwords, codes and session ids never reach this interface (sessions appear as
 * {@link Session#ref()}). {@link LoggingAuthEvents} writes them to the {@code vigil.audit} log.
 */
public interface AuthEvents {

    void loginSucceeded(String username, String sessionRef, String sourceIp);

    /** {@code username} is as typed (it may not exist); {@code reason} is for auditors only. */
    void loginFailed(String username, LoginFailure reason, String sourceIp);

    /** The account reached the failure limit and is locked until an administrator unlocks it. */
    void accountLocked(String username, int recentFailures, String sourceIp);

    void logout(String username, String sessionRef);

    /** {@code reason}: {@code IDLE} or {@code ABSOLUTE}. */
    void sessionExpired(String username, String sessionRef, String reason);

    /** Sessions ended because the account was disabled or locked. */
    void sessionsEnded(String username, int count, String reason);

    /** A state-changing request without the session's CSRF token. */
    void csrfRejected(String username, String sessionRef, String method, String path);

    /** An administrator changed an account; {@code outcome} is {@code OK} or the reason it failed. */
    void adminAction(String actor, String action, String target, String outcome);
}
