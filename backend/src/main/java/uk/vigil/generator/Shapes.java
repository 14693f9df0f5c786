package uk.vigil.generator;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** JTS in lng/lat order, as GeoJSON has it: the same test a reader of exclusion_zones.csv would run. */
final class Shapes {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private Shapes() {
    }

    static Polygon polygon(List<LatLng> ring) {
        Coordinate[] coordinates = new Coordinate[ring.size()];
        for (int i = 0; i < ring.size(); i++) {
            coordinates[i] = new Coordinate(ring.get(i).lng(), ring.get(i).lat());
        }
        return FACTORY.createPolygon(coordinates);
    }

    static boolean contains(List<List<LatLng>> rings, LatLng point) {
        var p = FACTORY.createPoint(new Coordinate(point.lng(), point.lat()));
        return rings.stream().anyMatch(r -> polygon(r).contains(p));
    }
}
