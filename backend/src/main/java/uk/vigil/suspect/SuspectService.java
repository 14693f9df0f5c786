package uk.vigil.suspect;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.ClientException;
import uk.vigil.access.AuditSink;
import uk.vigil.access.RecordAccess;
import uk.vigil.access.Viewer;
import uk.vigil.common.InvalidRequestException;
import uk.vigil.database.CypherFiles;
import uk.vigil.database.Graph;
import uk.vigil.database.PlanCache;
import uk.vigil.monitoring.TagSlot;
import uk.vigil.search.Fragments;
import uk.vigil.suspect.SuspectResult.FactorInfo;
import uk.vigil.suspect.SuspectResult.RuledOut;
import uk.vigil.suspect.SuspectResult.Suspect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers "who could have done this?": resolves the place, finds the fragments through search's
 * indexes, gathers the nominals the viewer may find with an opportunity or a matching fragment
 * (access rule inside the queries), scores each on every factor, and audits the search with its
 * purpose (the crime reference) and what it showed before the answer leaves. Every step is bounded:
 * candidates, fragments, result size, and a transaction timeout.
 */
public final class SuspectService {
    private static final Logger LOG = LoggerFactory.getLogger(SuspectService.class);
    static final int CANDIDATE_LIMIT = 1_500;
    static final int ADDRESS_LIMIT = 20_000;
    static final int FRAGMENT_LIMIT = 200;
    static final int RULED_OUT_LIMIT = 50;
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Intelligence sightings count from this long before the window. */
    static final int SIGHTING_DAYS = 365;
    /** The widest "in sight of" distance a condition may set that is looked for. */
    static final int SENSITIVE_PLACE_M = 1_000;
    /** A tag trail is read from this long before the window to this long after it, for the fixes either side. */
    static final Duration TRAIL_MARGIN = Duration.ofHours(2);
    /** At most this many of a candidate's fixes (two days at one a minute); a trail cut short rules nobody out. */
    static final int TRAIL_LIMIT = 3_000;
    /** Candidates whose details are read at a time, at least (twice the size asked for when more). */
    static final int DETAILS_BATCH = 32;

    /** How many candidates the last search considered and how many of them had their details read. */
    record Effort(int considered, int detailsRead) {
    }

    private final Graph graph;
    private final RecordAccess access;
    private final Clock clock;
    private final Duration timeout;
    /** Reads every candidate's details (the app's default before session 13, see {@link #forApp}); the two steps otherwise. */
    private final boolean allDetails;
    /** At most this many candidates are scored (the likeliest first, suspect/candidates). */
    private final int candidateLimit;
    /** What the last search on this service read (tests and the benchmark count it). */
    volatile Effort lastEffort;

    public SuspectService(Graph graph, RecordAccess access, Clock clock) {
        this(graph, access, clock, TIMEOUT);
    }

    /**
     * The service as the app runs it: the two steps unless {@code twoStep} is false
     * ({@code VIGIL_SUSPECT_TWO_STEP=false} reads every candidate's details). Both give the same answer;
     * at 1M nominals over England and Wales the two steps had the lower p95 (docs/suspects.md "Speed").
     */
    public static SuspectService forApp(Graph graph, RecordAccess access, Clock clock, boolean twoStep) {
        return new SuspectService(graph, access, clock, TIMEOUT, !twoStep);
    }

    /** With another transaction timeout: the benchmark measures what the limit would cut off. */
    SuspectService(Graph graph, RecordAccess access, Clock clock, Duration timeout) {
        this(graph, access, clock, timeout, false);
    }

    SuspectService(Graph graph, RecordAccess access, Clock clock, Duration timeout, boolean allDetails) {
        this(graph, access, clock, timeout, allDetails, CANDIDATE_LIMIT);
    }

    /** With another candidate limit: tests show which candidates a cap keeps on a small graph. */
    SuspectService(Graph graph, RecordAccess access, Clock clock, Duration timeout, boolean allDetails, int candidateLimit) {
        this.candidateLimit = candidateLimit;
        this.graph = graph;
        this.access = access;
        this.clock = clock;
        this.timeout = timeout;
        this.allDetails = allDetails;
    }

