package uk.vigil.generator;

/** A school, nursery, playground, pool... near which some offenders may not go. */
record SensitivePlace(String id, String name, String type, LatLng at, String town) {
}
