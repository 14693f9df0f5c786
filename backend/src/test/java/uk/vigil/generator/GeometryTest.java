package uk.vigil.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

/** Exclusion zones are valid GeoJSON geometries in [lng, lat] inside the UK; circles carry a radius. */
class GeometryTest {
    private final Dataset data = Dataset.generated(1_000);

    @Test
    void every_zone_is_a_valid_geometry_inside_the_uk() {
        int points = 0;
        int polygons = 0;
        int multi = 0;
        for (Map<String, String> zone : data.rows(ImportFile.EXCLUSION_ZONES)) {
            String json = zone.get("geometry");
            assertThat(GeoJson.problem(json)).as(zone.get("id")).isNull();
            Geometry g = GeoJson.parse(json);
            switch (g.getGeometryType()) {
                case "Point" -> {
                    points++;
                    assertThat(Integer.parseInt(zone.get("radius_m"))).isBetween(10, 50_000);
                }
                case "Polygon" -> {
                    polygons++;
                    assertThat(zone.get("radius_m")).isEmpty();
                }
                default -> {
                    multi++;
                    assertThat(g.getGeometryType()).isEqualTo("MultiPolygon");
                    assertThat(g.getNumGeometries()).isGreaterThan(1);
                }
            }
        }
        assertThat(points).isPositive();
        assertThat(polygons).isPositive();
        assertThat(multi).isPositive();
    }

    /** A zone is drawn around the protected person's home, so that home lies inside it. */
    @Test
    void zones_cover_the_protected_persons_home() {
        Map<String, String> homes = data.currentHomes();
        Map<String, Map<String, String>> addresses = data.byId(ImportFile.ADDRESSES);
        for (Map<String, String> zone : data.rows(ImportFile.EXCLUSION_ZONES)) {
            Map<String, String> home = addresses.get(homes.get(zone.get("protected_person")));
            assertThat(home).as(zone.get("id")).isNotNull();
            assertThat(Zoning.contains(zone, Double.parseDouble(home.get("lat")), Double.parseDouble(home.get("lng"))))
                    .as(zone.get("id")).isTrue();
        }
    }

    @Test
    void points_lie_in_the_towns_of_the_area() {
        for (ImportFile file : new ImportFile[] {ImportFile.ADDRESSES, ImportFile.SENSITIVE_PLACES}) {
            for (Map<String, String> row : data.rows(file)) {
                double lat = Double.parseDouble(row.get("lat"));
                double lng = Double.parseDouble(row.get("lng"));
                // Cumbria's towns span roughly 54.1-55.0 N, 3.6-2.3 W; a few km of scatter around them.
                assertThat(lat).as(row.get("id")).isBetween(53.9, 55.2);
                assertThat(lng).as(row.get("id")).isBetween(-3.8, -2.1);
            }
        }
    }
}
