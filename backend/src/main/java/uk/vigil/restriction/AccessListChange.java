package uk.vigil.restriction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;
import uk.vigil.common.InvalidRequestException;

/**
 * An administrator's new restriction for a person, as sent: it replaces the flag and both lists.
 * Every field is required (a PUT that left a list out must not silently empty it).
 */
public record AccessListChange(Boolean restricted, List<String> allowed, List<String> denied, String reason) {
    static final int MAX_NAMES = 200;
    static final int MAX_REASON = 500;
    /** As accounts are named (NewUserRules); sign-in ignores case, so lists do too. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    /** The change with usernames lower-cased, de-duplicated and sorted and the reason trimmed; a problem is a 400. */
    static AccessListChange check(AccessListChange c) {
        if (c == null) {
            throw bad("send the change as JSON: {\"restricted\", \"allowed\", \"denied\", \"reason\"}");
        }
        return c.checked();
    }

    private AccessListChange checked() {
        if (restricted == null) {
            throw bad("restricted is required: true or false");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw bad("reason is required: why the change is needed, 1 to " + MAX_REASON + " characters");
        }
        List<String> allow = usernames(allowed, "allowed");
        List<String> deny = usernames(denied, "denied");
        List<String> both = allow.stream().filter(deny::contains).toList();
        if (!both.isEmpty()) {
            throw bad("A user cannot be on both lists: " + String.join(", ", both));
        }
        return new AccessListChange(restricted, allow, deny, why);
    }

    /** Every username the change names. */
    List<String> usernames() {
        List<String> all = new ArrayList<>(allowed);
        all.addAll(denied);
        return all;
    }

    private static List<String> usernames(List<String> names, String field) {
        if (names == null) {
            throw bad(field + " is required: a list of usernames, [] for none");
        }
        if (names.size() > MAX_NAMES) {
            throw bad(field + " can hold at most " + MAX_NAMES + " usernames");
        }
        TreeSet<String> out = new TreeSet<>();
        for (String name : names) {
            String u = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
            if (!USERNAME.matcher(u).matches()) {
                throw bad(field + " must hold usernames (3-64 characters: letters, digits, '.', '_' or '-')");
            }
            out.add(u);
        }
        return List.copyOf(out);
    }

    private static InvalidRequestException bad(String message) {
        return new InvalidRequestException(message);
    }
}
