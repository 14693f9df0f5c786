package uk.vigil.exclusionzone;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.neo4j.driver.Record;
import org.neo4j.driver.Values;
import uk.vigil.access.AuditSink;
import uk.vigil.access.RecordAccess;
import uk.vigil.access.Viewer;
import uk.vigil.common.InvalidRequestException;
import uk.vigil.common.NotFoundException;
import uk.vigil.common.ConflictException;
import uk.vigil.conflict.Changes;
import uk.vigil.conflict.ConflictEngine;
import uk.vigil.database.CypherFiles;
import uk.vigil.database.Graph;

/**
 * Exclusion zones: export a nominal's zones as a GeoJSON FeatureCollection; create or replace one, or
 * give one a new shape with a version check (validated whole before anything is written, audited,
 * then the nominal's conflicts recomputed).
 * Only a viewer with a need to see the nominal's victims may see a zone's shape or draw one.
 */
public final class ZoneService {
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Za-z0-9_.:-]{1,100}");
    private final Graph graph;
    private final RecordAccess access;
    private final AuditSink audit;
    private final Clock clock;
    private final ConflictEngine conflicts;

    public ZoneService(Graph graph, RecordAccess access, AuditSink audit, Clock clock, ConflictEngine conflicts) {
        this.graph = graph;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.conflicts = conflicts;
    }

    /** The nominal's zones as GeoJSON features (a circle is its Point with {@code radiusM} in the properties). */
    public Map<String, Object> export(Viewer viewer, String nominal, String purpose) {
        return access.readPerson(viewer, nominal, purpose, person -> {
            Map<String, Object> p = RecordAccess.scope(viewer);
            p.put("id", nominal);
            p.put("victimDetails", person.victimDetails());
            List<Map<String, Object>> features = new ArrayList<>();
            for (Record r : graph.read(tx -> tx.run(CypherFiles.query("exclusionzone/for-nominal"), p).list())) {
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("id", r.get("id").asString());
                props.put("name", r.get("name").asString(null));
                props.put("from", r.get("from").isNull() ? null : r.get("from").asLocalDate().toString());
                props.put("to", r.get("to").isNull() ? null : r.get("to").asLocalDate().toString());
                props.put("radiusM", r.get("radiusM").isNull() ? null : r.get("radiusM").asLong());
                props.put("version", r.get("version").asLong());
                props.put("condition", r.get("condition").asString());
                props.put("order", r.get("order").asString());
                props.put("orderType", r.get("orderType").asString(null));
                props.put("protectedPerson", r.get("protectedPerson").asString(null));
                props.put("redacted", !person.victimDetails());
                Map<String, Object> feature = new LinkedHashMap<>();
                feature.put("type", "Feature");
                feature.put("id", props.get("id"));
                feature.put("geometry", r.get("geometry").isNull() ? null : json(r.get("geometry").asString()));
                feature.put("properties", props);
                features.add(feature);
            }
            return Map.of("type", "FeatureCollection", "features", features);
        });
    }

    /** Creates ({@code id} null) or replaces a zone. */
    public Map<String, Object> save(Viewer viewer, ZoneRequest request, String purpose) {
        if (request == null) {
            throw new InvalidRequestException("body is required");
        }
        if (request.condition() == null || !ID.matcher(request.condition()).matches()) {
            throw new InvalidRequestException("condition is required (the EXCLUSION_ZONE condition's id)");
        }
        if (request.protectedPerson() == null || request.protectedPerson().isBlank()) {
            throw new InvalidRequestException("protectedPerson is required: a zone protects someone");
        }
        if (!ID.matcher(request.protectedPerson()).matches()) {
            throw new InvalidRequestException("protectedPerson is not a record id");
        }
        if (request.id() != null && !ID.matcher(request.id()).matches()) {
            throw new NotFoundException("No such record");
        }
        if (request.id() != null && (request.version() == null || request.version() < 0)) {
            throw new InvalidRequestException("version is required: the version of the zone you edited (from the map)");
        }
        if (request.name() != null && request.name().length() > 200) {
            throw new InvalidRequestException("name is longer than 200 characters");
        }
        if (request.geometry() == null || request.geometry().isNull()) {
            throw new InvalidRequestException("geometry is missing");
        }
        String text = request.geometry().isTextual() ? request.geometry().asText() : request.geometry().toString();
        ZoneShape shape;
        try {
            shape = ZoneGeoJson.parse(text, request.radiusM());
        } catch (InvalidZoneException e) {
            throw new InvalidRequestException(e.getMessage());
        }
        LocalDate from = date("from", request.from(), true);
        LocalDate to = date("to", request.to(), false);
        if (to != null && to.isBefore(from)) {
            throw new InvalidRequestException("to must not be before from");
        }
        String zoneId = request.id() == null ? "EZ-" + UUID.randomUUID() : request.id();
        Map<String, Object> check = new HashMap<>();
        check.put("condition", request.condition());
        check.put("protectedPerson", request.protectedPerson());
        Record c = graph.read(tx -> tx.run(CypherFiles.query("exclusionzone/condition"), check).list()).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("No condition with id " + request.condition()));
        String nominal = c.get("nominal").asString();
        // a zone replaced: as the viewer may see it (its marking), and whose it is now; it is his that is opened
        Record existing = request.id() == null ? null : existing(viewer, request.id());
        String subject = existing == null ? nominal : existing.get("nominal").asString();
        return access.readPerson(viewer, subject, purpose, person -> {
            if (!person.victimDetails()) {
                // the same answer as a hidden record: drawing a zone shows where a victim lives
                throw new NotFoundException(existing == null ? "No condition with id " + request.condition()
                        : "No exclusion zone with id " + request.id());
            }
            if (!nominal.equals(subject)) {
                throw new InvalidRequestException("condition " + request.condition() + " is not one of " + subject
                        + "'s conditions: a zone moves only between the conditions of its nominal");
            }
            if (!"EXCLUSION_ZONE".equals(c.get("type").asString(null))) {
                throw new InvalidRequestException("condition " + request.condition() + " is not an EXCLUSION_ZONE condition");
            }
            if (!c.get("protectedExists").asBoolean()) {
                throw new InvalidRequestException("protectedPerson " + request.protectedPerson() + " matches no person");
            }
            if (existing != null && existing.get("version").asLong() != request.version()) {
                throw stale(request.id(), request.version(), existing.get("version").asLong());
            }
            Point centroid = shape.centroid();
            Envelope box = shape.bounds();
            ZonedDateTime now = ZonedDateTime.now(clock);
            Map<String, Object> zone = new HashMap<>();
            zone.put("id", zoneId);
            zone.put("name", request.name());
            zone.put("geometry", shape.json());
            zone.put("radiusM", shape.radiusM());
            zone.put("centroid", Values.point(4326, centroid.getX(), centroid.getY()));
            zone.put("bboxSw", Values.point(4326, box.getMinX(), box.getMinY()));
            zone.put("bboxNe", Values.point(4326, box.getMaxX(), box.getMaxY()));
            zone.put("from", from);
            zone.put("to", to);
            zone.put("area", c.get("area").asString(null));
            if (existing == null) { // a replaced zone keeps its marking and source
                zone.put("marking", "OFFICIAL_SENSITIVE");
                zone.put("sourceSystem", "VIGIL");
            }
            zone.put("enteredBy", viewer.username());
            zone.put("enteredAt", now);
            zone.put("owningAgency", viewer.agency());
            long version = existing == null ? 0 : request.version() + 1;
            audit.record(viewer, "CHANGE", List.of(new AuditSink.Touched("EXCLUSION_ZONE", zoneId),
                    new AuditSink.Touched("PERSON", nominal)), "OK", purpose,
                    Map.of("action", existing == null ? "ZONE_CREATE" : "ZONE_REPLACE", "condition", request.condition(),
                            "version", version + ""));
            Map<String, Object> p = new HashMap<>();
            p.put("zone", zone);
            p.put("condition", request.condition());
            p.put("protectedPerson", request.protectedPerson());
            p.put("version", request.version());
            // before and after the write: the zone's nominal and its conflicts, whatever moved
            var change = conflicts.changing(Changes.zone(zoneId), () -> {
                if (existing == null) {
                    return graph.write(tx -> tx.run(CypherFiles.query("exclusionzone/save"), p).list());
                }
                List<Record> w = graph.write(tx -> tx.run(CypherFiles.query("exclusionzone/replace"), p).list());
                if (w.isEmpty()) {
                    throw stale(zoneId, request.version(), null); // changed between the check and the write
                }
                return w;
            });
            var recompute = change.recompute();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", zoneId);
            out.put("nominal", nominal);
            out.put("version", version);
            out.put("condition", request.condition());
            out.put("protectedPerson", request.protectedPerson());
            out.put("name", request.name());
            out.put("kind", shape.kind().name());
            out.put("geometry", json(shape.json()));
            out.put("radiusM", shape.radiusM());
            out.put("from", from.toString());
            out.put("to", to == null ? null : to.toString());
            out.put("conflictsOpen", recompute.found());
            out.put("conflictsResolved", recompute.resolved());
            return out;
        });
    }

    /**
     * A new shape for an existing zone (edited on the map): validated as a new zone is, stored only
     * if the zone is still at the version the user edited (else 409), audited, then the zone's
     * conflicts recomputed (the nominals it concerns, incrementally: not an area scan).
     */
    public Map<String, Object> reshape(Viewer viewer, String zoneId, ZoneReshape request, String purpose) {
        if (request == null) {
            throw new InvalidRequestException("body is required: {geometry, radiusM, version}");
        }
        if (!ID.matcher(zoneId).matches()) {
            throw new NotFoundException("No such record");
        }
        if (request.version() == null || request.version() < 0) {
            throw new InvalidRequestException("version is required: the version of the zone you edited (from the map)");
        }
        if (request.geometry() == null || request.geometry().isNull()) {
            throw new InvalidRequestException("geometry is missing");
        }
        String text = request.geometry().isTextual() ? request.geometry().asText() : request.geometry().toString();
        ZoneShape shape;
        try {
            shape = ZoneGeoJson.parse(text, request.radiusM());
        } catch (InvalidZoneException e) {
            throw new InvalidRequestException(e.getMessage());
        }
        Map<String, Object> find = RecordAccess.scope(viewer);
        find.put("zone", zoneId);
        Record z = graph.read(tx -> tx.run(CypherFiles.query("exclusionzone/zone"), find).list()).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("No exclusion zone with id " + zoneId));
        String nominal = z.get("nominal").asString();
        return access.readPerson(viewer, nominal, purpose, person -> {
            if (!person.victimDetails()) {
                // the same answer as a hidden zone: its shape shows where a victim lives
                throw new NotFoundException("No exclusion zone with id " + zoneId);
            }
            long current = z.get("version").asLong();
            if (current != request.version()) {
                throw stale(zoneId, request.version(), current);
            }
            Point centroid = shape.centroid();
            Envelope box = shape.bounds();
            Map<String, Object> changed = new HashMap<>();
            changed.put("geometry", shape.json());
            changed.put("radiusM", shape.radiusM());
            changed.put("centroid", Values.point(4326, centroid.getX(), centroid.getY()));
            changed.put("bboxSw", Values.point(4326, box.getMinX(), box.getMinY()));
            changed.put("bboxNe", Values.point(4326, box.getMaxX(), box.getMaxY()));
            changed.put("enteredBy", viewer.username());
            changed.put("enteredAt", ZonedDateTime.now(clock));
            changed.put("owningAgency", viewer.agency());
            audit.record(viewer, "CHANGE", List.of(new AuditSink.Touched("EXCLUSION_ZONE", zoneId),
                    new AuditSink.Touched("PERSON", nominal)), "OK", purpose,
                    Map.of("action", "ZONE_RESHAPE", "condition", z.get("condition").asString(), "kind", shape.kind().name(),
                            "version", (current + 1) + ""));
            Map<String, Object> p = new HashMap<>();
            p.put("zone", zoneId);
            p.put("version", current);
            p.put("shape", changed);
            var change = conflicts.changing(Changes.zone(zoneId), () -> {
                List<Record> w = graph.write(tx -> tx.run(CypherFiles.query("exclusionzone/reshape"), p).list());
                if (w.isEmpty()) {
                    throw stale(zoneId, request.version(), null); // changed between the check and the write
                }
                return w;
            });
            List<Record> written = change.result();
            var recompute = change.recompute();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", zoneId);
            out.put("nominal", nominal);
            out.put("version", written.get(0).get("version").asLong());
            out.put("kind", shape.kind().name());
            out.put("geometry", json(shape.json()));
            out.put("radiusM", shape.radiusM());
            out.put("conflictsOpen", recompute.found());
            out.put("conflictsResolved", recompute.resolved());
            out.put("recomputeMillis", recompute.millis());
            return out;
        });
    }

    /** Zone {@code id} as the viewer may see it ({nominal, condition, version}); 404 when absent or hidden. */
    private Record existing(Viewer viewer, String id) {
        Map<String, Object> find = RecordAccess.scope(viewer);
        find.put("zone", id);
        return graph.read(tx -> tx.run(CypherFiles.query("exclusionzone/zone"), find).list()).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("No exclusion zone with id " + id));
    }

    private static ConflictException stale(String zoneId, long edited, Long now) {
        return new ConflictException("Someone else changed zone " + zoneId + " since you opened the map (you edited version "
                + edited + (now == null ? "" : ", it is now version " + now) + "): reload the map and edit it again.");
    }

    private static Object json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
    }

    private static LocalDate date(String name, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new InvalidRequestException(name + " is required (YYYY-MM-DD)");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name + " is not a date (YYYY-MM-DD)");
        }
    }
}
