package uk.vigil.generator;

import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/** Point-in-zone as a reader of exclusion_zones.csv computes it: JTS for polygons, haversine within radius_m for circles. */
final class Zoning {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private Zoning() {
    }

    static boolean contains(Map<String, String> zone, double lat, double lng) {
        Geometry g = GeoJson.parse(zone.get("geometry"));
        if (g instanceof Point p) {
            return haversineM(p.getY(), p.getX(), lat, lng) <= Double.parseDouble(zone.get("radius_m"));
        }
        return g.contains(FACTORY.createPoint(new Coordinate(lng, lat)));
    }

    static double haversineM(double lat1, double lng1, double lat2, double lng2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lng2 - lng1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
