package uk.vigil.auth;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import uk.vigil.common.InvalidRequestException;

/** Checks a {@link NewUser} and turns it into an account to store; the first problem is a 400. */
final class NewUserRules {
    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 128;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern OFFICER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private NewUserRules() {
    }

    /** The validated account, with {@code passwordHash} and {@code totpSecret} still to be filled. */
    static UserAccount check(NewUser u, LocalDate today) {
        if (u == null) {
            throw bad("send the new user as JSON");
        }
        String username = u.username() == null ? "" : u.username().strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw bad("username must be 3-64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        String displayName = u.displayName() == null ? "" : u.displayName().strip();
        if (displayName.isEmpty() || displayName.length() > 100 || displayName.chars().anyMatch(Character::isISOControl)) {
            throw bad("displayName is required, at most 100 characters");
        }
        String agency = u.agency() == null ? "" : u.agency().strip();
        if (!ID.matcher(agency).matches()) {
            throw bad("agency must be an agency id (lower-case letters, digits and '-')");
        }
        Set<String> areas = new TreeSet<>();
        for (String area : u.areas() == null ? List.<String>of() : u.areas()) {
            if (area == null || !ID.matcher(area.strip()).matches()) {
                throw bad("areas must be area ids (lower-case letters, digits and '-')");
            }
            areas.add(area.strip());
        }
        Set<Role> roles = roles(u.roles());
        Clearance clearance = named(Clearance.class, u.clearance(), "clearance");
        VettingLevel vetting = named(VettingLevel.class, u.vettingLevel(), "vettingLevel");
        LocalDate expiry = expiry(u.vettingExpiry(), today);
        checkPassword(u.password(), username);
        String officerId = u.officerId() == null || u.officerId().isBlank() ? null : u.officerId().strip();
        if (officerId != null && !OFFICER_ID.matcher(officerId).matches()) {
            throw bad("officerId must be an officer id (letters, digits, '_' and '-')");
        }
        return new UserAccount(username, displayName, agency, areas, roles, clearance, vetting, expiry, true, false,
                null, null, -1, List.of(), officerId, null, null);
    }

    static void checkPassword(String password, String username) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw bad("password must be at least " + MIN_PASSWORD + " characters");
        }
        if (password.length() > MAX_PASSWORD) {
            throw bad("password must be at most " + MAX_PASSWORD + " characters");
        }
        if (password.toLowerCase(Locale.ROOT).contains(username)) {
            throw bad("password must not contain the username");
        }
    }

    private static Set<Role> roles(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw bad("roles must name at least one of " + Arrays.toString(Role.values()));
        }
        List<Role> roles = new ArrayList<>();
        for (String name : names) {
            roles.add(named(Role.class, name, "roles"));
        }
        return EnumSet.copyOf(roles);
    }

    private static <E extends Enum<E>> E named(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad(field + " must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static LocalDate expiry(String value, LocalDate today) {
        LocalDate date;
        try {
            date = LocalDate.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw bad("vettingExpiry must be a date, yyyy-mm-dd");
        }
        if (date.isBefore(today)) {
            throw bad("vettingExpiry is in the past: an unvetted user cannot sign in");
        }
        return date;
    }

    private static InvalidRequestException bad(String message) {
        return new InvalidRequestException(message);
    }
}
