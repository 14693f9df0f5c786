package uk.vigil.exclusionzone;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * Metres on the real earth. Point-to-point distances are geodesics on the WGS84 ellipsoid
 * (Karney's algorithm, GeographicLib: accurate to nanometres); a circle is the set of points
 * within a geodesic radius of its centre. Distances between a point and a polygon's border use a
 * local equirectangular projection centred on the point (x = east metres, y = north metres), which
 * for zones of a few kilometres is within 0.1% of the geodesic distance.
 * JTS geometries here are x = longitude, y = latitude.
 */
public final class Earth {
    public static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    private static final Geodesic GEODESIC = Geodesic.WGS84;
    /** WGS84 semi-major axis (metres) and first eccentricity squared. */
    private static final double A = 6_378_137.0;
    private static final double E2 = 6.69437999014e-3;
    /** Metres per degree of latitude on a sphere of the WGS84 mean radius, for the local projection. */
    private static final double METRES_PER_DEGREE = 6_371_008.8 * Math.PI / 180;

    private Earth() {
    }

    /** Geodesic distance in metres between two WGS84 positions. */
    public static double distanceM(double lat1, double lng1, double lat2, double lng2) {
        return GEODESIC.Inverse(lat1, lng1, lat2, lng2, GeodesicMask.DISTANCE).s12;
    }

    /**
     * Metres between two positions a few kilometres apart, on the WGS84 ellipsoid's tangent plane at
     * their mean latitude (meridian and prime-vertical radii of curvature): within a centimetre of
     * {@link #distanceM} up to 5 km (EarthTest) and about a hundred times cheaper. For deciding which
     * of many nearby points need the exact distance, not for a distance shown or stored.
     */
    public static double shortDistanceM(double lat1, double lng1, double lat2, double lng2) {
        double phi = Math.toRadians((lat1 + lat2) / 2);
        double sin = Math.sin(phi);
        double w = 1 - E2 * sin * sin;
        double meridian = A * (1 - E2) / (w * Math.sqrt(w));
        double primeVertical = A / Math.sqrt(w);
        double north = Math.toRadians(lat2 - lat1) * meridian;
        double east = Math.toRadians(lng2 - lng1) * primeVertical * Math.cos(phi);
        return Math.hypot(north, east);
    }

    /**
     * The distance that decides whether two nearby positions are within {@code radiusM}: the short-distance
     * formula, or the geodesic when that is within half a metre of the radius (the formula is within a
     * centimetre of it). For testing many candidates against one radius.
     */
    public static double distanceAgainstM(double lat1, double lng1, double lat2, double lng2, double radiusM) {
        double metres = shortDistanceM(lat1, lng1, lat2, lng2);
        return Math.abs(metres - radiusM) < 0.5 ? distanceM(lat1, lng1, lat2, lng2) : metres;
    }

    /** The position {@code metres} away along {@code bearingDeg} (clockwise from north). */
    public static Coordinate destination(double lat, double lng, double bearingDeg, double metres) {
        GeodesicData d = GEODESIC.Direct(lat, lng, bearingDeg, metres);
        return new Coordinate(d.lon2, d.lat2);
    }

    /** A circle as a polygon of {@code segments} geodesic points (for drawing and export, never for containment). */
    public static Polygon circle(double lat, double lng, double radiusM, int segments) {
        Coordinate[] ring = new Coordinate[segments + 1];
        for (int i = 0; i < segments; i++) {
            ring[i] = destination(lat, lng, 360.0 * i / segments, radiusM);
        }
        ring[segments] = ring[0].copy();
        return WGS84.createPolygon(ring);
    }

    /**
     * Metres from the point to the nearest point of the geometry's border (its boundary for a
     * polygon), measured in a local projection centred on the point.
     */
    public static double distanceToBorderM(Geometry geometry, double lat, double lng) {
        Geometry local = local(lat, lng).transform(geometry.getBoundary());
        return DistanceOp.distance(local, WGS84.createPoint(new Coordinate(0, 0)));
    }

    /** Lng/lat to metres east/north of (lat, lng). */
    private static AffineTransformation local(double lat, double lng) {
        double kx = METRES_PER_DEGREE * Math.cos(Math.toRadians(lat));
        return AffineTransformation.translationInstance(-lng, -lat).scale(kx, METRES_PER_DEGREE);
    }
}
