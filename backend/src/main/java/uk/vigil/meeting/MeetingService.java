package uk.vigil.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.security.SecureRandom;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.context.ApplicationContext;
import uk.vigil.access.AuditSink;
import uk.vigil.access.RecordAccess;
import uk.vigil.access.Viewer;
import uk.vigil.agenda.Agenda;
import uk.vigil.agenda.AgendaItem;
import uk.vigil.agenda.AgendaService;
import uk.vigil.common.AccessDeniedException;
import uk.vigil.common.InvalidRequestException;
import uk.vigil.common.NotFoundException;
import uk.vigil.config.CaseworkRules;
import uk.vigil.database.CypherFiles;
import uk.vigil.database.Graph;

/**
 * Meetings of an area: the list (Spring Data Neo4j), one meeting with its agenda, planning a
 * meeting, setting its agenda and inviting people (named Cypher through the driver: these are
 * graph-shaped reads and conditional writes). Reads are audited through {@link RecordAccess},
 * writes are audited before they commit.
 */
public final class MeetingService {
    static final int MAX_AGENDA = 100;
    /** Officers a directory lists: an area's agencies have hundreds, a form cannot offer more. */
    static final int MAX_DIRECTORY = 2000;
    /** Days after the meeting an invited member may still read the cases (minutes, actions). */
    static final int INVITATION_GRACE_DAYS = 28;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MeetingRepository meetings;
    private final RecordAccess access;
    private final Clock clock;
    private final Graph graph;
    private final AgendaService agendas;
    private final CaseworkRules rules;
    private final AuditedWrite writes;

    public MeetingService(ApplicationContext spring, RecordAccess access, Clock clock, Graph graph, AuditSink audit,
                          CaseworkRules rules) {
        this.meetings = spring.getBean(MeetingRepository.class);
        this.access = access;
        this.clock = clock;
        this.graph = graph;
        this.rules = rules;
        this.agendas = new AgendaService(graph, rules);
        this.writes = new AuditedWrite(graph, audit);
    }

    /** Meetings from today on, soonest first. */
    public List<MeetingSummary> upcoming(Viewer viewer, String area) {
        if (!viewer.areas().contains(area)) {
            throw new uk.vigil.common.AccessDeniedException("You do not work in that area");
        }
        ZonedDateTime today = ZonedDateTime.now(clock).toLocalDate().atStartOfDay(clock.getZone());
        return access.readList(viewer, "MEETINGS", java.util.Map.of("area", area), () ->
                meetings.findByAreaAndDateGreaterThanEqualOrderByDateAsc(area, today).stream()
                        .map(m -> new MeetingSummary(m.getId(), m.getDate(), m.getLevel(), m.getStatus(),
                                m.getChair() == null ? null : m.getChair().forename() + " " + m.getChair().surname(),
                                m.getCases() == null ? 0 : m.getCases().size()))
                        .toList());
    }

    /** A meeting with its agenda and, for Responsible Authority users, the cases the rules propose. */
    public MeetingDetail detail(Viewer viewer, String meetingId) {
        return access.readList(viewer, "AGENDA", Map.of("meeting", meetingId), () -> {
            Record r = find(viewer, meetingId);
            int level = r.get("meeting").get("level").asInt(2);
            Agenda agenda = agendas.agenda(viewer, meetingId, level);
            List<AgendaItem> items = agenda.items();
            List<AgendaItem> on = items.stream().filter(AgendaItem::onAgenda).toList();
            List<AgendaItem> proposed = viewer.dutyToCooperateOnly() ? List.of()
                    : items.stream().filter(i -> !i.onAgenda()).toList();
            List<Map<String, Object>> invitees = r.get("invitees").asList(Value::asMap);
            return new MeetingDetail(r.get("meeting").asMap(), r.get("chair").isNull() ? null : r.get("chair").asMap(),
                    invitees, r.get("agencies").asList(Value::asMap), on, proposed, agenda.level1Omitted(), rulesShown(),
                    chairs(viewer, r));
        });
    }

    /**
     * The directory of a meeting for its chair's forms: the officers (with their agency) and agencies
     * of the meeting's area and anyone invited, sorted by name, at most {@link #MAX_DIRECTORY} officers.
     * Only staff records; the read is audited as a list.
     */
    public Map<String, Object> directory(Viewer viewer, String meetingId) {
        Record meeting = find(viewer, meetingId);
        return access.readList(viewer, "MEETING_DIRECTORY", Map.of("meeting", meetingId), () -> {
            Record r = graph.read(tx -> tx.run(CypherFiles.query("meeting/directory"), Map.of("meetingId", meetingId)).single());
            List<Map<String, Object>> officers = new ArrayList<>(r.get("officers").asList(Value::asMap));
            officers.sort(Comparator.comparing((Map<String, Object> o) -> String.valueOf(o.get("surname")))
                    .thenComparing(o -> String.valueOf(o.get("forename"))).thenComparing(o -> String.valueOf(o.get("id"))));
            List<Map<String, Object>> agencies = new ArrayList<>(r.get("agencies").asList(Value::asMap));
            agencies.sort(Comparator.comparing(a -> String.valueOf(a.get("name"))));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("officers", officers.subList(0, Math.min(officers.size(), MAX_DIRECTORY)));
            out.put("totalOfficers", officers.size());
            out.put("agencies", agencies);
            out.put("youChair", chairs(viewer, meeting));
            return out;
        });
    }

