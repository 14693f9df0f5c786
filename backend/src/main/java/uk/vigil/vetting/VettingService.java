package uk.vigil.vetting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.neo4j.driver.Values;
import uk.vigil.access.AuditSink;
import uk.vigil.access.RecordAccess;
import uk.vigil.access.Viewer;
import uk.vigil.common.NotFoundException;
import uk.vigil.conflict.ConflictEngine;
import uk.vigil.conflict.Finding;
import uk.vigil.conflict.NominalFacts;
import uk.vigil.database.CypherFiles;
import uk.vigil.database.Graph;
import uk.vigil.exclusionzone.Earth;

/**
 * One call: every conflict rule for this offender at this address, victims and protected people
 * living within the vetting radius (identity and distance only for viewers with a need; others
 * learn only that one lives within a band), sensitive places nearby, and the check recorded.
 */
public final class VettingService {
    private static final List<String> PROTECTED_ROLES = List.of("VICTIM", "PROTECTED_PERSON", "VICTIM_ADDRESS", "CHILD");
    /** Stands for a new address (not in the graph) while the rules run. */
    static final String PROPOSED = "(proposed address)";
    private final Graph graph;
    private final RecordAccess access;
    private final AuditSink audit;
    private final Clock clock;
    private final ConflictEngine engine;

    public VettingService(Graph graph, RecordAccess access, AuditSink audit, Clock clock, ConflictEngine engine) {
        this.graph = graph;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.engine = engine;
    }

    public Map<String, Object> check(Viewer viewer, VettingRequest request) {
        return access.readPerson(viewer, request.nominal(), request.purpose(), personAccess -> {
            Map<String, Object> address = address(viewer, request);
            double lat = (Double) address.get("lat");
            double lng = (Double) address.get("lng");
            Map<String, Object> extra = new HashMap<>();
            extra.put("id", address.get("id") == null ? PROPOSED : address.get("id"));
            extra.put("relation", "VETTING");
            extra.put("lat", lat);
            extra.put("lng", lng);
            extra.put("kind", address.getOrDefault("kind", "PRIVATE"));
            extra.put("point", Values.point(4326, lng, lat));
            LocalDate asOf = engine.today();
            boolean details = personAccess.victimDetails();
            List<Finding> findings = engine.vet(request.nominal(), extra, asOf);
            NominalFacts facts = engine.vettingFacts(request.nominal(), extra, asOf).orElse(null);

            List<Map<String, Object>> conflicts = findings.stream().map(f -> conflict(f, details)).toList();
            List<Map<String, Object>> victims = victimsNearby(facts, lat, lng, details);
            List<Map<String, Object>> places = placesNearby(viewer, lat, lng);
            String id = "VC-" + UUID.randomUUID();
            ZonedDateTime now = ZonedDateTime.now(clock);
            String result = findings.isEmpty() ? "CLEAR" : "CONFLICTS";
            Map<String, String> detail = new LinkedHashMap<>();
            detail.put("check", id);
            detail.put("result", result);
            detail.put("conflicts", Integer.toString(findings.size()));
            detail.put("address", address.get("id") == null ? String.valueOf(address.get("postcode")) : (String) address.get("id"));
            audit.record(viewer, "VETTING_CHECK", List.of(new AuditSink.Touched("PERSON", request.nominal())), "OK",
                    request.purpose(), detail);
            Map<String, Object> p = new HashMap<>();
            p.put("id", id);
            p.put("now", now);
            p.put("by", viewer.username());
            p.put("nominal", request.nominal());
            p.put("addressId", address.get("id"));
            p.put("postcode", address.get("postcode"));
            p.put("point", Values.point(4326, lng, lat));
            p.put("result", result);
            p.put("conflicts", findings.size());
            p.put("rules", findings.stream().map(f -> f.rule().name()).distinct().toList());
            p.put("summaries", findings.stream().map(Finding::summary).toList());
            p.put("asOf", asOf);
            graph.write(tx -> tx.run(CypherFiles.query("vetting/record"), p).consume());

            Map<String, Object> out = new LinkedHashMap<>();
            out.put("checkId", id);
            out.put("at", now.toInstant().toString());
            out.put("asOf", asOf.toString());
            out.put("nominal", request.nominal());
            out.put("address", address);
            out.put("result", result);
            out.put("conflicts", conflicts);
            out.put("victimDetails", details);
            out.put("victimsNearby", victims);
            out.put("sensitivePlacesNearby", places);
            out.put("radiusM", engine.settings().vettingRadiusM());
            return out;
        });
    }

