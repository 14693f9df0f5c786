package uk.vigil.auth;

/** No signed-in session, or a failed sign-in: HTTP 401. The message is safe to show to anyone. */
public final class NotAuthenticatedException extends RuntimeException {
    public NotAuthenticatedException(String message) {
        super(message, null, false, false);
    }
}