    public SuspectResult search(Viewer viewer, SuspectRequest req) {
        if (req.from().isAfter(LocalDateTime.now(clock).plusDays(1))) {
            throw new InvalidRequestException("The time window is in the future: give when the offence happened");
        }
        String searchId = UUID.randomUUID().toString();
        Map<String, String> detail = new java.util.LinkedHashMap<>(req.auditDetail());
        detail.put("searchId", searchId);
        return access.readSearch(viewer, "SUSPECT_SEARCH", req.purpose(), detail, () -> run(viewer, req, searchId),
                SuspectService::shown,
                r -> Map.of("considered", Integer.toString(r.considered()), "shown", Integer.toString(r.suspects().size()),
                        "ruledOut", Integer.toString(r.ruledOutCount())));
    }

    /**
     * The search as a marked PDF (docs/suspects.md, "Export"): run again here under the viewer's access,
     * never from a list the client sends, with the ruled-out listed. Audited twice, as the search it
     * is and as an EXPORT of what the PDF holds (same searchId), before the bytes are released.
     */
    public byte[] exportPdf(Viewer viewer, SuspectRequest req) {
        SuspectRequest all = req.withRuledOut();
        SuspectResult r = search(viewer, all);
        Map<String, String> detail = new java.util.LinkedHashMap<>();
        detail.put("format", "PDF");
        detail.put("what", "SUSPECT_LIST");
        detail.put("searchId", r.searchId());
        detail.put("suspects", Integer.toString(r.suspects().size()));
        detail.put("ruledOut", Integer.toString(r.ruledOut().size()));
        return access.readSearch(viewer, "EXPORT", req.purpose(), detail,
                () -> SuspectPdf.render(r, all, viewer.username(), java.time.Instant.now(clock)),
                bytes -> shown(r), bytes -> Map.of("bytes", Integer.toString(bytes.length)));
    }

    private static List<AuditSink.Touched> shown(SuspectResult r) {
        List<AuditSink.Touched> shown = new ArrayList<>();
        r.suspects().forEach(s -> shown.add(new AuditSink.Touched("PERSON", s.id())));
        r.ruledOut().forEach(s -> shown.add(new AuditSink.Touched("PERSON", s.id())));
        return shown;
    }

    /**
     * Plans and compiles the suspect queries before the first investigator waits for them (planning
     * the scoped queries takes seconds, more on a busy machine, and would count against the search's
     * timeout). Runs as a viewer who may see nothing, with parameters of the real types; not audited,
     * as nothing is read.
     */
    public void warmUp() {
        // an area no one works in: a non-empty list, so the plans are those of real viewers (the plan cache keys on types)
        Viewer nobody = new Viewer("vigil-warm-up", "", "", Set.of("vigil-warm-up"), Set.of(), uk.vigil.access.Marking.OFFICIAL,
                null, null, null);
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("purpose", "warm-up 1");
        body.put("lat", 54.89);
        body.put("lng", -2.93);
        body.put("from", "2025-01-01T21:00");
        body.put("to", "2025-01-01T23:00");
        body.put("suspectDescription", "warm tall stocky"); // several words, as most descriptions have (their list's size class)
        body.put("vehicle", "PX1?AB");
        body.put("phone", "900123");
        body.put("suspectName", "Warm");
        // The candidates query also has a plan per size class of its strings and lists (PlanCache): the sex
        // ("" when not given, else one letter), the description's words (one or none, or several) and the
        // fragments' ids (one id that matches nothing when no fragment is given; on a large database the
        // fragments above match a few records). So these variants are planned too, once each.
        List<Map<String, Object>> variants = new ArrayList<>();
        for (String sex : new String[] {null, "M"}) {
            for (String description : new String[] {"warm", "warm tall stocky"}) {
                Map<String, Object> plain = new java.util.HashMap<>(body);
                plain.keySet().removeAll(List.of("vehicle", "phone", "suspectName"));
                plain.put("suspectDescription", description);
                if (sex != null) {
                    plain.put("suspectSex", sex);
                }
                variants.add(plain);
            }
        }
        // twice: Neo4j keeps a query's plan in its cache only once the query has been seen before
        for (int pass = 0; pass < 2; pass++) {
            // the candidates' queries at every size class of their ids up to the limit
            for (int size : PlanCache.sizesUpTo(CANDIDATE_LIMIT)) {
                graph.read(tx -> answer(tx, nobody, SuspectRequest.of(body), "warm-up", size));
            }
            for (Map<String, Object> b : variants) {
                graph.read(tx -> answer(tx, nobody, SuspectRequest.of(b), "warm-up", 1));
            }
            for (String place : List.of("addressId", "postcode")) {
                Map<String, Object> other = new java.util.HashMap<>(body);
                other.remove("lat");
                other.remove("lng");
                other.put(place, place.equals("postcode") ? "CA1 1AB" : "warm-up");
                try {
                    graph.read(tx -> answer(tx, nobody, SuspectRequest.of(other), "warm-up"));
                } catch (InvalidRequestException expected) {
                    // nobody may see any address: the place query has been planned all the same
                }
            }
        }
    }

