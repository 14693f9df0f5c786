package uk.vigil.common;

/** The signed-in user may not do this (HTTP 403). Records outside scope are 404 instead, so they are not betrayed. */
public final class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
