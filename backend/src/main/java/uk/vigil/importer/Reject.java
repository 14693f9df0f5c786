package uk.vigil.importer;

/**
 * One line of the reject report: a failed check of a row ({@code line} counts from 1, the header),
 * or of a whole file (line 1, empty id).
 */
public record Reject(String file, long line, String id, String field, String reason) {
}
