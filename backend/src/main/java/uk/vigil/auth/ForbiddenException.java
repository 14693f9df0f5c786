package uk.vigil.auth;

/** Signed in, but not allowed to do this (wrong role, bad CSRF token): HTTP 403. */
public final class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message, null, false, false);
    }
}
