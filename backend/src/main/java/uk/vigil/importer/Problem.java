package uk.vigil.importer;

/** One failed check of one field of a row, in words a data owner can act on. */
record Problem(String field, String reason) {
}
