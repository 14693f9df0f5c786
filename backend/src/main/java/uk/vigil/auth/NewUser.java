package uk.vigil.auth;

import java.util.List;

/**
 * An administrator's request to create an account, as sent (strings, so a bad value gets a
 * 400 that names it). {@link UserAdmin} validates it. {@code officerId} is optional.
 */
public record NewUser(String username, String displayName, String agency, List<String> areas, List<String> roles,
                      String clearance, String vettingLevel, String vettingExpiry, String password, String officerId) {

    @Override
    public String toString() {
        return "NewUser[username=" + username + "]";
    }
}
