package uk.vigil.auth;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.vigil.common.InvalidRequestException;
import uk.vigil.common.NotFoundException;

/**
 * What administrators do to accounts: list, create, unlock, disable (ending every session of the
 * account), enable. Each call checks the actor is an {@link Role#ADMINISTRATOR} and is audited.
 */
public final class UserAdmin {
    static final String TOTP_ISSUER = "Vigil";

    private final UserStore users;
    private final PasswordHasher hasher;
    private final TotpPolicy totpPolicy;
    private final Sessions sessions;
    private final AuthEvents events;
    private final Clock clock;

    UserAdmin(UserStore users, PasswordHasher hasher, TotpPolicy totpPolicy, Sessions sessions, AuthEvents events,
              Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.totpPolicy = totpPolicy;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    public List<UserSummary> list(SessionUser actor) {
        requireAdministrator(actor, "LIST_USERS", "*");
        return users.list().stream().map(UserAccount::summary).toList();
    }

    /** Creates an enabled account; enrols a TOTP secret when the roles need one. */
    public CreatedUser create(SessionUser actor, NewUser request) {
        requireAdministrator(actor, "CREATE_USER", request == null ? "-" : request.username());
        UserAccount checked;
        try {
            checked = NewUserRules.check(request, LocalDate.now(clock));
        } catch (InvalidRequestException e) {
            events.adminAction(actor.username(), "CREATE_USER", request == null ? "-" : request.username(), "INVALID");
            throw e;
        }
        String secret = totpPolicy.requiredFor(checked.roles()) ? Totp.newSecret() : null;
        UserAccount account = withSecrets(checked, hasher.hash(request.password()), secret);
        UserAccount created;
        try {
            created = users.create(account, actor.username(), clock.instant());
        } catch (InvalidRequestException e) {
            events.adminAction(actor.username(), "CREATE_USER", checked.username(), "TAKEN");
            throw e;
        }
        events.adminAction(actor.username(), "CREATE_USER", created.username(), "OK");
        return new CreatedUser(created.summary(), secret,
                secret == null ? null : Totp.otpauthUri(TOTP_ISSUER, created.username(), secret));
    }

    public UserSummary unlock(SessionUser actor, String username) {
        requireAdministrator(actor, "UNLOCK_USER", username);
        UserAccount a = users.unlock(username, actor.username(), clock.instant())
                .orElseThrow(() -> notFound(actor, "UNLOCK_USER", username));
        events.adminAction(actor.username(), "UNLOCK_USER", username, "OK");
        return a.summary();
    }

    /** Disables the account and ends all its sessions at once. */
    public UserSummary disable(SessionUser actor, String username) {
        requireAdministrator(actor, "DISABLE_USER", username);
        if (actor.username().equals(username)) {
            events.adminAction(actor.username(), "DISABLE_USER", username, "SELF");
            throw new InvalidRequestException("You cannot disable your own account");
        }
        UserAccount a = users.setEnabled(username, false, actor.username(), clock.instant())
                .orElseThrow(() -> notFound(actor, "DISABLE_USER", username));
        sessions.endAllFor(username, "DISABLED");
        events.adminAction(actor.username(), "DISABLE_USER", username, "OK");
        return a.summary();
    }

    public UserSummary enable(SessionUser actor, String username) {
        requireAdministrator(actor, "ENABLE_USER", username);
        UserAccount a = users.setEnabled(username, true, actor.username(), clock.instant())
                .orElseThrow(() -> notFound(actor, "ENABLE_USER", username));
        events.adminAction(actor.username(), "ENABLE_USER", username, "OK");
        return a.summary();
    }

    private void requireAdministrator(SessionUser actor, String action, String target) {
        if (actor == null || !actor.hasRole(Role.ADMINISTRATOR)) {
            events.adminAction(actor == null ? "-" : actor.username(), action, target, "FORBIDDEN");
            throw new ForbiddenException("Only administrators may manage user accounts");
        }
    }

    private NotFoundException notFound(SessionUser actor, String action, String username) {
        events.adminAction(actor.username(), action, username, "NOT_FOUND");
        return new NotFoundException("No user " + username);
    }

    static UserAccount withSecrets(UserAccount a, String passwordHash, String totpSecret) {
        return new UserAccount(a.username(), a.displayName(), a.agency(), a.areas(), a.roles(), a.clearance(),
                a.vettingLevel(), a.vettingExpiry(), a.enabled(), a.locked(), passwordHash, totpSecret, a.totpLastStep(),
                a.failedAttempts(), a.officerId(), a.lastLoginAt(), a.lockedAt());
    }
}
