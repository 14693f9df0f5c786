package uk.vigil.exclusionzone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class ZoneGeoJsonTest {
    /** A square of about 640 m x 1,110 m in Carlisle. */
    static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[-2.94,54.89],[-2.93,54.89],[-2.93,54.90],[-2.94,54.90],[-2.94,54.89]]]}";

    @Test
    void a_valid_polygon_is_read_and_written_back_as_geojson() {
        ZoneShape shape = ZoneGeoJson.parse(SQUARE, null);
        assertThat(shape.kind()).isEqualTo(ZoneKind.POLYGON);
        assertThat(shape.json()).startsWith("{\"type\":\"Polygon\",\"coordinates\":[[[-2.94,54.89]");
        assertThat(ZoneGeoJson.parse(shape.json(), null).geometry().equalsExact(shape.geometry())).isTrue();
    }

    @Test
    void a_point_on_the_border_is_inside_and_one_just_outside_is_not() {
        ZoneShape shape = ZoneGeoJson.parse(SQUARE, null);
        assertThat(shape.covers(54.89, -2.935)).isTrue();
        assertThat(shape.covers(54.90, -2.94)).as("a corner").isTrue();
        assertThat(shape.covers(54.8899, -2.935)).isFalse();
        ZoneShape.Placement p = shape.place(54.8899, -2.935);
        assertThat(p.borderDistanceM()).isBetween(10.5, 11.7); // 0.0001 degree of latitude is about 11.1 m
        assertThat(shape.place(54.895, -2.935).borderDistanceM()).as("centre to the nearest (east/west) side")
                .isBetween(315.0, 325.0);
    }

    @Test
    void a_circle_is_a_geodesic_radius_in_metres_not_degrees() {
        ZoneShape circle = ZoneGeoJson.parse("{\"type\":\"Point\",\"coordinates\":[-2.93,54.89]}", 1000L);
        assertThat(circle.kind()).isEqualTo(ZoneKind.CIRCLE);
        for (double bearing : new double[] {0, 45, 90, 180, 270}) {
            Coordinate in = Earth.destination(54.89, -2.93, bearing, 999);
            Coordinate out = Earth.destination(54.89, -2.93, bearing, 1001);
            assertThat(circle.covers(in.y, in.x)).as("999 m at " + bearing).isTrue();
            assertThat(circle.covers(out.y, out.x)).as("1001 m at " + bearing).isFalse();
        }
        // east-west, a degree of longitude is only ~64 km at this latitude: a circle in degrees would be an ellipse
        assertThat(circle.bounds().getWidth()).isGreaterThan(circle.bounds().getHeight() * 1.6);
        assertThat(circle.display().getNumPoints()).isEqualTo(65);
    }

    @Test
    void distances_are_on_the_ellipsoid() {
        // Carlisle to Kendal: about 60.6 km
        assertThat(Earth.distanceM(54.8925, -2.9329, 54.3280, -2.7463)).isBetween(62_000.0, 64_000.0);
    }

    @Test
    void a_multipolygon_covers_each_part() {
        String multi = "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[-2.94,54.89],[-2.93,54.89],[-2.93,54.90],[-2.94,54.89]]],"
                + "[[[-3.0,54.5],[-2.99,54.5],[-2.99,54.51],[-3.0,54.5]]]]}";
        ZoneShape shape = ZoneGeoJson.parse(multi, null);
        assertThat(shape.kind()).isEqualTo(ZoneKind.MULTIPOLYGON);
        assertThat(shape.covers(54.895, -2.932)).isTrue();
        assertThat(shape.covers(54.502, -2.992)).isTrue();
        assertThat(shape.covers(54.7, -2.95)).isFalse();
    }

    @Test
    void bad_shapes_are_refused_with_a_reason() {
        refused("{\"type\":\"Polygon\",\"coordinates\":[[[-2.94,54.89],[-2.93,54.90],[-2.93,54.89],[-2.94,54.90],[-2.94,54.89]]]}",
                null, "geometry is not a valid Polygon: self-intersection");
        refused("{\"type\":\"Polygon\",\"coordinates\":[[[2.35,48.85],[2.36,48.85],[2.36,48.86],[2.35,48.85]]]}",
                null, "outside the UK");
        refused("{\"type\":\"Polygon\",\"coordinates\":[[[-2.94,54.89],[-2.93,54.89],[-2.93,54.90]]]}", null, "rings closed");
        refused("{\"type\":\"Polygon\"}", null, "geometry has no coordinates");
        refused("{\"type\":\"Point\",\"coordinates\":[]}", 100L, "geometry has no coordinates");
        refused("", null, "geometry is missing");
        refused("{\"type\":\"LineString\",\"coordinates\":[[-2.94,54.89],[-2.93,54.89]]}", null, "is not Polygon, MultiPolygon or Point");
        refused("{\"type\":\"Point\",\"coordinates\":[-2.93,54.89]}", null, "radius is required");
        refused("{\"type\":\"Point\",\"coordinates\":[-2.93,54.89]}", 5L, "radius must be 10..50000");
        refused(SQUARE, 100L, "radius is only for a Point");
        refused("not json", null, "not a GeoJSON");
        refused("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[-2.94,54.89],[-2.93,54.89],[-2.93,54.90],[-2.94,54.89]]],"
                + "[[[-2.94,54.89],[-2.93,54.89],[-2.93,54.90],[-2.94,54.89]]]]}", null, "not a valid MultiPolygon");
    }

    @Test
    void the_importer_reads_the_geometry_first_and_checks_the_radius_as_a_rule_of_the_row() {
        org.locationtech.jts.geom.Geometry point = ZoneGeoJson.read("{\"type\":\"Point\",\"coordinates\":[-2.7508,54.6647]}");
        assertThatThrownBy(() -> ZoneGeoJson.checkRadius(point, null)).hasMessage("radius is required for a Point (a circle zone), in metres");
        ZoneShape circle = ZoneGeoJson.shape(point, 1000L);
        assertThat(circle.json()).isEqualTo("{\"type\":\"Point\",\"coordinates\":[-2.7508,54.6647]}");
        assertThat(circle).usingRecursiveComparison().comparingOnlyFields("kind", "radiusM", "json")
                .isEqualTo(ZoneGeoJson.parse("{\"type\":\"Point\",\"coordinates\":[-2.7508,54.6647]}", 1000L));
        assertThatThrownBy(() -> ZoneGeoJson.read("{\"type\":\"Point\",\"coordinates\":[54.6647,-2.7508]}"))
                .as("swapped coordinates").hasMessage("geometry has position [54.6647, -2.7508] outside the UK (lat 49.8..60.9, lng -8.7..1.8)");
        assertThatThrownBy(() -> ZoneGeoJson.read("{\"type\":\"Polygon\",\"coordinates\":[[[-2.944,54.888],[-2.924,54.898],"
                + "[-2.924,54.888],[-2.944,54.898],[-2.944,54.888]]]}"))
                .hasMessage("geometry is not a valid Polygon: self-intersection at or near [-2.934, 54.893]");
        assertThatThrownBy(() -> ZoneGeoJson.read("POLYGON((0 0, 1 1))")).hasMessageStartingWith("geometry is not a GeoJSON");
    }

    private static void refused(String json, Long radius, String reason) {
        assertThatThrownBy(() -> ZoneGeoJson.parse(json, radius)).isInstanceOf(InvalidZoneException.class)
                .hasMessageContaining(reason);
    }
}
