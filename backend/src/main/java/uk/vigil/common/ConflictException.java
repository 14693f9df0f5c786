package uk.vigil.common;

/** The change was based on a version someone else has changed meanwhile (HTTP 409): reload and try again. */
public final class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
