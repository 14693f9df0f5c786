package uk.vigil.exclusionzone;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Reads and writes exclusion-zone GeoJSON with jts-io-common, and checks what may be stored:
 * a Polygon or MultiPolygon that JTS finds valid (closed rings of at least four positions, no
 * self-intersection, holes inside their shell, parts not overlapping), or a Point with a radius of
 * 10..50,000 m (a circle); every position inside the UK envelope ({@link UkEnvelope}).
 * Each refusal is an {@link InvalidZoneException} whose message begins "geometry" or "radius".
 */
public final class ZoneGeoJson {
    public static final long MIN_RADIUS_M = 10;
    public static final long MAX_RADIUS_M = 50_000;
    private static final int MAX_TEXT = 200_000;
    private static final int MAX_POSITIONS = 10_000;

    private ZoneGeoJson() {
    }

    /** Parses and checks a zone geometry; {@code radiusM} is required for a Point and refused otherwise. */
    public static ZoneShape parse(String text, Long radiusM) {
        return shape(read(text), radiusM);
    }

    /**
     * Reads and checks a zone's geometry on its own (type, size, the UK box, rings, JTS validity), before
     * its radius is known: the importer reads the geometry column first and checks the radius as a rule of
     * the row ({@link #checkRadius}). Refusals begin "geometry".
     */
    public static Geometry read(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidZoneException("geometry is missing");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidZoneException("geometry is longer than " + MAX_TEXT + " characters");
        }
        Geometry geometry;
        try {
            geometry = new GeoJsonReader(Earth.WGS84).read(text);
        } catch (ParseException | RuntimeException e) {
            throw new InvalidZoneException("geometry is not a GeoJSON Polygon, MultiPolygon or Point"
                    + " (rings closed, positions [lng, lat])");
        }
        ZoneKind kind = kindOf(geometry);
        if (geometry.isEmpty()) {
            throw new InvalidZoneException("geometry has no coordinates");
        }
        if (geometry.getNumPoints() > MAX_POSITIONS) {
            throw new InvalidZoneException("geometry has more than " + MAX_POSITIONS + " positions");
        }
        for (Coordinate c : geometry.getCoordinates()) {
            if (!Double.isFinite(c.x) || !Double.isFinite(c.y) || !UkEnvelope.contains(c.y, c.x)) {
                throw new InvalidZoneException("geometry has position [%s, %s] outside the UK (%s)"
                        .formatted(round(c.x), round(c.y), UkEnvelope.DESCRIPTION));
            }
        }
        if (kind != ZoneKind.CIRCLE) {
            checkRings(geometry);
            TopologyValidationError error = new IsValidOp(geometry).getValidationError();
            if (error != null) {
                Coordinate at = error.getCoordinate();
                throw new InvalidZoneException("geometry is not a valid %s: %s at or near [%s, %s]".formatted(
                        geometry.getGeometryType(), error.getMessage().toLowerCase(Locale.ROOT), round(at.x), round(at.y)));
            }
        }
        return geometry;
    }

    /** The radius rule for a geometry {@link #read} accepted: required (10..50,000 m) for a Point, refused otherwise. */
    public static void checkRadius(Geometry geometry, Long radiusM) {
        if (kindOf(geometry) == ZoneKind.CIRCLE) {
            if (radiusM == null) {
                throw new InvalidZoneException("radius is required for a Point (a circle zone), in metres");
            }
            if (radiusM < MIN_RADIUS_M || radiusM > MAX_RADIUS_M) {
                throw new InvalidZoneException("radius must be %d..%d metres".formatted(MIN_RADIUS_M, MAX_RADIUS_M));
            }
        } else if (radiusM != null) {
            throw new InvalidZoneException("radius is only for a Point (a circle zone), not a " + geometry.getGeometryType());
        }
    }

    /** The zone of a geometry {@link #read} accepted and its radius (checked here). */
    public static ZoneShape shape(Geometry geometry, Long radiusM) {
        checkRadius(geometry, radiusM);
        ZoneKind kind = kindOf(geometry);
        return new ZoneShape(kind, geometry, kind == ZoneKind.CIRCLE ? radiusM : null, write(geometry));
    }

    private static ZoneKind kindOf(Geometry geometry) {
        if (geometry instanceof Polygon) {
            return ZoneKind.POLYGON;
        } else if (geometry instanceof MultiPolygon) {
            return ZoneKind.MULTIPOLYGON;
        } else if (geometry instanceof Point) {
            return ZoneKind.CIRCLE;
        }
        throw new InvalidZoneException("geometry type " + geometry.getGeometryType()
                + " is not Polygon, MultiPolygon or Point");
    }

    /** A stored zone read back (already checked when stored). */
    public static ZoneShape stored(String json, Long radiusM) {
        return parse(json, radiusM);
    }

    /** GeoJSON of a geometry: 7 decimals (about 1 cm), no CRS member (RFC 7946: WGS84 is implied). */
    public static String write(Geometry geometry) {
        GeoJsonWriter writer = new GeoJsonWriter(7);
        writer.setEncodeCRS(false);
        return writer.write(geometry);
    }

    private static void checkRings(Geometry geometry) {
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) geometry.getGeometryN(i);
            if (polygon.isEmpty()) {
                throw new InvalidZoneException("geometry has a polygon with no rings");
            }
            checkRing(polygon.getExteriorRing());
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                checkRing(polygon.getInteriorRingN(h));
            }
        }
    }

    private static void checkRing(LinearRing ring) {
        if (ring.getNumPoints() < 4) {
            throw new InvalidZoneException("geometry has a ring of %d positions (a ring needs at least 4)"
                    .formatted(ring.getNumPoints()));
        }
    }

    private static String round(double degrees) {
        if (!Double.isFinite(degrees)) {
            return String.valueOf(degrees);
        }
        return BigDecimal.valueOf(degrees).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
