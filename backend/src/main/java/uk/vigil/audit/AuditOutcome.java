package uk.vigil.audit;

import java.util.regex.Pattern;

/**
 * How an audited action ended: an upper-case word. These are the usual ones; a caller may use
 * another (e.g. {@code LOCKED}) as long as it is upper case letters, digits and {@code _}.
 */
public final class AuditOutcome {
    /** Done as asked. */
    public static final String OK = "OK";
    /** Refused by the access rules (need-to-know, role, marking). */
    public static final String DENIED = "DENIED";
    /** Refused for a reason the user can fix: wrong password, invalid request. */
    public static final String FAILED = "FAILED";
    /** Broke on our side. */
    public static final String ERROR = "ERROR";
    /** Asked for a record that does not exist. */
    public static final String NOT_FOUND = "NOT_FOUND";
    /** Refused until the user states why they need the record. */
    public static final String PURPOSE_REQUIRED = "PURPOSE_REQUIRED";

    private static final Pattern WORD = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    private AuditOutcome() {
    }

    static boolean valid(String outcome) {
        return outcome != null && WORD.matcher(outcome).matches();
    }
}
