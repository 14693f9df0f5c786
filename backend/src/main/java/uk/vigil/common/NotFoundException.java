package uk.vigil.common;

/** The record asked for does not exist (or, once access control applies, may not be seen: same answer). */
public final class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
