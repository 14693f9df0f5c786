package uk.vigil.suspect;

/** Great-circle (haversine) distance on the earth, in metres, as Neo4j's point.distance computes it for WGS-84. */
final class Distance {
    private static final double EARTH_RADIUS_M = 6_378_140.0;

    private Distance() {
    }

    static double metres(double lat1, double lng1, double lat2, double lng2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lng2 - lng1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }
}
