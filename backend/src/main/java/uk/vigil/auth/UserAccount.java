package uk.vigil.auth;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A stored account, secrets included: it never leaves this package ({@link UserSummary} is what
 * administrators see, {@link SessionUser} what the app sees). Nullable: vetting, secrets,
 * officerId and the timestamps.
 */
record UserAccount(String username, String displayName, String agency, Set<String> areas, Set<Role> roles,
                   Clearance clearance, VettingLevel vettingLevel, LocalDate vettingExpiry, boolean enabled,
                   boolean locked, String passwordHash, String totpSecret, long totpLastStep,
                   List<Instant> failedAttempts, String officerId, Instant lastLoginAt, Instant lockedAt) {

    /** Vetted on {@code today}: a level is recorded and the expiry date has not passed (it is the last valid day). */
    boolean vettedOn(LocalDate today) {
        return vettingLevel != null && vettingExpiry != null && !today.isAfter(vettingExpiry);
    }

    SessionUser toSessionUser(String agencyType) {
        return new SessionUser(username, displayName, agency, agencyType, areas, roles, clearance, vettingLevel, officerId);
    }

    UserSummary summary() {
        return new UserSummary(username, displayName, agency, areas, roles, clearance, vettingLevel, vettingExpiry,
                enabled, locked, lockedAt, totpSecret != null, officerId, lastLoginAt, failedAttempts);
    }

    @Override
    public String toString() {
        return "UserAccount[" + username + "]";
    }
}