    /** The agenda alone (the benchmark and the briefing pack's cover read it). */
    public List<AgendaItem> agenda(Viewer viewer, String meetingId) {
        Record r = find(viewer, meetingId);
        return agendas.build(viewer, meetingId, r.get("meeting").get("level").asInt(2));
    }

    /** Plans a meeting; the chair is the caller's officer record unless another is named. */
    public MeetingDetail create(Viewer viewer, NewMeeting request) {
        NewMeeting m = request.check();
        if (!viewer.areas().contains(m.area())) {
            throw new AccessDeniedException("You do not work in that area");
        }
        String chairId = m.chairId() != null ? m.chairId() : viewer.officerId();
        if (chairId == null) {
            throw new InvalidRequestException("chairId is required: your account has no officer record");
        }
        List<String> officers = new ArrayList<>(m.invitees());
        officers.add(chairId);
        Map<String, Object> refs = checkRefs(viewer, m.area(), officers, m.agencies(), List.of());
        List<String> knownOfficers = strings(refs, "officers");
        List<String> missing = officers.stream().filter(o -> !knownOfficers.contains(o)).distinct().toList();
        List<String> missingAgencies = m.agencies().stream().filter(a -> !strings(refs, "agencies").contains(a)).toList();
        if (!missing.isEmpty() || !missingAgencies.isEmpty()) {
            throw new InvalidRequestException("Unknown " + (missing.isEmpty() ? "" : "officers " + missing + " ")
                    + (missingAgencies.isEmpty() ? "" : "agencies " + missingAgencies));
        }
        String id = "MTG-" + m.area() + "-L" + m.level() + "-" + m.when().toLocalDate().toString().replace("-", "")
                + "-" + HexFormat.of().formatHex(randomBytes());
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("area", m.area());
        p.put("level", m.level());
        p.put("date", m.when().atZoneSameInstant(ZoneOffset.UTC));
        p.put("chairId", chairId);
        p.put("agencyIds", m.agencies());
        p.put("officerIds", m.invitees());
        p.put("agency", viewer.agency());
        p.put("username", viewer.username());
        p.put("now", ZonedDateTime.now(clock).withZoneSameInstant(ZoneOffset.UTC));
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("action", "CREATE_MEETING");
        detail.put("area", m.area());
        detail.put("level", m.level().toString());
        detail.put("date", m.when().toString());
        writes.run(viewer, List.of(new AuditSink.Touched("MEETING", id)), detail,
                tx -> tx.run(CypherFiles.query("meeting/create"), p).consume());
        return detail(viewer, id);
    }

    /** Replaces a planned meeting's agenda with these cases, in this order. */
    public MeetingDetail setAgenda(Viewer viewer, String meetingId, List<String> caseIds) {
        Record r = find(viewer, meetingId);
        Map<String, Object> meeting = r.get("meeting").asMap();
        if (caseIds == null) {
            throw new InvalidRequestException("cases is required (a list of case ids, in agenda order)");
        }
        if (caseIds.size() > MAX_AGENDA) {
            throw new InvalidRequestException("an agenda holds at most " + MAX_AGENDA + " cases");
        }
        if (caseIds.stream().anyMatch(c -> c == null || c.isBlank() || c.length() > 200)) {
            throw new InvalidRequestException("case ids must be non-empty ids");
        }
        if (caseIds.stream().distinct().count() != caseIds.size()) {
            throw new InvalidRequestException("a case is listed twice");
        }
        if (!"PLANNED".equals(meeting.get("status"))) {
            throw new InvalidRequestException("the agenda of a " + String.valueOf(meeting.get("status")).toLowerCase()
                    + " meeting cannot change");
        }
        List<String> known = strings(checkRefs(viewer, (String) meeting.get("area"), List.of(), List.of(), caseIds), "cases");
        List<String> unknown = caseIds.stream().filter(c -> !known.contains(c)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidRequestException("No active case of this area with id " + String.join(", ", unknown));
        }
        Map<String, Object> p = new HashMap<>();
        p.put("meetingId", meetingId);
        p.put("caseIds", caseIds);
        p.put("username", viewer.username());
        p.put("now", ZonedDateTime.now(clock).withZoneSameInstant(ZoneOffset.UTC));
        List<AuditSink.Touched> touched = new ArrayList<>();
        touched.add(new AuditSink.Touched("MEETING", meetingId));
        caseIds.forEach(c -> touched.add(new AuditSink.Touched("CASE", c)));
        writes.run(viewer, touched, Map.of("action", "SET_AGENDA", "cases", Integer.toString(caseIds.size())),
                tx -> tx.run(CypherFiles.query("meeting/set-agenda"), p).consume());
        return detail(viewer, meetingId);
    }

