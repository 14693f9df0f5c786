package uk.vigil.audit;

/**
 * The audit trail could not record (or be read). The action that needed the record must be
 * refused: nothing happens that the audit cannot show.
 */
public final class AuditUnavailableException extends RuntimeException {
    public AuditUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public AuditUnavailableException(String message) {
        super(message);
    }
}