    private SuspectResult run(Viewer viewer, SuspectRequest req, String searchId) {
        try (Session session = graph.session()) {
            return session.executeRead(tx -> answer(tx, viewer, req, searchId),
                    TransactionConfig.builder().withTimeout(timeout).build());
        } catch (ClientException e) {
            if (e.code() != null && e.code().contains("Timeout") || e.code() != null && e.code().contains("TimedOut")) {
                throw new InvalidRequestException("The search took too long: narrow the radius or the time window");
            }
            throw e;
        }
    }

    private SuspectResult answer(TransactionContext tx, Viewer viewer, SuspectRequest req, String searchId) {
        return answer(tx, viewer, req, searchId, 0);
    }

    /**
     * The search; with {@code planIds} above 0 (the warm-up only) the candidates' queries get that many
     * ids that match nothing instead, so that their plan for that size class of the list is made.
     */
    private SuspectResult answer(TransactionContext tx, Viewer viewer, SuspectRequest req, String searchId, int planIds) {
        double[] place = place(tx, viewer, req);
        Value point = Values.point(4326, place[1], place[0]);
        Map<String, Object> params = RecordAccess.scope(viewer);
        params.put("place", point);
        params.put("radius", req.radiusM());
        params.put("fromDate", req.from().toLocalDate());
        params.put("toDate", req.to().toLocalDate());
        params.put("intelFrom", req.from().toLocalDate().minusDays(SIGHTING_DAYS));
        Instant fromTime = req.from().atZone(SuspectRanker.LOCAL).toInstant();
        Instant toTime = req.to().atZone(SuspectRanker.LOCAL).toInstant();
        params.put("fromTime", utc(fromTime));
        params.put("toTime", utc(toTime));
        params.put("trailFrom", utc(fromTime.minus(TRAIL_MARGIN)));
        params.put("trailTo", utc(toTime.plus(TRAIL_MARGIN)));
        params.put("trailLimit", TRAIL_LIMIT);

        Set<String> vehicles = new HashSet<>();
        Set<String> devices = new HashSet<>();
        Set<String> named = new HashSet<>();
        List<String> notices = new ArrayList<>();
        fragments(tx, req, vehicles, devices, named, notices);

        // never an empty list: the plan cache keys on parameter types, and List<Nothing> would plan again
        params.put("vehicleIds", idsOrNone(vehicles));
        params.put("deviceIds", idsOrNone(devices));
        params.put("nameIds", idsOrNone(named));
        params.put("limit", candidateLimit);
        params.put("addressLimit", ADDRESS_LIMIT);
        // What orders the candidates when there are more than the limit (suspect/candidates). Never a
        // null or an empty list, for the plan cache as above: "" and the flags say "not given".
        params.put("day", req.from().toLocalDate());
        params.put("sex", req.suspectSex() == null ? "" : req.suspectSex());
        params.put("ageGiven", req.suspectAgeFrom() != null || req.suspectAgeTo() != null);
        params.put("ageFrom", req.suspectAgeFrom() == null ? 0L : req.suspectAgeFrom().longValue());
        params.put("ageTo", req.suspectAgeTo() == null ? 200L : req.suspectAgeTo().longValue());
        params.put("wordsGiven", !req.descriptionWords().isEmpty());
        params.put("words", req.descriptionWords().isEmpty() ? List.of("") : req.descriptionWords());
        long started = System.nanoTime();
        Record found = tx.run(CypherFiles.query("suspect/candidates"), params).single();
        // whoever his tag placed near the place during the window is a candidate, first (suspect/tag-near)
        Map<String, Object> near = new java.util.HashMap<>(params);
        near.put("slots", TagSlot.around(fromTime, toTime, place[0], place[1], req.radiusM()));
        List<String> tagged = tx.run(CypherFiles.query("suspect/tag-near"), near).list(r -> r.get("id").asString());
        long candidatesRead = System.nanoTime();
        Set<String> union = new java.util.LinkedHashSet<>(tagged);
        List<String> likeliest = found.get("ids").asList(Value::asString);
        union.addAll(likeliest);
        List<String> ids = List.copyOf(union).subList(0, Math.min(union.size(), candidateLimit));
        boolean capped = found.get("capped").asBoolean() || union.size() > candidateLimit;
        if (capped) {
            notices.add("More than " + candidateLimit + " people had an opportunity or matched a fragment: the " + candidateLimit
                    + " likeliest by fragments, nearness, sex, age and description were scored. Narrow the radius or the window to score all.");
        }
        params.put("ids", planIds > 0 ? java.util.Collections.nCopies(planIds, "") : ids.isEmpty() ? List.of("") : ids);
        Map<String, Object> sensitive = RecordAccess.scope(viewer);
        sensitive.put("place", point);
        sensitive.put("distance", SENSITIVE_PLACE_M);
        List<SuspectRanker.NearPlace> places = tx.run(CypherFiles.query("suspect/sensitive-places"), sensitive)
                .list(r -> new SuspectRanker.NearPlace(r.get("type").asString(null), r.get("name").asString(null),
                        r.get("distanceM").asDouble()));

        if (planIds > 0 && !allDetails) {
            // the warm-up matches no candidate, so the two steps would read details only for a list of one:
            // their batches of up to 2 x the largest size, and the last smaller one, get their plans here
            tx.run(CypherFiles.query("suspect/details"), params).consume();
        }
        List<Scored> scored = new ArrayList<>();
        List<RuledOut> ruledOut = new ArrayList<>();
        int considered = allDetails
                ? readAll(tx, req, params, place, vehicles, devices, named, places, scored, ruledOut)
                : readBest(tx, req, params, place, vehicles, devices, named, places, scored, ruledOut);
        LOG.debug("suspect search: {} candidates (capped {}): candidates {} ms, the rest {} ms", ids.size(), capped,
                (candidatesRead - started) / 1_000_000, (System.nanoTime() - candidatesRead) / 1_000_000);
        scored.sort(order(req.sort()));
        List<Suspect> suspects = new ArrayList<>();
        for (int i = 0; i < Math.min(req.size(), scored.size()); i++) {
            Scored s = scored.get(i);
            suspects.add(new Suspect(i + 1, s.c.id(), name(s.c), s.c.dob(), s.o.ageOnDay(), s.c.sex(), s.c.area(),
                    s.c.category(), s.c.level(), s.o.total(), s.o.factors(), s.c.links()));
        }
        ruledOut.sort(Comparator.comparing(RuledOut::id));
        if (scored.isEmpty()) {
            notices.add("Nobody you may see had an opportunity or matched a fragment: widen the radius or the window.");
        }
        return new SuspectResult(searchId, req.purpose(),
                new SuspectResult.Place(place[0], place[1], req.radiusM(),
                        req.lat() != null ? "point" : req.addressId() != null ? "address" : "postcode"),
                req.from().toString(), req.to().toString(), considered, capped,
                req.sort() == null ? "TOTAL" : req.sort().name(), suspects, ruledOut.size(),
                req.includeRuledOut() ? List.copyOf(ruledOut.subList(0, Math.min(RULED_OUT_LIMIT, ruledOut.size()))) : List.of(),
                factors(), notices);
    }

