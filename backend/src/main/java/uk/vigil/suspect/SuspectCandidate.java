package uk.vigil.suspect;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** One candidate as suspect/details.cypher returns it: what the ranker scores, as the viewer may see it. */
record SuspectCandidate(String id, String forename, String surname, LocalDate dob, String sex, String build,
                        String description, String area, Long category, Long level, List<String> aliasIds,
                        List<Link> links, List<Vehicle> vehicles, List<Device> devices, List<Custody> custody,
                        List<Event> events, List<Condition> conditions, List<PastOffence> offences, List<Fix> trail) {

    /** A place linked to the candidate during the window, with its distance from the offence. */
    record Link(String relation, String id, String label, String kind, double lat, double lng, double distanceM) {
    }

    record Vehicle(String id, String vrm, String make, String model, String colour) {
    }

    record Device(String id, String phoneNumber) {
    }

    record Custody(String type, LocalDate from, LocalDate to, String establishment) {
    }

    record Event(String type, LocalDate date) {
    }

    record Zone(String name, String geometry, Long radiusM) {
    }

    record Condition(String id, String type, String wording, String curfewStart, String curfewEnd, List<String> placeTypes,
                     Long distanceM, List<Zone> zones) {
    }

    record Victim(String sex, Long age) {
    }

    record PastOffence(String type, String category, LocalDate date, String method, List<Victim> victims) {
    }

    /**
     * A position his tag recorded, oldest first, from a little before the window to a little after it;
     * {@code inWindow} when recorded during the window itself.
     */
    record Fix(String id, Instant at, double lat, double lng, Long accuracyM, double distanceM, boolean inWindow) {
    }

    static SuspectCandidate from(Record r) {
        List<Link> links = new java.util.ArrayList<>();
        for (String key : List.of("addresses", "associateHomes", "sightings")) {
            r.get(key).values().forEach(v -> links.add(link(v)));
        }
        List<Fix> trail = trail(r);
        tagLink(trail).ifPresent(links::add);
        List<Vehicle> vehicles = new java.util.ArrayList<>();
        for (Value v : r.get("vehicles").values()) {
            vehicles.add(new Vehicle(v.get("id").asString(), v.get("vrm").asString(null), v.get("make").asString(null),
                    v.get("model").asString(null), v.get("colour").asString(null)));
            if (!v.get("address").isNull()) {
                links.add(link(v.get("address")));
            }
        }
        return new SuspectCandidate(r.get("id").asString(), r.get("forename").asString(null), r.get("surname").asString(null),
                r.get("dob").isNull() ? null : r.get("dob").asLocalDate(), r.get("sex").asString(null),
                r.get("build").asString(null), r.get("description").asString(null), r.get("area").asString(null),
                r.get("category").isNull() ? null : r.get("category").asLong(),
                r.get("level").isNull() ? null : r.get("level").asLong(),
                r.get("aliasIds").asList(Value::asString), links, vehicles,
                r.get("devices").asList(v -> new Device(v.get("id").asString(), v.get("phoneNumber").asString(null))),
                custody(r), events(r), conditions(r),
                r.get("offences").asList(v -> new PastOffence(v.get("type").asString(null), v.get("category").asString(null),
                        date(v.get("date")), v.get("method").asString(null),
                        v.get("victims").asList(x -> new Victim(x.get("sex").asString(null),
                                x.get("age").isNull() ? null : x.get("age").asLong())))), trail);
    }

    /**
     * One candidate as suspect/facts.cypher returns it: exact identity, custody, events, vehicle and
     * phone ids; every link, condition and past offence, each offence with one victim of the sex and
     * age the request gives (so METHOD scores at least what any recorded victim could give). Scored by
     * {@link SuspectRanker#bound}, never shown: links have no labels, vehicles and phones no details.
     */
    static SuspectCandidate fromFacts(Record r, SuspectRequest req) {
        List<Fix> trail = trail(r);
        List<Link> links = new java.util.ArrayList<>(
                r.get("links").asList(v -> new Link(v.get("relation").asString(), null, "", null, 0, 0, v.get("distanceM").asDouble())));
        tagLink(trail).ifPresent(links::add);
        List<Victim> anyVictim = req.victimSex() == null && req.victimAge() == null ? List.of()
                : List.of(new Victim(req.victimSex(), req.victimAge() == null ? null : req.victimAge().longValue()));
        return new SuspectCandidate(r.get("id").asString(), r.get("forename").asString(null), r.get("surname").asString(null),
                r.get("dob").isNull() ? null : r.get("dob").asLocalDate(), r.get("sex").asString(null),
                r.get("build").asString(null), r.get("description").asString(null), r.get("area").asString(null), null, null,
                r.get("aliasIds").asList(Value::asString), links,
                r.get("vehicleIds").asList(v -> new Vehicle(v.asString(), null, null, null, null)),
                r.get("deviceIds").asList(v -> new Device(v.asString(), null)),
                custody(r), events(r), conditions(r),
                r.get("offences").asList(v -> new PastOffence(v.get("type").asString(null), v.get("category").asString(null),
                        null, v.get("method").asString(null), anyVictim)), trail);
    }

    private static List<Fix> trail(Record r) {
        return r.get("trail").asList(v -> new Fix(v.get("id").asString(), v.get("at").asZonedDateTime().toInstant(),
                v.get("lat").asDouble(), v.get("lng").asDouble(), v.get("accuracyM").isNull() ? null : v.get("accuracyM").asLong(),
                v.get("distanceM").asDouble(), v.get("inWindow").asBoolean()));
    }

    /** The nearest fix recorded during the window, as a link: where his tag placed him (the ranker weighs its distance). */
    private static java.util.Optional<Link> tagLink(List<Fix> trail) {
        return trail.stream().filter(Fix::inWindow).min(java.util.Comparator.comparingDouble(Fix::distanceM))
                .map(f -> new Link("TAG", f.id(), "recorded " + SuspectRanker.clock(f.at()), "TAG", f.lat(), f.lng(), f.distanceM()));
    }

    private static List<Custody> custody(Record r) {
        return r.get("custody").asList(v -> new Custody(v.get("type").asString(null), date(v.get("from")), date(v.get("to")),
                v.get("establishment").asString(null)));
    }

    private static List<Event> events(Record r) {
        return r.get("events").asList(v -> new Event(v.get("type").asString(), date(v.get("date"))));
    }

    private static List<Condition> conditions(Record r) {
        return r.get("conditions").asList(v -> new Condition(v.get("id").asString(null), v.get("type").asString(null),
                v.get("wording").asString(null), v.get("curfewStart").asString(null), v.get("curfewEnd").asString(null),
                v.get("placeTypes").isNull() ? List.of() : v.get("placeTypes").asList(Value::asString),
                v.get("distanceM").isNull() ? null : v.get("distanceM").asLong(),
                v.get("zones").asList(z -> new Zone(z.get("name").asString(null), z.get("geometry").asString(null),
                        z.get("radiusM").isNull() ? null : z.get("radiusM").asLong()))));
    }

    private static Link link(Value v) {
        return new Link(v.get("relation").asString(), v.get("id").asString(), v.get("label").asString(""),
                v.get("kind").asString(null), v.get("lat").asDouble(), v.get("lng").asDouble(), v.get("distanceM").asDouble());
    }

    private static LocalDate date(Value v) {
        return v == null || v.isNull() ? null : v.asLocalDate();
    }
}
