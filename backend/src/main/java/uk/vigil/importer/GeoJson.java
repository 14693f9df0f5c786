package uk.vigil.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Reads the GeoJSON geometry of an exclusion zone (jts-core has no GeoJSON reader): Polygon,
 * MultiPolygon or Point, positions {@code [lng, lat]} inside the UK, rings closed, and the result
 * valid by JTS (no self-intersection). Each failure is an {@link IllegalArgumentException} whose
 * message completes the sentence "geometry ...".
 */
final class GeoJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private GeoJson() {
    }

    static ZoneGeometry parse(String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("is not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("is not a GeoJSON geometry object");
        }
        String type = node.path("type").asText("");
        JsonNode coordinates = node.get("coordinates");
        if (!List.of("Polygon", "MultiPolygon", "Point").contains(type)) {
            throw new IllegalArgumentException("type '%s' is not Polygon, MultiPolygon or Point".formatted(type));
        }
        if (coordinates == null || !coordinates.isArray()) {
            throw new IllegalArgumentException("has no coordinates array");
        }
        Geometry geometry = switch (type) {
            case "Point" -> FACTORY.createPoint(position(coordinates));
            case "Polygon" -> polygon(coordinates);
            default -> FACTORY.createMultiPolygon(list(coordinates, "polygons").stream()
                    .map(GeoJson::polygon).toArray(Polygon[]::new));
        };
        IsValidOp validity = new IsValidOp(geometry);
        TopologyValidationError error = validity.getValidationError();
        if (error != null) {
            Coordinate at = error.getCoordinate();
            throw new IllegalArgumentException("is not a valid %s: %s at or near [%s, %s]"
                    .formatted(type, error.getMessage().toLowerCase(Locale.ROOT), round(at.x), round(at.y)));
        }
        return new ZoneGeometry(type, geometry, compact(type, coordinates));
    }

    private static String round(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static Polygon polygon(JsonNode rings) {
        List<LinearRing> linear = new ArrayList<>();
        for (JsonNode ring : list(rings, "rings")) {
            List<JsonNode> positions = list(ring, "positions");
            Coordinate[] coordinates = positions.stream().map(GeoJson::position).toArray(Coordinate[]::new);
            if (coordinates.length < 4) {
                throw new IllegalArgumentException("has a ring of %d positions (a ring needs at least 4)"
                        .formatted(coordinates.length));
            }
            if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
                throw new IllegalArgumentException("has a ring that is not closed (its first and last positions differ)");
            }
            linear.add(FACTORY.createLinearRing(coordinates));
        }
        if (linear.isEmpty()) {
            throw new IllegalArgumentException("has a polygon with no rings");
        }
        return FACTORY.createPolygon(linear.get(0), linear.subList(1, linear.size()).toArray(LinearRing[]::new));
    }

    private static List<JsonNode> list(JsonNode node, String what) {
        if (!node.isArray()) {
            throw new IllegalArgumentException("has %s that are not an array".formatted(what));
        }
        List<JsonNode> items = new ArrayList<>();
        node.forEach(items::add);
        return items;
    }

    private static Coordinate position(JsonNode position) {
        if (!position.isArray() || position.size() < 2 || position.size() > 3
                || !position.get(0).isNumber() || !position.get(1).isNumber()) {
            throw new IllegalArgumentException("has a position that is not [lng, lat]: " + position);
        }
        double lng = position.get(0).asDouble();
        double lat = position.get(1).asDouble();
        if (!UkBounds.containsLat(lat) || !UkBounds.containsLng(lng)) {
            throw new IllegalArgumentException("has position [%s, %s] outside the UK (%s)"
                    .formatted(lng, lat, UkBounds.DESCRIPTION));
        }
        return new Coordinate(lng, lat);
    }

    /** The geometry as stored: only {@code type} and {@code coordinates}, no whitespace. */
    private static String compact(String type, JsonNode coordinates) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("type", type);
        out.set("coordinates", (ArrayNode) coordinates);
        return out.toString();
    }
}