    /**
     * The two-step search (docs/suspects.md, "Speed"): every candidate's facts, from which the ruled-out
     * are decided exactly and the rest get an upper bound of the sort key; then details in batches,
     * best bound first, until no unread candidate's bound could reach the list. Fills {@code scored}
     * with at least the list (every candidate who could be in it, scored from his details) and
     * {@code ruledOut} with every ruled-out candidate; returns how many were considered.
     */
    private int readBest(TransactionContext tx, SuspectRequest req, Map<String, Object> params, double[] place,
                         Set<String> vehicles, Set<String> devices, Set<String> named, List<SuspectRanker.NearPlace> places,
                         List<Scored> scored, List<RuledOut> ruledOut) {
        params.put("needPhones", !devices.isEmpty());
        params.put("needAliases", !named.isEmpty());
        params.put("needOffences", req.offenceType() != null || !req.methodWords().isEmpty() || req.victimSex() != null
                || req.victimAge() != null);
        List<SuspectCandidate> facts = tx.run(CypherFiles.query("suspect/facts"), params)
                .list(r -> SuspectCandidate.fromFacts(r, req));
        // the word weights over every candidate, as before: the facts hold the same descriptions
        SuspectRanker ranker = new SuspectRanker(req, place[0], place[1], vehicles, devices, named, places, facts);
        List<Bounded> open = new ArrayList<>();
        for (SuspectCandidate c : facts) {
            SuspectRanker.Outcome b = ranker.bound(c);
            if (b.isRuledOut()) {
                ruledOut.add(new RuledOut(c.id(), name(c), c.dob(), c.area(), b.ruledOut()));
            } else {
                open.add(new Bounded(c.id(), req.sort() == null ? b.total() : b.factors().get(req.sort()).score(), b.total()));
            }
        }
        open.sort(Comparator.comparingDouble(Bounded::by).reversed()
                .thenComparing(Comparator.comparingDouble(Bounded::total).reversed()).thenComparing(Bounded::id));
        Comparator<Scored> order = order(req.sort());
        int batch = Math.max(DETAILS_BATCH, 2 * req.size());
        int next = 0;
        do {
            if (scored.size() >= req.size()) {
                scored.sort(order);
                if (!open.get(next).mayPass(scored.get(req.size() - 1), req.sort())) {
                    break;
                }
            }
            List<String> ids = open.subList(next, Math.min(open.size(), next + batch)).stream().map(Bounded::id).toList();
            next += ids.size();
            // the first batch runs even when empty (a list with no real id): warmUp plans the query through it
            params.put("ids", ids.isEmpty() ? List.of("") : ids);
            for (SuspectCandidate c : tx.run(CypherFiles.query("suspect/details"), params).list(SuspectCandidate::from)) {
                SuspectRanker.Outcome o = ranker.rank(c);
                if (o.isRuledOut()) {
                    // not reached: facts and details read the same custody, events and sex in one transaction
                    throw new IllegalStateException("Suspect " + c.id() + " ruled out by details, not by facts");
                }
                scored.add(new Scored(c, o));
            }
        } while (next < open.size());
        lastEffort = new Effort(facts.size(), next);
        return facts.size();
    }

