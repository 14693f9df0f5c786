package uk.vigil.common;

/** A request that cannot be answered as asked; the message tells the user what to fix. */
public final class InvalidRequestException extends RuntimeException {
    public InvalidRequestException(String message) {
        super(message);
    }
}
