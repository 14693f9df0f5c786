package uk.vigil.conflict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;
import org.neo4j.driver.Values;
import uk.vigil.database.CypherFiles;
import uk.vigil.database.Graph;
import uk.vigil.exclusionzone.Earth;

/**
 * Rule 5's population for a large recompute: the current homes of registered sex offenders around
 * the nominals being recomputed, read once and kept in an STR-tree. Looking them up per address
 * costs microseconds, where the point-index expansion in facts.cypher cost about 7 ms per nominal
 * (every address within the radius, then its residents and their cases).
 */
final class RsoHomes {
    private static final double METRES_PER_DEGREE_LAT = 111_000;
    /** Cells of about 5.5 km by 5.5 km in Great Britain, in degrees. */
    private static final double CELL_LAT = 0.05;
    private static final double CELL_LNG = 0.08;

    private record Home(String other, String address, double lat, double lng) {
    }

    private final STRtree tree = new STRtree();
    private final int size;

    private RsoHomes(List<Home> homes) {
        for (Home h : homes) {
            tree.insert(new Envelope(h.lng(), h.lng(), h.lat(), h.lat()), h);
        }
        tree.build();
        size = homes.size();
    }

    /**
     * The RSO homes that can be within {@code radiusM} of a residence of the RSOs among nominals {@code ids}:
     * those in the cells (about 5 km square) holding such a residence, each widened by the radius. One box
     * around them all would load a county's worth more whenever one of them has a home far away.
     */
    static RsoHomes around(Graph graph, List<String> ids, LocalDate asOf, double radiusM, List<String> exempt) {
        List<Map<String, Object>> boxes = new ArrayList<>();
        graph.read(tx -> tx.run(CypherFiles.query("conflict/rso-cells"), Map.of("ids", ids, "cellLat", CELL_LAT, "cellLng", CELL_LNG))
                .list()).forEach(cell -> {
            double south = cell.get("row").asLong() * CELL_LAT;
            double west = cell.get("col").asLong() * CELL_LNG;
            double dLat = degreesLat(radiusM);
            double dLng = degreesLng(radiusM, Math.max(Math.abs(south), Math.abs(south + CELL_LAT)) + dLat);
            boxes.add(Map.of("southWest", Values.point(4326, west - dLng, south - dLat),
                    "northEast", Values.point(4326, west + CELL_LNG + dLng, south + CELL_LAT + dLat)));
        });
        if (boxes.isEmpty()) {
            return new RsoHomes(List.of());
        }
        Map<String, Object> p = new HashMap<>();
        p.put("boxes", boxes);
        p.put("asOf", asOf);
        p.put("concentrationExempt", exempt);
        List<Home> homes = graph.read(tx -> tx.run(CypherFiles.query("conflict/rso-homes"), p).list(r -> new Home(
                r.get("other").asString(), r.get("otherAddress").asString(), r.get("lat").asDouble(), r.get("lng").asDouble())));
        return new RsoHomes(homes);
    }

    int size() {
        return size;
    }

    /**
     * Other RSOs living at or within {@code radiusM} (geodesic) of address {@code a} of {@code nominal}:
     * what facts.cypher's nearbyRsos gives for that address, decided on the exact distance.
     */
    List<NominalFacts.NearbyRso> near(String nominal, NominalFacts.Place a, double radiusM) {
        double dLat = degreesLat(radiusM);
        double dLng = degreesLng(radiusM, Math.abs(a.lat()) + dLat);
        List<NominalFacts.NearbyRso> out = new ArrayList<>();
        for (Object o : tree.query(new Envelope(a.lng() - dLng, a.lng() + dLng, a.lat() - dLat, a.lat() + dLat))) {
            Home h = (Home) o;
            if (h.other().equals(nominal)) {
                continue;
            }
            // measured once here; rule 5 counts and ranks by it (ConflictRules.concentration)
            double metres = h.address().equals(a.id()) ? 0 : Earth.distanceAgainstM(a.lat(), a.lng(), h.lat(), h.lng(), radiusM);
            if (metres <= radiusM) {
                out.add(new NominalFacts.NearbyRso(a.id(), h.other(), h.address(), h.lat(), h.lng(), metres));
            }
        }
        return out;
    }

    // A margin of 2% over the spherical conversion covers the ellipsoid's difference.
    private static double degreesLat(double metres) {
        return metres / METRES_PER_DEGREE_LAT * 1.02;
    }

    private static double degreesLng(double metres, double atLatDegrees) {
        double cos = Math.cos(Math.toRadians(Math.min(89, atLatDegrees)));
        return metres / (METRES_PER_DEGREE_LAT * cos) * 1.02;
    }
}