    /** Every candidate's details, all ranked: the app's default, and what the two steps must agree with. */
    private int readAll(TransactionContext tx, SuspectRequest req, Map<String, Object> params, double[] place,
                        Set<String> vehicles, Set<String> devices, Set<String> named, List<SuspectRanker.NearPlace> places,
                        List<Scored> scored, List<RuledOut> ruledOut) {
        List<SuspectCandidate> candidates = tx.run(CypherFiles.query("suspect/details"), params).list(SuspectCandidate::from);
        SuspectRanker ranker = new SuspectRanker(req, place[0], place[1], vehicles, devices, named, places, candidates);
        for (SuspectCandidate c : candidates) {
            SuspectRanker.Outcome o = ranker.rank(c);
            if (o.isRuledOut()) {
                ruledOut.add(new RuledOut(c.id(), name(c), c.dob(), c.area(), o.ruledOut()));
            } else {
                scored.add(new Scored(c, o));
            }
        }
        lastEffort = new Effort(candidates.size(), candidates.size());
        return candidates.size();
    }

    /** A candidate not yet read: upper bounds of his sort key and total. */
    private record Bounded(String id, double by, double total) {
        /** Whether his details could place him at or above {@code kth}, the last of the list so far. */
        boolean mayPass(Scored kth, SuspectFactor sort) {
            double k = kth.by(sort);
            return by > k || by == k && (total > kth.o.total() || total == kth.o.total() && id.compareTo(kth.c.id()) < 0);
        }
    }

