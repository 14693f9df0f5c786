package uk.vigil.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class GeoJsonTest {
    private static final String CARLISLE = """
            {"type": "Polygon", "coordinates": [[[-2.944, 54.8885], [-2.927, 54.887], [-2.923, 54.893],
             [-2.933, 54.8985], [-2.9445, 54.896], [-2.944, 54.8885]]]}""";

    private static void rejects(String json, String reason) {
        assertThatThrownBy(() -> GeoJson.parse(json)).isInstanceOf(IllegalArgumentException.class).hasMessage(reason);
    }

    @Test
    void a_valid_polygon_is_kept_as_compact_geojson_with_centroid_and_bounds() {
        ZoneGeometry zone = GeoJson.parse(CARLISLE);
        assertThat(zone.type()).isEqualTo("Polygon");
        assertThat(zone.json()).isEqualTo("{\"type\":\"Polygon\",\"coordinates\":[[[-2.944,54.8885],[-2.927,54.887],"
                + "[-2.923,54.893],[-2.933,54.8985],[-2.9445,54.896],[-2.944,54.8885]]]}");
        assertThat(zone.centroid().getY()).isBetween(54.887, 54.8985);
        assertThat(zone.bounds(null)).isEqualTo(new Envelope(-2.9445, -2.923, 54.887, 54.8985));
    }

    @Test
    void a_point_with_a_radius_is_a_circle_whose_bounds_grow_by_the_radius() {
        ZoneGeometry zone = GeoJson.parse("{\"type\":\"Point\",\"coordinates\":[-2.7508,54.6647]}");
        assertThat(zone.isPoint()).isTrue();
        Envelope box = zone.bounds(1000L);
        assertThat(box.getMaxY() - box.getMinY()).isCloseTo(2000 / 111_320.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(box.getWidth()).isGreaterThan(box.getHeight()); // a degree of longitude is shorter up north
    }

    @Test
    void a_multipolygon_of_two_valid_parts_is_accepted() {
        ZoneGeometry zone = GeoJson.parse("""
                {"type":"MultiPolygon","coordinates":[
                 [[[-2.95,54.88],[-2.94,54.88],[-2.94,54.89],[-2.95,54.88]]],
                 [[[-2.75,54.66],[-2.74,54.66],[-2.74,54.67],[-2.75,54.66]]]]}""");
        assertThat(zone.geometry().getNumGeometries()).isEqualTo(2);
    }

    @Test
    void a_self_intersecting_polygon_is_rejected_with_where() {
        rejects("{\"type\":\"Polygon\",\"coordinates\":[[[-2.944,54.888],[-2.924,54.898],[-2.924,54.888],[-2.944,54.898],[-2.944,54.888]]]}",
                "is not a valid Polygon: self-intersection at or near [-2.934, 54.893]");
    }

    @Test
    void open_rings_short_rings_and_bad_positions_are_rejected() {
        rejects("{\"type\":\"Polygon\",\"coordinates\":[[[-2.95,54.88],[-2.94,54.88],[-2.94,54.89],[-2.95,54.885]]]}",
                "has a ring that is not closed (its first and last positions differ)");
        rejects("{\"type\":\"Polygon\",\"coordinates\":[[[-2.95,54.88],[-2.94,54.88],[-2.95,54.88]]]}",
                "has a ring of 3 positions (a ring needs at least 4)");
        rejects("{\"type\":\"Point\",\"coordinates\":[\"-2.9\",54.8]}", "has a position that is not [lng, lat]: [\"-2.9\",54.8]");
    }

    @Test
    void coordinates_outside_the_uk_are_rejected_even_when_swapped() {
        rejects("{\"type\":\"Point\",\"coordinates\":[54.6647,-2.7508]}",
                "has position [54.6647, -2.7508] outside the UK (lat 49.8..60.9, lng -8.7..1.8)");
    }

    @Test
    void not_json_or_not_a_geometry_is_rejected() {
        rejects("POLYGON((0 0, 1 1))", "is not JSON: Unrecognized token 'POLYGON': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
        rejects("{\"type\":\"Feature\",\"geometry\":{}}", "type 'Feature' is not Polygon, MultiPolygon or Point");
        rejects("{\"type\":\"Polygon\"}", "has no coordinates array");
    }
}
