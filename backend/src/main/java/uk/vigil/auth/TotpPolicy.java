package uk.vigil.auth;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which roles must sign in with a one-time code. A user needs one when any of their roles is in
 * {@code required}; a user who has enrolled a secret always needs one, whatever their roles.
 * Default: every role (see docs/security.md for why there is no exception).
 */
public record TotpPolicy(Set<Role> required) {

    public static final TotpPolicy ALL_ROLES = new TotpPolicy(EnumSet.allOf(Role.class));

    public TotpPolicy {
        required = required.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(required));
    }

    public static TotpPolicy exempting(Collection<Role> exempt) {
        EnumSet<Role> roles = EnumSet.allOf(Role.class);
        roles.removeAll(exempt);
        return new TotpPolicy(roles);
    }

    /**
     * Reads a comma-separated list of exempt role names (e.g. the value of
     * {@code VIGIL_TOTP_EXEMPT_ROLES}); blank or null means no role is exempt.
     */
    public static TotpPolicy parseExempt(String csv) {
        if (csv == null || csv.isBlank()) {
            return ALL_ROLES;
        }
        try {
            return exempting(Arrays.stream(csv.split(","))
                    .map(String::strip).filter(s -> !s.isEmpty())
                    .map(s -> Role.valueOf(s.toUpperCase(Locale.ROOT))).toList());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("TOTP-exempt roles must be among " + Arrays.toString(Role.values())
                    + ", got '" + csv + "'");
        }
    }

    public boolean requiredFor(Collection<Role> roles) {
        return roles.stream().anyMatch(required::contains);
    }
}