    private static ZonedDateTime utc(Instant at) {
        return at.atZone(ZoneOffset.UTC);
    }

    private static List<String> idsOrNone(Set<String> ids) {
        return ids.isEmpty() ? List.of("") : List.copyOf(ids);
    }

    private record Scored(SuspectCandidate c, SuspectRanker.Outcome o) {
        double by(SuspectFactor f) {
            return f == null ? o.total() : o.factors().get(f).score();
        }
    }

    private static Comparator<Scored> order(SuspectFactor sort) {
        return Comparator.comparingDouble((Scored s) -> s.by(sort)).reversed()
                .thenComparing(Comparator.comparingDouble((Scored s) -> s.o.total()).reversed())
                .thenComparing(s -> s.c.id());
    }

    static List<FactorInfo> factors() {
        List<FactorInfo> out = new ArrayList<>();
        for (SuspectFactor f : SuspectFactor.values()) {
            out.add(new FactorInfo(f, f.max, f.description));
        }
        return out;
    }

    private static String name(SuspectCandidate c) {
        return ((c.forename() == null ? "" : c.forename()) + " " + (c.surname() == null ? "" : c.surname())).strip();
    }

    /** [lat, lng] of the place; an unknown or hidden address or postcode is answered alike. */
    private static double[] place(TransactionContext tx, Viewer viewer, SuspectRequest req) {
        if (req.lat() != null) {
            return new double[] {req.lat(), req.lng()};
        }
        Map<String, Object> params = RecordAccess.scope(viewer);
        params.put("addressId", req.addressId());
        params.put("postcode", req.postcode());
        List<Record> rows = tx.run(CypherFiles.query(req.addressId() != null ? "suspect/place-by-address" : "suspect/place-by-postcode"),
                params).list();
        if (rows.isEmpty()) {
            throw new InvalidRequestException(req.addressId() != null
                    ? "No address with that id has a location you may see: give the place as a point or a postcode"
                    : "No recorded address has that postcode: give the place as a point (lat and lng)");
        }
        return new double[] {rows.get(0).get("lat").asDouble(), rows.get(0).get("lng").asDouble()};
    }

    private static void fragments(TransactionContext tx, SuspectRequest req, Set<String> vehicles, Set<String> devices,
                                  Set<String> named, List<String> notices) {
        List<Map<String, Object>> readings = new ArrayList<>();
        if (req.vehicle() != null) {
            Map<String, Object> r = Fragments.plate(req.vehicle(), FRAGMENT_LIMIT);
            if (r == null) {
                notices.add("The vehicle fragment holds no plate pattern Vigil can search for.");
            } else {
                readings.add(r);
            }
        }
        if (req.phone() != null) {
            Map<String, Object> r = Fragments.phone(req.phone(), FRAGMENT_LIMIT);
            if (r == null) {
                notices.add("The phone fragment holds no number Vigil can search for (six digits or more).");
            } else {
                readings.add(r);
            }
        }
        if (req.suspectName() != null) {
            try {
                readings.addAll(Fragments.name(req.suspectName(), FRAGMENT_LIMIT));
            } catch (InvalidRequestException e) {
                notices.add("The name given holds nothing to search for.");
            }
        }
        if (readings.isEmpty()) {
            return;
        }
        for (Record r : tx.run(CypherFiles.query("suspect/fragments"), Map.of("fulltext", readings)).list()) {
            List<String> ids = r.get("ids").asList(Value::asString);
            switch (r.get("via").asString()) {
                case "PLATE" -> vehicles.addAll(ids);
                case "NUMBER" -> devices.addAll(ids);
                default -> named.addAll(ids);
            }
            if (r.get("capped").asBoolean()) {
                notices.add("The " + r.get("via").asString().toLowerCase(java.util.Locale.ROOT)
                        + " fragment matches more than " + FRAGMENT_LIMIT + " records: give more of it.");
            }
        }
    }
}
