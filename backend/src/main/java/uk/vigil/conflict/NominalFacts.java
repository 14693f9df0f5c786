package uk.vigil.conflict;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * What cypher/queries/conflict/facts.cypher returns for one nominal: the candidates the rules
 * decide on. Relations are relationship types (LIVES_AT, PROPOSED_ADDRESS, WORKS_AT, FREQUENTS).
 */
public record NominalFacts(String id, String area, boolean rso, List<Place> addresses, List<Zone> zones, List<VictimHome> victims,
                    List<String> noChildResidence, List<SightCondition> notInSightOf, List<Child> children,
                    List<Sensitive> places, List<NearbyRso> nearbyRsos, List<Located> intelligence, List<Fix> monitored) {

    /** A copy with rule 5's candidates found elsewhere (RsoHomes). */
    NominalFacts withNearbyRsos(List<NearbyRso> nearby) {
        return new NominalFacts(id, area, rso, addresses, zones, victims, noChildResidence, notInSightOf, children, places, nearby,
                intelligence, monitored);
    }

    /** A copy without the places he went (intelligence, monitoring): vetting is about one address. */
    NominalFacts addressesOnly() {
        return new NominalFacts(id, area, rso, addresses, zones, victims, noChildResidence, notInSightOf, children, places, nearbyRsos,
                List.of(), List.of());
    }

    public record Place(String id, String relation, double lat, double lng, String kind) {
    }

    /** @param from since when both the zone and its condition are in force */
    public record Zone(String id, String condition, String geometry, Long radiusM, List<String> protects, LocalDate from) {
    }

    public record VictimHome(String id, boolean offence, boolean isProtected, String address, double lat, double lng) {
    }

    public record SightCondition(String id, List<String> placeTypes, Long distanceM) {
    }

    public record Child(String id, String address) {
    }

    public record Sensitive(String id, String type, String address, double lat, double lng) {
    }

    /** @param metres distance from {@code address} as Earth.distanceAgainstM gives it, when the finder measured it (RsoHomes), else NaN */
    public record NearbyRso(String address, String other, String otherAddress, double lat, double lng, double metres) {
    }

    public record Located(String id, double lat, double lng) {
    }

    /** A position his tag recorded (a TagFix). */
    public record Fix(String id, double lat, double lng, Instant at, long accuracyM) {
    }

    @SuppressWarnings("unchecked")
    static NominalFacts of(Map<String, Object> row) {
        return new NominalFacts((String) row.get("id"), (String) row.get("area"), Boolean.TRUE.equals(row.get("rso")),
                maps(row, "addresses").stream().map(m -> new Place(s(m, "id"), s(m, "relation"), d(m, "lat"), d(m, "lng"),
                        s(m, "kind"))).toList(),
                maps(row, "zones").stream().map(m -> new Zone(s(m, "id"), s(m, "condition"), s(m, "geometry"),
                        (Long) m.get("radiusM"), (List<String>) m.get("protects"), (LocalDate) m.get("from"))).toList(),
                maps(row, "victims").stream().map(m -> new VictimHome(s(m, "id"), Boolean.TRUE.equals(m.get("offence")),
                        Boolean.TRUE.equals(m.get("protected")), s(m, "address"), d(m, "lat"), d(m, "lng"))).toList(),
                (List<String>) row.get("noChildResidence"),
                maps(row, "notInSightOf").stream().map(m -> new SightCondition(s(m, "id"), (List<String>) m.get("placeTypes"),
                        (Long) m.get("distanceM"))).toList(),
                maps(row, "children").stream().map(m -> new Child(s(m, "id"), s(m, "address"))).toList(),
                maps(row, "places").stream().map(m -> new Sensitive(s(m, "id"), s(m, "type"), s(m, "address"), d(m, "lat"),
                        d(m, "lng"))).toList(),
                maps(row, "nearbyRsos").stream().map(m -> new NearbyRso(s(m, "address"), s(m, "other"), s(m, "otherAddress"),
                        d(m, "lat"), d(m, "lng"), Double.NaN)).toList(),
                maps(row, "intelligence").stream().map(m -> new Located(s(m, "id"), d(m, "lat"), d(m, "lng"))).toList(),
                maps(row, "monitored").stream().map(m -> new Fix(s(m, "id"), d(m, "lat"), d(m, "lng"),
                        ((ZonedDateTime) m.get("at")).toInstant(), ((Number) m.get("accuracyM")).longValue())).toList());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Map<String, Object> row, String key) {
        Object v = row.get(key);
        return v == null ? List.of() : (List<Map<String, Object>>) v;
    }

    private static String s(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : v.toString();
    }

    private static double d(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }
}
