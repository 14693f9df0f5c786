package uk.vigil.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.security.SecureRandom;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import uk.vigil.access.AuditSink;
import uk.vigil.access.RecordAccess;
import uk.vigil.access.Viewer;
import uk.vigil.common.AccessDeniedException;
import uk.vigil.common.InvalidRequestException;
import uk.vigil.config.CaseworkRules;
import uk.vigil.database.CypherFiles;
import uk.vigil.database.Graph;

/**
 * After the meeting: the chair records attendance and the minutes summary, and per case the
 * decisions with reasons, SMART actions, action updates, a level change and disclosure decisions.
 * Each call is one transaction, checked first (400 with every problem), audited before it commits,
 * and dated and attributed on every record it writes. The next pack starts from it.
 */
public final class MinutesService {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Graph graph;
    private final MeetingService meetings;
    private final AuditedWrite writes;
    private final CaseworkRules rules;
    private final Clock clock;

    public MinutesService(Graph graph, MeetingService meetings, AuditSink audit, CaseworkRules rules, Clock clock) {
        this.graph = graph;
        this.meetings = meetings;
        this.writes = new AuditedWrite(graph, audit);
        this.rules = rules;
        this.clock = clock;
    }

    /** Records attendance and the minutes summary. */
    public MeetingDetail attendance(Viewer viewer, String meetingId, Attendance request) {
        meetings.find(viewer, meetingId);
        Record ctx = context(viewer, meetingId, "", List.of(), List.of());
        requireChair(viewer, ctx, meetingId);
        List<String> problems = new ArrayList<>();
        List<Attendance.Entry> entries = request.attendance() == null ? List.of() : request.attendance();
        if (entries.size() > 200) {
            problems.add("at most 200 attendance entries");
        }
        if (request.minutes() != null && request.minutes().length() > 20_000) {
            problems.add("minutes are longer than 20,000 characters");
        }
        if (entries.isEmpty() && (request.minutes() == null || request.minutes().isBlank())) {
            problems.add("nothing to record: give attendance or minutes");
        }
        List<String> ids = new ArrayList<>();
        int i = 0;
        for (Attendance.Entry e : entries) {
            i++;
            if (e == null || e.officerId() == null || e.officerId().isBlank() || e.officerId().length() > 200 || e.attended() == null) {
                problems.add("attendance " + i + ": officerId and attended (true or false) are required");
            } else {
                ids.add(e.officerId());
            }
        }
        if (problems.isEmpty() && !ids.isEmpty()) {
            List<String> known = context(viewer, meetingId, "", ids, List.of()).get("officers").asList(Value::asString);
            ids.stream().filter(id -> !known.contains(id)).forEach(id -> problems.add("No officer with id " + id));
        }
        refuseIf(viewer, meetingId, problems);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Attendance.Entry e : entries) {
            rows.add(Map.of("officerId", e.officerId(), "attended", e.attended()));
        }
        Map<String, Object> p = new HashMap<>();
        p.put("meetingId", meetingId);
        p.put("attendance", rows);
        p.put("minutes", request.minutes() == null ? null : request.minutes().strip());
        p.put("username", viewer.username());
        p.put("now", now());
        writes.run(viewer, List.of(new AuditSink.Touched("MEETING", meetingId)),
                Map.of("action", "RECORD_ATTENDANCE", "present", Long.toString(entries.stream().filter(Attendance.Entry::attended).count()),
                        "absent", Long.toString(entries.stream().filter(e -> !e.attended()).count())),
                tx -> tx.run(CypherFiles.query("meeting/record-attendance"), p).consume());
        return meetings.detail(viewer, meetingId);
    }

    /** Records what the meeting decided about one case of its agenda; returns the ids written. */
    public Map<String, Object> recordCase(Viewer viewer, String meetingId, CaseRecord request) {
        meetings.find(viewer, meetingId);
        Record pre = context(viewer, meetingId, request.caseId() == null ? "" : request.caseId(), List.of(), List.of());
        requireChair(viewer, pre, meetingId);
        LocalDate day = pre.get("day").asLocalDate();
        List<String> problems = new ArrayList<>(request.problems(day));
        refuseIf(viewer, meetingId, problems);
        if ("CANCELLED".equals(pre.get("status").asString(""))) {
            refuseIf(viewer, meetingId, List.of("the meeting was cancelled: nothing can be recorded against it"));
        }
        if (!pre.get("onAgenda").asBoolean()) {
            refuseIf(viewer, meetingId, List.of("case " + request.caseId() + " is not on this meeting's agenda"));
        }
        List<String> officerIds = request.actionsOrEmpty().stream().map(CaseRecord.ActionIn::ownerId).distinct().toList();
        List<String> agencyIds = request.actionsOrEmpty().stream().map(CaseRecord.ActionIn::agencyId).distinct().toList();
        Record ctx = context(viewer, meetingId, request.caseId(), officerIds, agencyIds);
        List<String> officers = ctx.get("officers").asList(Value::asString);
        List<String> agencies = ctx.get("agencies").asList(Value::asString);
        officerIds.stream().filter(o -> !officers.contains(o)).forEach(o -> problems.add("No officer with id " + o));
        agencyIds.stream().filter(a -> !agencies.contains(a)).forEach(a -> problems.add("No agency with id " + a));
        List<String> actionIds = ctx.get("actionIds").asList(Value::asString);
        request.updatesOrEmpty().stream().map(CaseRecord.ActionUpdate::actionId).filter(a -> !actionIds.contains(a))
                .forEach(a -> problems.add("No action " + a + " on case " + request.caseId()));
        int category = ctx.get("category").asInt(0);
        int level = ctx.get("level").asInt(0);
        int newLevel = level;
        if (request.levelChange() != null && request.levelChange().level() != null) {
            newLevel = request.levelChange().level();
            if (newLevel == level) {
                problems.add("levelChange: the case is already at level " + level);
            }
            if (category == 3 && newLevel == 1) {
                problems.add("levelChange: a category 3 case cannot be managed at level 1");
            }
        }
        refuseIf(viewer, meetingId, problems);

        String stamp = day.toString().replace("-", "");
        Map<String, Object> p = new HashMap<>();
        p.put("meetingId", meetingId);
        p.put("caseId", request.caseId());
        p.put("officerId", viewer.officerId() == null ? "" : viewer.officerId());
        p.put("username", viewer.username());
        p.put("agency", viewer.agency());
        p.put("now", now());
        p.put("day", day);
        p.put("nextReview", day.plusDays(rules.reviewDays(newLevel)));
        List<Map<String, Object>> decisions = new ArrayList<>();
        for (CaseRecord.DecisionIn d : request.decisionsOrEmpty()) {
            decisions.add(Map.of("id", newId(request.caseId(), "D", stamp), "decision", d.decision().strip(), "reason", d.reason().strip()));
        }
        List<Map<String, Object>> actions = new ArrayList<>();
        for (CaseRecord.ActionIn a : request.actionsOrEmpty()) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", newId(request.caseId(), "A", stamp));
            row.put("description", a.description().strip());
            row.put("ownerId", a.ownerId());
            row.put("agencyId", a.agencyId());
            row.put("dueDate", LocalDate.parse(a.dueDate().strip()));
            row.put("pillar", a.pillar());
            actions.add(row);
        }
        List<Map<String, Object>> updates = new ArrayList<>();
        for (CaseRecord.ActionUpdate u : request.updatesOrEmpty()) {
            Map<String, Object> row = new HashMap<>();
            row.put("actionId", u.actionId());
            row.put("status", u.status());
            row.put("doneDate", u.doneDate() == null || u.doneDate().isBlank() ? null : LocalDate.parse(u.doneDate().strip()));
            updates.add(row);
        }
        List<Map<String, Object>> levels = new ArrayList<>();
        if (request.levelChange() != null) {
            levels.add(Map.of("id", newId(request.caseId(), "L", stamp), "level", request.levelChange().level(),
                    "reason", request.levelChange().reason().strip()));
        }
        List<Map<String, Object>> disclosures = new ArrayList<>();
        for (CaseRecord.DisclosureIn d : request.disclosuresOrEmpty()) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", newId(request.caseId(), "DD", stamp));
            row.put("disclose", d.disclose());
            row.put("recipient", d.recipient().strip());
            row.put("what", d.what() == null ? null : d.what().strip());
            row.put("reason", d.reason().strip());
            row.put("reviewDate", d.reviewDate() == null || d.reviewDate().isBlank() ? null : LocalDate.parse(d.reviewDate().strip()));
            disclosures.add(row);
        }
        p.put("decisions", decisions);
        p.put("actions", actions);
        p.put("actionUpdates", updates);
        p.put("levelChanges", levels);
        p.put("disclosures", disclosures);

        List<AuditSink.Touched> touched = new ArrayList<>();
        touched.add(new AuditSink.Touched("MEETING", meetingId));
        touched.add(new AuditSink.Touched("CASE", request.caseId()));
        if (!ctx.get("nominalId").isNull()) {
            touched.add(new AuditSink.Touched("PERSON", ctx.get("nominalId").asString()));
        }
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("action", "RECORD_CASE");
        detail.put("decisions", Integer.toString(decisions.size()));
        detail.put("actions", Integer.toString(actions.size()));
        detail.put("actionUpdates", Integer.toString(updates.size()));
        detail.put("disclosures", Integer.toString(disclosures.size()));
        if (!levels.isEmpty()) {
            detail.put("level", level + "->" + newLevel);
        }
        writes.run(viewer, touched, detail, tx -> tx.run(CypherFiles.query("meeting/record-case"), p).consume());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("meetingId", meetingId);
        out.put("caseId", request.caseId());
        out.put("level", newLevel);
        out.put("nextReviewDate", p.get("nextReview"));
        out.put("decisions", decisions.stream().map(d -> d.get("id")).toList());
        out.put("actions", actions.stream().map(a -> a.get("id")).toList());
        out.put("disclosures", disclosures.stream().map(d -> d.get("id")).toList());
        return out;
    }

    private void requireChair(Viewer viewer, Record ctx, String meetingId) {
        String chair = ctx.get("chairId").isNull() ? null : ctx.get("chairId").asString();
        if (chair == null || !chair.equals(viewer.officerId())) {
            writes.refused(viewer, List.of(new AuditSink.Touched("MEETING", meetingId)), "DENIED",
                    Map.of("action", "RECORD", "problem", "not the meeting's chair"));
            throw new AccessDeniedException("Only the meeting's chair records its minutes and decisions");
        }
    }

    private void refuseIf(Viewer viewer, String meetingId, List<String> problems) {
        if (!problems.isEmpty()) {
            String all = String.join("; ", problems);
            writes.refused(viewer, List.of(new AuditSink.Touched("MEETING", meetingId)), "INVALID",
                    Map.of("action", "RECORD", "problem", all));
            throw new InvalidRequestException(all);
        }
    }

    private Record context(Viewer viewer, String meetingId, String caseId, List<String> officers, List<String> agencies) {
        Map<String, Object> params = RecordAccess.scope(viewer);
        params.put("meetingId", meetingId);
        params.put("caseId", caseId);
        params.put("officerIds", officers);
        params.put("agencyIds", agencies);
        return graph.read(tx -> tx.run(CypherFiles.query("meeting/record-context"), params).single());
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(clock).withZoneSameInstant(ZoneOffset.UTC);
    }

    private static String newId(String caseId, String kind, String stamp) {
        byte[] b = new byte[4];
        RANDOM.nextBytes(b);
        return caseId + "-" + kind + stamp + "-" + HexFormat.of().formatHex(b);
    }
}
