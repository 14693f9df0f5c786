package uk.vigil.briefing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import uk.vigil.access.AuditSink;
import uk.vigil.access.PersonAccess;
import uk.vigil.access.RecordAccess;
import uk.vigil.access.Viewer;
import uk.vigil.common.NotFoundException;
import uk.vigil.config.CaseworkRules;
import uk.vigil.database.CypherFiles;
import uk.vigil.database.Graph;

/**
 * Builds briefing packs. A meeting's cases are opened together through {@link RecordAccess#readPeople}
 * (one scope check, purpose outside the caseload, one audit record per case written in one
 * transaction) and read with one named query for all of them; one case alone goes the same way. A
 * PDF export is audited again as EXPORT with every case it holds, before the bytes are released.
 */
public final class BriefingService {
    static final List<String> PILLARS = List.of("supervision", "monitoringControl", "interventions", "victimSafety");
    private static final Set<String> DTC_IDENTITY = Set.of("id", "forename", "middleNames", "surname", "dob", "sex", "area");

    private final Graph graph;
    private final RecordAccess access;
    private final AuditSink audit;
    private final CaseworkRules rules;
    private final Clock clock;

    public BriefingService(Graph graph, RecordAccess access, AuditSink audit, CaseworkRules rules, Clock clock) {
        this.graph = graph;
        this.access = access;
        this.audit = audit;
        this.rules = rules;
        this.clock = clock;
    }

    /** One case's pack for a meeting. 404 alike for an unknown case, a case of another area and one the viewer may not see. */
    public CasePack casePack(Viewer viewer, String meetingId, String caseId, String purpose) {
        Record meeting = meeting(viewer, meetingId);
        return one(viewer, meeting, caseId, purpose);
    }

