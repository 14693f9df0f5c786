package uk.vigil.agenda;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import uk.vigil.access.RecordAccess;
import uk.vigil.access.Viewer;
import uk.vigil.config.CaseworkRules;
import uk.vigil.database.CypherFiles;
import uk.vigil.database.Graph;

/**
 * Builds a meeting's agenda: the cases already on it and the cases the rules propose, each with its
 * reasons. Reads only what the viewer may see (the scope fragments are in the query); the caller
 * audits the read. A duty-to-co-operate member gets only the cases they are invited for at this
 * meeting, without the reasons (which would tell them about intelligence they are not party to).
 */
public final class AgendaService {
    private final Graph graph;
    private final CaseworkRules rules;
    private final AgendaRules agendaRules;

    public AgendaService(Graph graph, CaseworkRules rules) {
        this.graph = graph;
        this.rules = rules;
        this.agendaRules = new AgendaRules(rules);
    }

    /** The agenda of a meeting the caller has already found visible; on-agenda cases first, in agenda order. */
    public List<AgendaItem> build(Viewer viewer, String meetingId, int meetingLevel) {
        return agenda(viewer, meetingId, meetingLevel).items();
    }

    /** The agenda and how many level 1 cases with a new event were left off by the cap. */
    public Agenda agenda(Viewer viewer, String meetingId, int meetingLevel) {
        Map<String, Object> params = RecordAccess.scope(viewer);
        params.put("meetingId", meetingId);
        params.put("cadence", rules.cadenceParameter());
        params.put("lookaheadDays", rules.lookaheadDays());
        params.put("level1Reviews", rules.level1Reviews());
        params.put("level1Events", rules.level1Events());
        params.put("breachTypes", AgendaRules.BREACH_TYPES);
        params.put("significantTypes", AgendaRules.SIGNIFICANT_TYPES);
        // level 1 cases with a new event first, from the event side and capped by index order: inside the
        // candidates query the planner walks every level 1 case instead (docs/meetings.md, "Speed")
        List<Map<String, Object>> omitted = new ArrayList<>();
        List<Record> rows = graph.read(tx -> {
            List<Record> triggered = tx.run(CypherFiles.query("agenda/level1-triggers"), params).list();
            List<String> proposed = new ArrayList<>();
            for (Record t : triggered) {
                proposed.addAll(t.get("proposed").asList(Value::asString));
                omitted.addAll(t.get("omitted").asList(Value::asMap));
            }
            params.put("level1Cases", proposed);
            return tx.run(CypherFiles.query("agenda/candidates"), params).list();
        });
        List<AgendaItem> items = new ArrayList<>();
        for (Record r : rows) {
            agendaRules.item(facts(r), meetingLevel).ifPresent(items::add);
        }
        if (viewer.dutyToCooperateOnly()) {
            items = items.stream().filter(AgendaItem::onAgenda)
                    .map(i -> new AgendaItem(i.caseId(), i.nominalId(), i.forename(), i.surname(), i.dob(), i.category(),
                            i.level(), null, null, null, i.informationOnly(), true, i.agendaOrder(),
                            List.of(new AgendaReason("INVITED", "You are invited for this case", null))))
                    .toList();
        }
        List<AgendaItem> sorted = items.stream().sorted(ORDER).toList();
        return new Agenda(sorted, viewer.dutyToCooperateOnly() || meetingLevel != 2 ? null : omittedCount(omitted, sorted));
    }

    /** The capped-off cases, less any the agenda lists all the same (a yearly review due). */
    private static Map<String, Object> omittedCount(List<Map<String, Object>> omitted, List<AgendaItem> items) {
        Set<String> listed = new HashSet<>();
        items.forEach(i -> listed.add(i.caseId()));
        Map<String, Integer> byTrigger = new LinkedHashMap<>();
        for (String kind : List.of("BREACH", "RISK_LEVEL_CHANGE", "NEW_CONFLICT")) {
            byTrigger.put(kind, 0);
        }
        int count = 0;
        for (Map<String, Object> o : omitted) {
            if (listed.add((String) o.get("caseId"))) {
                count++;
                byTrigger.merge((String) o.get("kind"), 1, Integer::sum);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("count", count);
        out.put("byTrigger", byTrigger);
        return out;
    }

    /** On the agenda first in its order; then proposals: level 3 before 2 before 1, most reasons first, by name. */
    private static final Comparator<AgendaItem> ORDER = Comparator
            .comparing((AgendaItem i) -> !i.onAgenda())
            .thenComparing(i -> i.agendaOrder() == null ? Integer.MAX_VALUE : i.agendaOrder())
            .thenComparing(i -> -i.level())
            .thenComparing(i -> -i.reasons().size())
            .thenComparing(i -> i.surname() == null ? "" : i.surname())
            .thenComparing(AgendaItem::caseId);

    private static AgendaFacts facts(Record r) {
        return new AgendaFacts(r.get("caseId").asString(), r.get("category").asInt(0), r.get("level").asInt(0),
                date(r, "referralDate"), r.get("nominal").asMap(), date(r, "meetingDay"), date(r, "horizon"),
                date(r, "previousMeeting"), date(r, "lastReview"), r.get("onAgenda").asBoolean(),
                r.get("agendaOrder").isNull() ? null : r.get("agendaOrder").asInt(),
                r.get("actionsDue").asList(Value::asMap), r.get("newIntelligence").asLong(),
                date(r, "latestIntelligence"), r.get("events").asList(Value::asMap), date(r, "movedOn"),
                date(r, "newPartnerOn"), r.get("openConflicts").asList(Value::asMap), str(r, "rosh"),
                date(r, "roshDate"), str(r, "roshBefore"), r.get("levelChanges").asList(Value::asMap));
    }

    private static LocalDate date(Record r, String key) {
        Value v = r.get(key);
        return v.isNull() ? null : v.asLocalDate();
    }

    private static String str(Record r, String key) {
        Value v = r.get(key);
        return v.isNull() ? null : v.asString();
    }
}
