package uk.vigil.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Signs people in. Every failure gives the caller the same answer, {@link #FAILURE_MESSAGE}, and
 * costs the same work whether or not the account exists: one Argon2 check and one database write;
 * the reason goes to the audit trail only. Wrong passwords and codes count towards the lock: {@link #MAX_FAILURES} within
 * {@link #FAILURE_WINDOW} locks the account until an administrator unlocks it.
 */
public final class Authenticator {
    public static final String FAILURE_MESSAGE = "Username, password or code not recognised";
    public static final int MAX_FAILURES = 5;
    public static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);

    /** What a person typed. {@code code} may be null for a user who needs none. */
    public record Credentials(String username, String password, String code) {
        @Override
        public String toString() {
            return "Credentials[username=" + username + "]";
        }
    }

    private final UserStore users;
    private final PasswordHasher hasher;
    private final TotpPolicy totpPolicy;
    private final Sessions sessions;
    private final AuthEvents events;
    private final Clock clock;

    Authenticator(UserStore users, PasswordHasher hasher, TotpPolicy totpPolicy, Sessions sessions, AuthEvents events,
                  Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.totpPolicy = totpPolicy;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    /** Checks the credentials and starts a session; throws {@link NotAuthenticatedException} otherwise. */
    public Sessions.Started login(Credentials credentials, String sourceIp) {
        String typed = credentials.username() == null ? "" : credentials.username();
        String username = typed.strip().toLowerCase(Locale.ROOT);
        String password = credentials.password() == null ? "" : credentials.password();
        Instant now = clock.instant();

        Optional<UserAccount> found = username.isEmpty() || username.length() > 64 ? Optional.empty() : users.find(username);
        if (found.isEmpty()) {
            hasher.burn(password);
            users.recordUnknownUsername(now);
            throw fail(typed, LoginFailure.UNKNOWN_USER, sourceIp);
        }
        UserAccount account = found.get();
        boolean passwordOk = hasher.verify(password, account.passwordHash());
        boolean needsCode = account.totpSecret() != null || totpPolicy.requiredFor(account.roles());
        OptionalLong step = account.totpSecret() == null ? OptionalLong.empty()
                : Totp.verify(account.totpSecret(), credentials.code(), now, account.totpLastStep());

        if (account.locked()) {
            throw refuse(username, LoginFailure.LOCKED, now, sourceIp);
        }
        if (!passwordOk || needsCode && step.isEmpty()) {
            LoginFailure reason = !passwordOk ? LoginFailure.BAD_PASSWORD
                    : account.totpSecret() == null ? LoginFailure.NO_TOTP_ENROLLED : LoginFailure.BAD_CODE;
            UserStore.Failure failure = users.recordFailure(username, now, now.minus(FAILURE_WINDOW), MAX_FAILURES);
            NotAuthenticatedException e = fail(username, reason, sourceIp);
            if (failure.lockedNow()) {
                events.accountLocked(username, failure.recentFailures(), sourceIp);
                sessions.endAllFor(username, "LOCKED");
            }
            throw e;
        }
        if (!account.enabled()) {
            throw refuse(username, LoginFailure.DISABLED, now, sourceIp);
        }
        if (!account.vettedOn(LocalDate.ofInstant(now, clock.getZone()))) {
            throw refuse(username, account.vettingLevel() == null ? LoginFailure.NOT_VETTED : LoginFailure.VETTING_EXPIRED,
                    now, sourceIp);
        }
        Long usedStep = needsCode ? step.getAsLong() : null;
        if (!users.recordSuccess(username, now, usedStep)) {
            throw fail(username, LoginFailure.BAD_CODE, sourceIp); // the same code won a race a moment ago
        }
        if (hasher.needsRehash(account.passwordHash())) {
            users.updatePasswordHash(username, hasher.hash(password));
        }
        Sessions.Started started = sessions.start(account.toSessionUser(users.agencyType(account.agency()).orElse(null)));
        events.loginSucceeded(username, started.session().ref(), sourceIp);
        return started;
    }

    /** Refused for the account's state: not a guess, so not counted towards the lock, but noted. */
    private NotAuthenticatedException refuse(String username, LoginFailure reason, Instant now, String sourceIp) {
        users.recordRefusal(username, reason, now);
        return fail(username, reason, sourceIp);
    }

    private NotAuthenticatedException fail(String username, LoginFailure reason, String sourceIp) {
        events.loginFailed(username, reason, sourceIp);
        return new NotAuthenticatedException(FAILURE_MESSAGE);
    }
}
