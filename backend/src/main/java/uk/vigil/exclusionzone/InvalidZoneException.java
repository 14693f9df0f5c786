package uk.vigil.exclusionzone;

/** A zone that cannot be stored; the message says why, in words a user can act on ("geometry ..."). */
public final class InvalidZoneException extends IllegalArgumentException {
    public InvalidZoneException(String message) {
        super(message);
    }
}
