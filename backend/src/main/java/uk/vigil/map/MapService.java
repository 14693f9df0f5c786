package uk.vigil.map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import uk.vigil.access.RecordAccess;
import uk.vigil.access.Viewer;
import uk.vigil.database.CypherFiles;
import uk.vigil.database.Graph;
import uk.vigil.exclusionzone.InvalidZoneException;
import uk.vigil.exclusionzone.ZoneGeoJson;

/** The layers of one nominal's map, and the base map (tile source or towns). */
public final class MapService {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PLACES_RADIUS_M = 2000;
    private final Graph graph;
    private final RecordAccess access;
    private final MapSettings settings;

    public MapService(Graph graph, RecordAccess access, MapSettings settings) {
        this.graph = graph;
        this.access = access;
        this.settings = settings;
    }

    public Map<String, Object> base(Viewer viewer) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("tileUrl", settings.tileUrl());
        out.put("attribution", settings.attribution());
        out.put("towns", graph.read(tx -> tx.run(CypherFiles.query("geo/towns"), Map.of("areas", List.copyOf(viewer.areas())))
                .list(Record::asMap)));
        return out;
    }

    public Map<String, Object> nominal(Viewer viewer, String id, String purpose) {
        return access.readPerson(viewer, id, purpose, person -> {
            Map<String, Object> p = RecordAccess.scope(viewer);
            p.put("id", id);
            p.put("victimDetails", person.victimDetails());
            p.put("radiusM", PLACES_RADIUS_M);
            Map<String, Object> out = new LinkedHashMap<>(graph.read(tx -> tx.run(CypherFiles.query("geo/nominal-map"), p).single().asMap()));
            List<Map<String, Object>> zones = new ArrayList<>();
            for (Record r : graph.read(tx -> tx.run(CypherFiles.query("exclusionzone/for-nominal"), p).list())) {
                Map<String, Object> z = new LinkedHashMap<>();
                z.put("id", r.get("id").asString());
                z.put("name", r.get("name").asString(null));
                z.put("from", r.get("from").isNull() ? null : r.get("from").asLocalDate().toString());
                z.put("to", r.get("to").isNull() ? null : r.get("to").asLocalDate().toString());
                z.put("condition", r.get("condition").asString());
                z.put("radiusM", r.get("radiusM").isNull() ? null : r.get("radiusM").asLong());
                z.put("version", r.get("version").asLong());
                z.put("geometry", display(r.get("geometry").asString(null), z.get("radiusM") == null ? null : (Long) z.get("radiusM")));
                z.put("centre", centre(r.get("geometry").asString(null), (Long) z.get("radiusM")));
                // whom it protects (only with victim details): what its details form starts from
                z.put("protectedPerson", r.get("protectedPerson").isNull() ? null : Map.of("id", r.get("protectedPerson").asString(),
                        "forename", r.get("protectedForename").asString(""), "surname", r.get("protectedSurname").asString("")));
                zones.add(z);
            }
            out.put("zones", zones);
            out.put("victimDetails", person.victimDetails());
            out.put("id", id);
            return out;
        });
    }

    /** A circle's centre {lat, lng} (to edit it as a circle); null for a polygon or when the viewer may not see it. */
    private static Map<String, Double> centre(String geometry, Long radiusM) {
        if (geometry == null || radiusM == null) {
            return null;
        }
        try {
            org.locationtech.jts.geom.Coordinate c = ZoneGeoJson.stored(geometry, radiusM).geometry().getCoordinate();
            return Map.of("lat", c.getY(), "lng", c.getX());
        } catch (InvalidZoneException e) {
            return null;
        }
    }

    /** What to draw: the polygon, or a circle as a geodesic polygon; null when the viewer may not see it. */
    private static Object display(String geometry, Long radiusM) {
        if (geometry == null) {
            return null;
        }
        try {
            return JSON.readTree(ZoneGeoJson.write(ZoneGeoJson.stored(geometry, radiusM).display()));
        } catch (InvalidZoneException | JsonProcessingException e) {
            return null;
        }
    }
}
