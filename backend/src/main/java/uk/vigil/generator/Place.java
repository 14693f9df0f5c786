package uk.vigil.generator;

/** A row of gb-places.csv (GeoNames): a named place with its county. */
record Place(String name, double lat, double lng, String nation, String county) {
}