    private Map<String, Object> address(Viewer viewer, VettingRequest request) {
        if (request.addressId() != null) {
            Map<String, Object> p = RecordAccess.scope(viewer);
            p.put("id", request.addressId());
            return graph.read(tx -> tx.run(CypherFiles.query("vetting/address"), p).list(r -> r.asMap())).stream().findFirst()
                    .map(HashMap::new).map(m -> (Map<String, Object>) m)
                    .orElseThrow(() -> new NotFoundException("No address with id " + request.addressId()));
        }
        Map<String, Object> a = new HashMap<>();
        a.put("id", null);
        a.put("line1", request.line1());
        a.put("postcode", request.postcode());
        a.put("lat", request.lat());
        a.put("lng", request.lng());
        a.put("kind", "PRIVATE");
        return a;
    }

    private static Map<String, Object> conflict(Finding f, boolean details) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", f.rule().name());
        m.put("distanceM", f.metres());
        m.put("summary", f.summary());
        List<Map<String, Object>> involves = new ArrayList<>();
        for (Finding.Involved i : f.involves()) {
            if (i.role().equals("ADDRESS")) {
                continue;
            }
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("role", i.role());
            if (PROTECTED_ROLES.contains(i.role()) && !details) {
                x.put("redacted", true);
            } else {
                x.put("id", i.id());
            }
            involves.add(x);
        }
        m.put("involves", involves);
        return m;
    }

    private List<Map<String, Object>> victimsNearby(NominalFacts facts, double lat, double lng, boolean details) {
        if (facts == null) {
            return List.of();
        }
        int radius = engine.settings().vettingRadiusM();
        Map<String, Double> nearest = new LinkedHashMap<>();
        Map<String, NominalFacts.VictimHome> homes = new HashMap<>();
        for (NominalFacts.VictimHome v : facts.victims()) {
            double d = Earth.distanceM(lat, lng, v.lat(), v.lng());
            if (d <= radius && d < nearest.getOrDefault(v.id(), Double.MAX_VALUE)) {
                nearest.put(v.id(), d);
                homes.put(v.id(), v);
            }
        }
        Map<String, Map<String, Object>> names = new HashMap<>();
        if (details && !nearest.isEmpty()) {
            graph.read(tx -> tx.run(CypherFiles.query("vetting/people"), Map.of("ids", List.copyOf(nearest.keySet())))
                    .list(r -> r.asMap())).forEach(r -> names.put((String) r.get("id"), r));
        }
        List<Map<String, Object>> out = new ArrayList<>();
        nearest.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> {
            NominalFacts.VictimHome v = homes.get(e.getKey());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", v.offence() ? "VICTIM" : "PROTECTED_PERSON");
            if (details) {
                Map<String, Object> name = names.getOrDefault(v.id(), Map.of());
                m.put("id", v.id());
                m.put("forename", name.get("forename"));
                m.put("surname", name.get("surname"));
                m.put("distanceM", Math.round(e.getValue()));
                m.put("addressId", v.address());
                m.put("lat", v.lat());
                m.put("lng", v.lng());
            } else {
                m.put("redacted", true);
                m.put("within", band(e.getValue()));
            }
            out.add(m);
        });
        return out;
    }

    /** Without a need to know, only a band: "within 500 m", "within 1 km", "within 2 km". */
    static String band(double metres) {
        if (metres <= 500) {
            return "within 500 m";
        }
        if (metres <= 1000) {
            return "within 1 km";
        }
        return "within " + Math.round(Math.ceil(metres / 1000.0)) + " km";
    }

    private List<Map<String, Object>> placesNearby(Viewer viewer, double lat, double lng) {
        Map<String, Object> p = RecordAccess.scope(viewer);
        p.put("point", Values.point(4326, lng, lat));
        p.put("radiusM", engine.settings().vettingRadiusM());
        return graph.read(tx -> tx.run(CypherFiles.query("vetting/places-near"), p).list(r -> {
            Map<String, Object> m = new LinkedHashMap<>(r.asMap());
            m.put("distanceM", Math.round(Earth.distanceM(lat, lng, r.get("lat").asDouble(), r.get("lng").asDouble())));
            return m;
        }));
    }
}
