package uk.vigil.importer;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * An exclusion zone's shape: a valid Polygon or MultiPolygon, or a Point that a radius turns into
 * a circle. Coordinates are x = longitude, y = latitude (WGS84); {@code json} is the compact GeoJSON.
 */
record ZoneGeometry(String type, Geometry geometry, String json) {
    private static final double METRES_PER_DEGREE_LAT = 111_320.0;

    boolean isPoint() {
        return geometry instanceof Point;
    }

    Point centroid() {
        return geometry.getCentroid();
    }

    /** The bounding box, for a circle grown by {@code radiusM} (approximate metres-to-degrees at its latitude). */
    Envelope bounds(Long radiusM) {
        Envelope envelope = new Envelope(geometry.getEnvelopeInternal());
        if (isPoint() && radiusM != null) {
            double lat = geometry.getCoordinate().y;
            double dLat = radiusM / METRES_PER_DEGREE_LAT;
            double dLng = radiusM / (METRES_PER_DEGREE_LAT * Math.cos(Math.toRadians(lat)));
            envelope.expandBy(dLng, dLat);
        }
        return envelope;
    }
}