    /**
     * The pack for every case on the meeting's agenda that the viewer may see, with a cover summary.
     * Cases not the viewer's to see (a partner invited for other cases) are left out, never mentioned.
     */
    public MeetingPack meetingPack(Viewer viewer, String meetingId, String purpose) {
        Record meeting = meeting(viewer, meetingId);
        List<CasePack> packs = read(viewer, meeting, meeting.get("agenda").asList(Value::asString), purpose);
        List<Map<String, Object>> cover = new ArrayList<>();
        for (CasePack p : packs) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("caseId", p.mappaCase().get("id"));
            line.put("nominalId", p.identity().get("id"));
            line.put("name", p.identity().get("forename") + " " + p.identity().get("surname"));
            line.put("category", p.mappaCase().get("category"));
            line.put("level", p.mappaCase().get("level"));
            line.put("rosh", p.rosh() == null ? null : p.rosh().get("level"));
            line.putAll(p.flags());
            cover.add(line);
        }
        Map<String, Object> m = meeting.get("meeting").asMap();
        return new MeetingPack(m, meeting.get("chair").isNull() ? null : meeting.get("chair").asString(), Instant.now(clock),
                viewer.username(), cover, packs);
    }

    /** The meeting pack as a PDF; the export is audited (every case in it) before the bytes are released. */
    public byte[] meetingPdf(Viewer viewer, String meetingId, String purpose) {
        MeetingPack pack = meetingPack(viewer, meetingId, purpose);
        byte[] pdf = PackPdf.render(pack);
        auditExport(viewer, meetingId, pack.cases(), purpose, pdf.length);
        return pdf;
    }

    /** One case's pack as a PDF (cover line plus its page), audited as an export. */
    public byte[] casePdf(Viewer viewer, String meetingId, String caseId, String purpose) {
        Record meeting = meeting(viewer, meetingId);
        CasePack one = one(viewer, meeting, caseId, purpose);
        MeetingPack pack = new MeetingPack(meeting.get("meeting").asMap(),
                meeting.get("chair").isNull() ? null : meeting.get("chair").asString(), Instant.now(clock),
                viewer.username(), List.of(), List.of(one));
        byte[] pdf = PackPdf.render(pack);
        auditExport(viewer, meetingId, List.of(one), purpose, pdf.length);
        return pdf;
    }

    private void auditExport(Viewer viewer, String meetingId, List<CasePack> cases, String purpose, int bytes) {
        List<AuditSink.Touched> touched = new ArrayList<>();
        touched.add(new AuditSink.Touched("MEETING", meetingId));
        for (CasePack c : cases) {
            touched.add(new AuditSink.Touched("CASE", (String) c.mappaCase().get("id")));
            touched.add(new AuditSink.Touched("PERSON", (String) c.identity().get("id")));
        }
        audit.record(viewer, "EXPORT", touched, "OK", purpose == null ? null : purpose.strip(),
                Map.of("format", "PDF", "what", "BRIEFING_PACK", "cases", Integer.toString(cases.size()),
                        "bytes", Integer.toString(bytes)));
    }

    private Record meeting(Viewer viewer, String meetingId) {
        Map<String, Object> params = RecordAccess.scope(viewer);
        params.put("meetingId", meetingId);
        List<Record> rows = graph.read(tx -> tx.run(CypherFiles.query("briefing/meeting"), params).list());
        if (rows.isEmpty()) {
            throw new NotFoundException(meetingId.matches("[A-Za-z0-9_-]{1,100}") ? "No meeting with id " + meetingId : "No such meeting");
        }
        return rows.get(0);
    }

    /** One case of the meeting: 404 alike whether the case is unknown, of another area or hidden. */
    private CasePack one(Viewer viewer, Record meeting, String caseId, String purpose) {
        List<CasePack> found = read(viewer, meeting, List.of(caseId), purpose);
        if (found.isEmpty()) {
            throw new NotFoundException(caseId.matches("[A-Za-z0-9_-]{1,100}")
                    ? "No case with id " + caseId + " at this meeting" : "No such case");
        }
        return found.get(0);
    }

    /**
     * The packs of the cases the viewer may see among {@code caseIds}, in that order: the cases'
     * nominals in one query, their access checked and audited together (one VIEW_PERSON record per
     * case, one transaction), then one pack query for all of them.
     */
    private List<CasePack> read(Viewer viewer, Record meeting, List<String> caseIds, String purpose) {
        Map<String, Object> m = meeting.get("meeting").asMap();
        Map<String, Object> params = RecordAccess.scope(viewer);
        params.put("caseIds", caseIds);
        params.put("area", m.get("area"));
        params.put("meetingId", m.get("id"));
        Map<String, String> nominalOf = new HashMap<>();
        for (Record r : graph.read(tx -> tx.run(CypherFiles.query("briefing/case-nominals"), params).list())) {
            if (!viewer.dutyToCooperateOnly() || r.get("invited").asBoolean()) {
                nominalOf.put(r.get("caseId").asString(), r.get("nominalId").asString());
            }
        }
        List<String> cases = caseIds.stream().filter(nominalOf::containsKey).toList();
        if (cases.isEmpty()) {
            return List.of();
        }
        return access.readPeople(viewer, cases.stream().map(nominalOf::get).toList(), purpose, rights -> {
            List<Map<String, Object>> asked = new ArrayList<>();
            for (String caseId : cases) {
                PersonAccess person = rights.get(nominalOf.get(caseId));
                if (person != null) {
                    asked.add(Map.of("caseId", caseId, "victimDetails", person.victimDetails()));
                }
            }
            params.put("cases", asked);
            Map<String, CasePack> packs = new HashMap<>();
            for (Record r : graph.read(tx -> tx.run(CypherFiles.query("briefing/pack"), params).list())) {
                packs.put(r.get("caseId").asString(), shape(viewer, r));
            }
            return asked.stream().map(a -> packs.get((String) a.get("caseId"))).filter(Objects::nonNull).toList();
        });
    }

    private CasePack shape(Viewer viewer, Record r) {
        List<Map<String, Object>> assessments = maps(r, "assessments");
        List<Map<String, Object>> roshHistory = maps(r, "roshHistory");
        Map<String, Object> rosh = roshHistory.isEmpty() ? null : new LinkedHashMap<>(roshHistory.get(0));
        if (rosh != null && roshHistory.size() > 1) {
            rosh.put("previous", roshHistory.get(1).get("level"));
            rosh.put("previousDate", roshHistory.get(1).get("date"));
        }
        Map<String, Object> plan = r.get("plan").isNull() ? null : new LinkedHashMap<>(r.get("plan").asMap());
        List<String> emptyPillars = new ArrayList<>();
        if (plan != null) {
            for (String pillar : PILLARS) {
                Object v = plan.get(pillar);
                if (v == null || v.toString().isBlank()) {
                    emptyPillars.add(pillar);
                }
            }
            plan.put("emptyPillars", emptyPillars);
        }
        List<Map<String, Object>> actions = maps(r, "actions");
        List<Map<String, Object>> conflicts = maps(r, "conflicts");
        List<Map<String, Object>> disclosures = maps(r, "disclosures");
        String roshLevel = rosh == null ? null : (String) rosh.get("level");
        long visits = r.get("homeVisits").asLong();
        Integer minimum = roshLevel == null ? null : rules.homeVisitsPerYear().get(roshLevel);
        Map<String, Object> homeVisits = new LinkedHashMap<>();
        homeVisits.put("lastYear", visits);
        homeVisits.put("minimumPerYear", minimum);
        homeVisits.put("rosh", roshLevel);
        homeVisits.put("belowMinimum", minimum != null && visits < minimum);
        homeVisits.put("lastVisit", r.get("lastHomeVisit").isNull() ? null : r.get("lastHomeVisit").asLocalDate());

        Map<String, Object> flags = new LinkedHashMap<>();
        flags.put("overdueActions", actions.stream().filter(a -> Boolean.TRUE.equals(a.get("overdue"))).count());
        flags.put("openActions", actions.stream().filter(a -> "OPEN".equals(a.get("status"))).count());
        flags.put("openConflicts", conflicts.size());
        flags.put("newConflicts", conflicts.stream().filter(c -> Boolean.TRUE.equals(c.get("isNew"))).count());
        flags.put("emptyPillars", plan == null ? PILLARS : emptyPillars);
        flags.put("noRiskPlan", plan == null);
        flags.put("disclosureReviewsDue", disclosures.stream().filter(d -> Boolean.TRUE.equals(d.get("reviewDue"))).count());
        flags.put("homeVisitsBelowMinimum", homeVisits.get("belowMinimum"));

        Map<String, Object> identity = r.get("identity").asMap();
        List<Map<String, Object>> intelligence = maps(r, "intelligence");
        List<Map<String, Object>> events = maps(r, "events");
        List<String> withheld = List.of();
        if (viewer.dutyToCooperateOnly()) {
            Map<String, Object> basics = new LinkedHashMap<>();
            identity.forEach((k, v) -> {
                if (DTC_IDENTITY.contains(k)) {
                    basics.put(k, v);
                }
            });
            identity = basics;
            intelligence = List.of();
            events = List.of();
            withheld = List.of("identifiers", "intelligence", "events");
        }
        Value last = r.get("lastMeeting");
        return new CasePack(identity, r.get("mappaCase").asMap(), r.get("meeting").asMap(), value(r, "lastReview"),
                value(r, "since"), maps(r, "levelHistory"), rosh, assessments, maps(r, "orders"), maps(r, "victims"),
                conflicts, intelligence, events, last.isNull() ? null : last.asMap(), actions, plan, disclosures,
                homeVisits, flags, withheld);
    }

    private static Object value(Record r, String key) {
        return r.get(key).isNull() ? null : r.get(key).asObject();
    }

    private static List<Map<String, Object>> maps(Record r, String key) {
        return r.get(key).asList(Value::asMap);
    }
}
