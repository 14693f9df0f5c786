package uk.vigil.importer;

/**
 * A load that could not go on: the folder is unreadable or the database failed. Batches committed
 * before it stay; re-running the same load completes it.
 */
public final class ImportException extends RuntimeException {
    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }

    public ImportException(String message) {
        super(message);
    }
}
