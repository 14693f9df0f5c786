package uk.vigil.suspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Whether a point lies inside an exclusion zone: GeoJSON Polygon or MultiPolygon ([lng, lat],
 * JTS point-in-polygon), or a Point with a radius (distance on the earth). A zone that cannot be
 * read contains nothing: a breach is never claimed from a shape Vigil cannot draw.
 */
final class ZoneShape {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private ZoneShape() {
    }

    static boolean contains(String geometry, Long radiusM, double lat, double lng) {
        if (geometry == null) {
            return false;
        }
        try {
            JsonNode g = JSON.readTree(geometry);
            String type = g.path("type").asText();
            JsonNode c = g.path("coordinates");
            return switch (type) {
                case "Point" -> radiusM != null && Distance.metres(lat, lng, c.get(1).asDouble(), c.get(0).asDouble()) <= radiusM;
                case "Polygon" -> polygon(c).contains(FACTORY.createPoint(new Coordinate(lng, lat)));
                case "MultiPolygon" -> {
                    boolean inside = false;
                    for (JsonNode p : c) {
                        inside |= polygon(p).contains(FACTORY.createPoint(new Coordinate(lng, lat)));
                    }
                    yield inside;
                }
                default -> false;
            };
        } catch (Exception e) {
            return false;
        }
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        List<LinearRing> holes = new ArrayList<>();
        for (int i = 1; i < rings.size(); i++) {
            holes.add(ring(rings.get(i)));
        }
        return FACTORY.createPolygon(shell, holes.toArray(new LinearRing[0]));
    }

    private static LinearRing ring(JsonNode points) {
        Coordinate[] coords = new Coordinate[points.size()];
        for (int i = 0; i < points.size(); i++) {
            coords[i] = new Coordinate(points.get(i).get(0).asDouble(), points.get(i).get(1).asDouble());
        }
        return FACTORY.createLinearRing(coords);
    }
}
