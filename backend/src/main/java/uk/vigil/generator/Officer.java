package uk.vigil.generator;

/** A practitioner of an agency with a MAPPA role. */
record Officer(String id, String forename, String surname, String role, Agency agency, String email, String phone) {
}
