package uk.vigil.importer;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import uk.vigil.exclusionzone.ZoneGeoJson;
import uk.vigil.exclusionzone.ZoneShape;
import uk.vigil.monitoring.TagSlot;

/**
 * How validated rows of one file become graph (docs/import.md, "How columns become graph"):
 * camelCase properties, {@code lat}/{@code lng} as one {@code location} point, derived search
 * properties, zone geometry with centroid and bounding box, provenance, and the row's {@code area}.
 * What each column becomes is worked out once per file, not once per row.
 */
final class GraphRows {
    private static final int WGS84 = 4326;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final FileSpec spec;
    private final List<BiConsumer<Map<String, Object>, Map<String, Object>>> writers = new ArrayList<>();
    private final String fromLabel;
    private final Column to;

    GraphRows(FileSpec spec) {
        this.spec = spec;
        boolean location = false;
        for (Column column : spec.columns()) {
            if (column.name().equals("id") || consumed(spec, column)) {
                continue;
            }
            String name = column.name();
            String property = column.property();
            switch (column.type()) {
                case LAT, LNG -> {
                    if (!location) {
                        writers.add((values, props) -> props.put("location", location(values)));
                        location = true;
                    }
                }
                case POSTCODE -> writers.add((values, props) -> {
                    UkPostcode postcode = (UkPostcode) values.get(name);
                    props.put(property, postcode == null ? null : postcode.toString());
                    props.put("outwardCode", postcode == null ? null : postcode.outward());
                });
                case PHONE -> writers.add((values, props) -> {
                    UkPhoneNumber phone = (UkPhoneNumber) values.get(name);
                    props.put(property, phone == null ? null : phone.written());
                    props.put(property.replace("Number", "") + "Normalised", phone == null ? null : phone.e164());
                });
                case VRM -> writers.add((values, props) -> {
                    Object vrm = values.get(name);
                    props.put(property, vrm);
                    props.put(property + "Normalised",
                            vrm == null ? null : SPACES.matcher(vrm.toString()).replaceAll("").toUpperCase(Locale.ROOT));
                });
                case GEOJSON -> writers.add((values, props) ->
                        zone(props, (Geometry) values.get(name), (Long) values.get("radius_m")));
                default -> writers.add((values, props) -> props.put(property, values.get(name)));
            }
        }
        if (spec.name().equals("tag_fixes")) {
            // the day and grid cell the suspect search finds fixes by (TagSlot), and the wearer's id for
            // the (person, recordedAt) index that reads one trail without walking every fix he ever had
            writers.add((values, props) -> props.put("person", values.get("person")));
            writers.add((values, props) -> props.put("slot", values.get("recorded_at") instanceof ZonedDateTime at
                    && values.get("lat") instanceof Double lat && values.get("lng") instanceof Double lng
                    ? TagSlot.of(at.toInstant(), lat, lng) : null));
        }
        this.fromLabel = spec.isNode() ? null : ImportSpec.labelOf(spec.column(spec.relationship().from()).orElseThrow().targetsFor(null));
        this.to = spec.isNode() ? null : spec.column(spec.relationship().to()).orElseThrow();
    }

    /** {@code {id, props, refs}} for a node file; refs hold each link column's target id (null when empty). */
    Map<String, Object> node(Row row, Function<String, String> areaOfAgency) {
        Map<String, Object> refs = new HashMap<>();
        spec.links().forEach(link -> refs.put(link.column(), row.values().get(link.column())));
        Map<String, Object> props = props(row, areaOfAgency);
        if (spec.role() != null) {
            props.values().removeIf(v -> v == null); // a person's files add to one another, never clear
        }
        return Map.of("id", row.id(), "props", props, "refs", refs);
    }

    /**
     * {@code {id, type, from, fromLabel, to, toLabel}} for a relationship file: where the row's
     * relationship goes. {@link #relationship} adds its {@code props}.
     */
    Map<String, Object> endpoints(Row row) {
        FileSpec.Relationship shape = spec.relationship();
        Object selector = to.selector() == null ? null : row.values().get(to.selector());
        Map<String, Object> out = new HashMap<>();
        out.put("id", row.id());
        out.put("type", shape.typeFor(row.values()));
        out.put("from", row.values().get(shape.from()));
        out.put("fromLabel", fromLabel);
        out.put("to", row.values().get(shape.to()));
        out.put("toLabel", ImportSpec.labelOf(to.targetsFor(selector == null ? null : selector.toString())));
        return out;
    }

    /** {@code endpoints} plus {@code props}. */
    Map<String, Object> relationship(Row row, Function<String, String> areaOfAgency) {
        Map<String, Object> out = endpoints(row);
        out.put("props", props(row, areaOfAgency));
        return out;
    }

    private Map<String, Object> props(Row row, Function<String, String> areaOfAgency) {
        Map<String, Object> props = new HashMap<>(spec.columns().size() * 2);
        writers.forEach(w -> w.accept(row.values(), props));
        props.put("area", area(row, areaOfAgency));
        return props;
    }

    /** Link columns and relationship endpoints become relationships; a type or label selector is the shape itself. */
    private static boolean consumed(FileSpec spec, Column column) {
        if (column.type() == ColumnType.REF && !spec.refIsProperty(column)) {
            return true;
        }
        if (spec.isNode()) {
            return false;
        }
        String toSelector = spec.column(spec.relationship().to()).map(Column::selector).orElse(null);
        return column.name().equals(spec.relationship().typeColumn()) || column.name().equals(toSelector);
    }

    private static Value location(Map<String, Object> values) {
        if (values.get("lat") instanceof Double lat && values.get("lng") instanceof Double lng) {
            return Values.point(WGS84, lng, lat);
        }
        return null;
    }

    /** As {@code POST /api/zones} stores a zone: the same GeoJSON text, centroid and (geodesic) box. */
    private static void zone(Map<String, Object> props, Geometry geometry, Long radiusM) {
        if (geometry == null) {
            for (String key : List.of("geometry", "centroid", "bboxSw", "bboxNe")) {
                props.put(key, null);
            }
            return;
        }
        ZoneShape zone = ZoneGeoJson.shape(geometry, radiusM); // the row's rules have checked the radius
        Point centroid = zone.centroid();
        Envelope box = zone.bounds();
        props.put("geometry", zone.json());
        props.put("centroid", Values.point(WGS84, centroid.getX(), centroid.getY()));
        props.put("bboxSw", Values.point(WGS84, box.getMinX(), box.getMinY()));
        props.put("bboxNe", Values.point(WGS84, box.getMaxX(), box.getMaxY()));
    }

    /** The file's own area column, an area's own id, else the owning agency's area. */
    private String area(Row row, Function<String, String> areaOfAgency) {
        if (spec.name().equals("areas")) {
            return row.id();
        }
        if (row.values().get("area") instanceof String area) {
            return area;
        }
        Object agency = row.values().get("owning_agency");
        return agency == null ? null : areaOfAgency.apply(agency.toString());
    }
}
