package uk.vigil.importer;

/** The box every coordinate of a load must fall in: the UK, WGS84 decimal degrees. */
final class UkBounds {
    static final double MIN_LAT = 49.8;
    static final double MAX_LAT = 60.9;
    static final double MIN_LNG = -8.7;
    static final double MAX_LNG = 1.8;
    static final String DESCRIPTION = "lat 49.8..60.9, lng -8.7..1.8";

    private UkBounds() {
    }

    static boolean containsLat(double lat) {
        return lat >= MIN_LAT && lat <= MAX_LAT;
    }

    static boolean containsLng(double lng) {
        return lng >= MIN_LNG && lng <= MAX_LNG;
    }
}
