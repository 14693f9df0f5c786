package uk.vigil.common;

/** The action needs the user to state why (e.g. opening a nominal outside their own caseload). */
public final class PurposeRequiredException extends RuntimeException {
    public PurposeRequiredException(String message) {
        super(message);
    }
}