    /** Invites an officer to a meeting and, when cases are named, for those cases of its agenda. */
    public MeetingDetail invite(Viewer viewer, String meetingId, String officerId, List<String> caseIds) {
        Record r = find(viewer, meetingId);
        Map<String, Object> meeting = r.get("meeting").asMap();
        if (officerId == null || officerId.isBlank() || officerId.length() > 200) {
            throw new InvalidRequestException("officerId is required");
        }
        List<String> cases = caseIds == null ? List.of() : caseIds;
        if (cases.size() > MAX_AGENDA || cases.stream().anyMatch(c -> c == null || c.isBlank() || c.length() > 200)) {
            throw new InvalidRequestException("cases must be at most " + MAX_AGENDA + " case ids");
        }
        Map<String, Object> refs = checkRefs(viewer, (String) meeting.get("area"), List.of(officerId), List.of(), cases);
        if (strings(refs, "officers").isEmpty()) {
            throw new InvalidRequestException("No officer with id " + officerId);
        }
        List<String> onAgenda = agendas.build(viewer, meetingId, ((Number) meeting.get("level")).intValue()).stream()
                .filter(AgendaItem::onAgenda).map(AgendaItem::caseId).toList();
        List<String> notOn = cases.stream().filter(c -> !onAgenda.contains(c)).toList();
        if (!notOn.isEmpty()) {
            throw new InvalidRequestException("Not on this meeting's agenda: " + String.join(", ", notOn));
        }
        Map<String, Object> p = new HashMap<>();
        p.put("meetingId", meetingId);
        p.put("officerId", officerId);
        p.put("caseIds", cases);
        p.put("today", LocalDate.now(clock));
        p.put("graceDays", INVITATION_GRACE_DAYS);
        p.put("username", viewer.username());
        List<AuditSink.Touched> touched = new ArrayList<>();
        touched.add(new AuditSink.Touched("MEETING", meetingId));
        touched.add(new AuditSink.Touched("OFFICER", officerId));
        cases.forEach(c -> touched.add(new AuditSink.Touched("CASE", c)));
        writes.run(viewer, touched, Map.of("action", "INVITE", "cases", Integer.toString(cases.size())),
                tx -> tx.run(CypherFiles.query("meeting/invite"), p).consume());
        return detail(viewer, meetingId);
    }

    /** The meeting row as the viewer may see it, or 404 (no such meeting and not yours are answered alike). */
    Record find(Viewer viewer, String meetingId) {
        Map<String, Object> params = RecordAccess.scope(viewer);
        params.put("meetingId", meetingId);
        List<Record> rows = graph.read(tx -> tx.run(CypherFiles.query("meeting/detail"), params).list());
        if (rows.isEmpty()) {
            throw new NotFoundException(meetingId.matches("[A-Za-z0-9_-]{1,100}") ? "No meeting with id " + meetingId : "No such meeting");
        }
        return rows.get(0);
    }

    /** The viewer is the meeting's chair (who alone records it); the forms are offered on this. */
    private static boolean chairs(Viewer viewer, Record meeting) {
        return viewer.officerId() != null && !meeting.get("chair").isNull()
                && viewer.officerId().equals(meeting.get("chair").get("id").asString(null));
    }

    private Map<String, Object> checkRefs(Viewer viewer, String area, List<String> officers, List<String> agencies,
                                          List<String> cases) {
        Map<String, Object> params = RecordAccess.scope(viewer);
        params.put("area", area);
        params.put("officerIds", officers);
        params.put("agencyIds", agencies);
        params.put("caseIds", cases);
        return graph.read(tx -> tx.run(CypherFiles.query("meeting/check-refs"), params).single().asMap());
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Map<String, Object> refs, String key) {
        return (List<String>) refs.get(key);
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[3];
        RANDOM.nextBytes(b);
        return b;
    }

    private Map<String, Object> rulesShown() {
        return Map.of("reviewDays", rules.cadenceParameter(), "lookaheadDays", rules.lookaheadDays(),
                "level1Events", rules.level1Events());
    }
}
