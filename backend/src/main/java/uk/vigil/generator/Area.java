package uk.vigil.generator;

/** A MAPPA area: a county from gb-places; id is the lower-case hyphenated county name. */
record Area(String id, String name, int population10Plus) {
}
