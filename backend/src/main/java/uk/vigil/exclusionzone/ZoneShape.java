package uk.vigil.exclusionzone;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * A checked exclusion zone shape. {@code geometry} is as given (x = longitude, y = latitude):
 * a Polygon or MultiPolygon, or the centre Point of a circle of {@code radiusM} metres.
 * {@code json} is the stored GeoJSON geometry (written by jts-io-common, 7 decimals, no CRS).
 * Positions on the border count as inside: a border is not a safe place to live.
 */
public final class ZoneShape {
    private final ZoneKind kind;
    private final Geometry geometry;
    private final Long radiusM;
    private final String json;
    private final PreparedGeometry prepared;

    ZoneShape(ZoneKind kind, Geometry geometry, Long radiusM, String json) {
        this.kind = kind;
        this.geometry = geometry;
        this.radiusM = radiusM;
        this.json = json;
        this.prepared = kind == ZoneKind.CIRCLE ? null : PreparedGeometryFactory.prepare(geometry);
    }

    /** Where a position lies relative to the zone: inside (or on the border) or not, and how far from the border. */
    public record Placement(boolean inside, double borderDistanceM) {
    }

    public ZoneKind kind() {
        return kind;
    }

    public Geometry geometry() {
        return geometry;
    }

    public Long radiusM() {
        return radiusM;
    }

    public String json() {
        return json;
    }

    public Placement place(double lat, double lng) {
        if (kind == ZoneKind.CIRCLE) {
            Coordinate c = geometry.getCoordinate();
            double d = Earth.distanceM(c.y, c.x, lat, lng);
            return new Placement(d <= radiusM, Math.abs(radiusM - d));
        }
        boolean inside = prepared.covers(Earth.WGS84.createPoint(new Coordinate(lng, lat)));
        return new Placement(inside, Earth.distanceToBorderM(geometry, lat, lng));
    }

    public boolean covers(double lat, double lng) {
        return place(lat, lng).inside();
    }

    /** What to draw: the polygon itself, or the circle as a 64-sided geodesic polygon. */
    public Geometry display() {
        if (kind == ZoneKind.CIRCLE) {
            Coordinate c = geometry.getCoordinate();
            return Earth.circle(c.y, c.x, radiusM, 64);
        }
        return geometry;
    }

    /** The box around the zone (a circle's reaches north, east, south and west on the ellipsoid). */
    public Envelope bounds() {
        if (kind != ZoneKind.CIRCLE) {
            return new Envelope(geometry.getEnvelopeInternal());
        }
        Coordinate c = geometry.getCoordinate();
        Envelope box = new Envelope(c);
        for (double bearing : new double[] {0, 90, 180, 270}) {
            box.expandToInclude(Earth.destination(c.y, c.x, bearing, radiusM));
        }
        return box;
    }

    /** The centre of a circle, else the centroid of the polygon(s). */
    public Point centroid() {
        return kind == ZoneKind.CIRCLE ? (Point) geometry : geometry.getCentroid();
    }
}
