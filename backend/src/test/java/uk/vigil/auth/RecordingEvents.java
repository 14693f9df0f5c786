package uk.vigil.auth;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps authentication events as lines, to assert on what the audit trail would get. */
final class RecordingEvents implements AuthEvents {
    final List<String> lines = new CopyOnWriteArrayList<>();

    @Override
    public void loginSucceeded(String username, String sessionRef, String sourceIp) {
        lines.add("LOGIN_OK " + username + " " + sessionRef);
    }

    @Override
    public void loginFailed(String username, LoginFailure reason, String sourceIp) {
        lines.add("LOGIN_FAILED " + username + " " + reason);
    }

    @Override
    public void accountLocked(String username, int recentFailures, String sourceIp) {
        lines.add("LOCKED " + username + " " + recentFailures);
    }

    @Override
    public void logout(String username, String sessionRef) {
        lines.add("LOGOUT " + username + " " + sessionRef);
    }

    @Override
    public void sessionExpired(String username, String sessionRef, String reason) {
        lines.add("EXPIRED " + username + " " + reason);
    }

    @Override
    public void sessionsEnded(String username, int count, String reason) {
        lines.add("SESSIONS_ENDED " + username + " " + count + " " + reason);
    }

    @Override
    public void csrfRejected(String username, String sessionRef, String method, String path) {
        lines.add("CSRF " + username + " " + method + " " + path);
    }

    @Override
    public void adminAction(String actor, String action, String target, String outcome) {
        lines.add("ADMIN " + actor + " " + action + " " + target + " " + outcome);
    }

    String last() {
        return lines.isEmpty() ? null : lines.get(lines.size() - 1);
    }
}
