package uk.vigil.exclusionzone;

/**
 * The box every stored coordinate must fall in: the United Kingdom with its islands, WGS84
 * decimal degrees (the importer checks every coordinate of a load against it too, docs/import.md). A box, not the coastline:
 * it is a guard against swapped or mistyped coordinates, not a border.
 */
public final class UkEnvelope {
    public static final double MIN_LAT = 49.8;
    public static final double MAX_LAT = 60.9;
    public static final double MIN_LNG = -8.7;
    public static final double MAX_LNG = 1.8;
    public static final String DESCRIPTION = "lat 49.8..60.9, lng -8.7..1.8";

    private UkEnvelope() {
    }

    public static boolean contains(double lat, double lng) {
        return containsLat(lat) && containsLng(lng);
    }

    public static boolean containsLat(double lat) {
        return lat >= MIN_LAT && lat <= MAX_LAT;
    }

    public static boolean containsLng(double lng) {
        return lng >= MIN_LNG && lng <= MAX_LNG;
    }
}
