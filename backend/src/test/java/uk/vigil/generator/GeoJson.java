package uk.vigil.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/** Parses the contract's geojson (Point, Polygon, MultiPolygon in [lng, lat]) into JTS, independently of the generator. */
final class GeoJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private GeoJson() {
    }

    static Geometry parse(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            JsonNode coordinates = node.get("coordinates");
            return switch (node.get("type").asText()) {
                case "Point" -> FACTORY.createPoint(coordinate(coordinates));
                case "Polygon" -> polygon(coordinates);
                case "MultiPolygon" -> {
                    List<Polygon> parts = new ArrayList<>();
                    coordinates.forEach(p -> parts.add(polygon(p)));
                    yield FACTORY.createMultiPolygon(parts.toArray(new Polygon[0]));
                }
                default -> throw new IllegalArgumentException("unsupported type " + node.get("type"));
            };
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Null when the text is a valid geometry inside the UK, else what is wrong with it. */
    static String problem(String text) {
        Geometry g;
        try {
            g = parse(text);
        } catch (RuntimeException e) {
            return "unparseable geojson: " + e.getMessage();
        }
        if (!g.isValid()) {
            return "invalid geometry";
        }
        for (Coordinate c : g.getCoordinates()) {
            if (c.y < Geo.MIN_LAT || c.y > Geo.MAX_LAT || c.x < Geo.MIN_LNG || c.x > Geo.MAX_LNG) {
                return "coordinate outside the UK (is it [lng, lat]?)";
            }
        }
        return null;
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions) {
        Coordinate[] cs = new Coordinate[positions.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = coordinate(positions.get(i));
        }
        return FACTORY.createLinearRing(cs);
    }

    private static Coordinate coordinate(JsonNode position) {
        return new Coordinate(position.get(0).asDouble(), position.get(1).asDouble());
    }
}
