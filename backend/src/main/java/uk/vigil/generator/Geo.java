package uk.vigil.generator;

import java.util.ArrayList;
import java.util.List;

/** Scattering points around towns, drawing zones, and writing GeoJSON ([lng, lat], 6 decimals). */
final class Geo {
    static final double MIN_LAT = 49.8;
    static final double MAX_LAT = 60.9;
    static final double MIN_LNG = -8.7;
    static final double MAX_LNG = 1.8;

    private Geo() {
    }

    static boolean insideUk(double lat, double lng) {
        return lat >= MIN_LAT && lat <= MAX_LAT && lng >= MIN_LNG && lng <= MAX_LNG;
    }

    /**
     * A point scattered normally around {@code centre} in both directions (sd metres east and north),
     * redrawn while further than {@code maxM}. Both offsets are normal, so the density is highest at
     * the centre and finite there, as in a real town. (A normal distance in a uniform direction, the
     * first version, made the density grow as 1/r towards the centre: a fifth of a 75,000-people town
     * lived within 500 m of its centre, where this puts 3%.)
     */
    static LatLng around(Rng rng, LatLng centre, double sdM, double maxM) {
        for (int attempt = 0; ; attempt++) {
            double east = rng.gaussian() * sdM;
            double north = rng.gaussian() * sdM;
            double scale = Math.min(1, maxM / Math.hypot(east, north));
            if (scale == 1 || attempt == 20) {
                return centre.offset(east * scale, north * scale);
            }
        }
    }

    /** A point at a distance in [minM, maxM] in a random direction. */
    static LatLng ring(Rng rng, LatLng centre, double minM, double maxM) {
        return centre.towards(rng.unit() * 2 * Math.PI, minM + rng.unit() * (maxM - minM));
    }

    /**
     * A star-shaped ring around {@code centre}: vertices at increasing angles (so counter-clockwise,
     * as RFC 7946 asks, and never self-intersecting) with radii within 30% of {@code radiusM}.
     */
    static List<LatLng> starRing(Rng rng, LatLng centre, double radiusM, int vertices) {
        List<LatLng> ring = new ArrayList<>(vertices + 1);
        double step = 2 * Math.PI / vertices;
        for (int k = 0; k < vertices; k++) {
            double angle = k * step + rng.unit() * step * 0.6;
            double r = radiusM * (0.7 + 0.6 * rng.unit());
            ring.add(centre.offset(r * StrictMath.cos(angle), r * StrictMath.sin(angle)));
        }
        ring.add(ring.get(0));
        return ring;
    }

    static String fixed6(double value) {
        long micro = Math.round(value * 1_000_000);
        StringBuilder sb = new StringBuilder(12);
        if (micro < 0) {
            sb.append('-');
            micro = -micro;
        }
        sb.append(micro / 1_000_000).append('.');
        String fraction = Long.toString(micro % 1_000_000);
        sb.append("000000", 0, 6 - fraction.length()).append(fraction);
        return sb.toString();
    }

    static String pointJson(LatLng p) {
        return "{\"type\":\"Point\",\"coordinates\":" + position(p) + "}";
    }

    static String polygonJson(List<LatLng> ring) {
        return "{\"type\":\"Polygon\",\"coordinates\":[" + ringJson(ring) + "]}";
    }

    static String multiPolygonJson(List<List<LatLng>> rings) {
        StringBuilder sb = new StringBuilder("{\"type\":\"MultiPolygon\",\"coordinates\":[");
        for (int i = 0; i < rings.size(); i++) {
            sb.append(i == 0 ? "[" : ",[").append(ringJson(rings.get(i))).append(']');
        }
        return sb.append("]}").toString();
    }

    private static String ringJson(List<LatLng> ring) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < ring.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(position(ring.get(i)));
        }
        return sb.append(']').toString();
    }

    private static String position(LatLng p) {
        return "[" + fixed6(p.lng()) + "," + fixed6(p.lat()) + "]";
    }
}
