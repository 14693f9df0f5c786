package uk.vigil.auth;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** An account as administrators see it: no password hash, no TOTP secret. */
public record UserSummary(String username, String displayName, String agency, Set<String> areas, Set<Role> roles,
                          Clearance clearance, VettingLevel vettingLevel, LocalDate vettingExpiry, boolean enabled,
                          boolean locked, Instant lockedAt, boolean totpEnrolled, String officerId,
                          Instant lastLoginAt, List<Instant> failedAttempts) {
}
