package uk.vigil.generator;

/**
 * A WGS84 point, always rounded to the 6 decimal places written to the files, so that truths
 * computed here agree exactly with what a reader of the CSV computes.
 */
record LatLng(double lat, double lng) {
    private static final double METRES_PER_DEGREE = 111_320.0;
    private static final double EARTH_RADIUS_M = 6_371_008.8;

    LatLng {
        lat = Math.round(Math.max(Geo.MIN_LAT, Math.min(Geo.MAX_LAT, lat)) * 1e6) / 1e6;
        lng = Math.round(Math.max(Geo.MIN_LNG, Math.min(Geo.MAX_LNG, lng)) * 1e6) / 1e6;
    }

    /** The point {@code eastM} metres east and {@code northM} metres north (flat-earth, fine at town scale). */
    LatLng offset(double eastM, double northM) {
        double dLat = northM / METRES_PER_DEGREE;
        double dLng = eastM / (METRES_PER_DEGREE * StrictMath.cos(StrictMath.toRadians(lat)));
        return new LatLng(lat + dLat, lng + dLng);
    }

    LatLng towards(double bearingRadians, double metres) {
        return offset(metres * StrictMath.sin(bearingRadians), metres * StrictMath.cos(bearingRadians));
    }

    /** Great-circle (haversine) distance in metres. */
    double distanceM(LatLng other) {
        double p1 = StrictMath.toRadians(lat);
        double p2 = StrictMath.toRadians(other.lat);
        double dp = p2 - p1;
        double dl = StrictMath.toRadians(other.lng - lng);
        double a = StrictMath.sin(dp / 2) * StrictMath.sin(dp / 2)
                + StrictMath.cos(p1) * StrictMath.cos(p2) * StrictMath.sin(dl / 2) * StrictMath.sin(dl / 2);
        return 2 * EARTH_RADIUS_M * StrictMath.asin(Math.min(1.0, StrictMath.sqrt(a)));
    }

    String latText() {
        return Geo.fixed6(lat);
    }

    String lngText() {
        return Geo.fixed6(lng);
    }
}
