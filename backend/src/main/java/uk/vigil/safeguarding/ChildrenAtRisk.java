package uk.vigil.safeguarding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import uk.vigil.access.AuditSink;
import uk.vigil.access.RecordAccess;
import uk.vigil.access.Viewer;
import uk.vigil.database.CypherFiles;
import uk.vigil.database.Graph;
import uk.vigil.network.NetworkService;

/**
 * Children who live or lived (overlapping dates, while under 18) at an address with a registered sex
 * offender or a nominal with a no-child condition. Ranked (docs/network.md, "Children at risk"):
 * score = 3 if they live there together now + 3 for an active NO_CHILD_RESIDENCE condition + 2 for
 * NO_UNSUPERVISED_CHILD_CONTACT + 2 if registered sex offender + 1 for a private home + (18 - age) / 18
 * (younger first). Only rows whose child, nominal and address the viewer may all see are returned or counted.
 */
public final class ChildrenAtRisk {
    private final Graph graph;
    private final NetworkService network;
    private final AuditSink audit;
    private final Clock clock;

    public ChildrenAtRisk(Graph graph, NetworkService network, AuditSink audit, Clock clock) {
        this.graph = graph;
        this.network = network;
        this.audit = audit;
        this.clock = clock;
    }

    public record Page(List<ChildAtRisk> items, int total) {
    }

    public Page list(Viewer viewer, String area, int limit) {
        Page page = compute(viewer, area, limit);
        List<AuditSink.Touched> touched = new ArrayList<>();
        page.items().forEach(c -> {
            touched.add(new AuditSink.Touched("PERSON", (String) c.child().get("id")));
            touched.add(new AuditSink.Touched("PERSON", (String) c.nominal().get("id")));
        });
        audit.record(viewer, "LIST", touched, "OK", null, Map.of("list", "CHILDREN_AT_RISK", "area", area == null ? "" : area,
                "total", Integer.toString(page.total())));
        return page;
    }

    /** The list without auditing (quality test). */
    public Page compute(Viewer viewer, String area, int limit) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> params = RecordAccess.scope(viewer);
        params.put("area", area);
        params.put("today", today);
        List<Record> rows = graph.read(tx -> tx.run(CypherFiles.query("safeguarding/children-at-risk"), params).list());
        Set<String> eids = new HashSet<>();
        rows.forEach(r -> {
            eids.add(r.get("childEid").asString());
            eids.add(r.get("nominalEid").asString());
            eids.add(r.get("addressEid").asString());
        });
        Set<String> seen = network.visible(viewer, eids);
        List<ChildAtRisk> out = new ArrayList<>();
        for (Record r : rows) {
            if (!seen.contains(r.get("childEid").asString()) || !seen.contains(r.get("nominalEid").asString())
                    || !seen.contains(r.get("addressEid").asString())) {
                continue;
            }
            out.add(rank(r, today));
        }
        out.sort(Comparator.comparingDouble(ChildAtRisk::score).reversed().thenComparing(c -> (String) c.child().get("id")));
        return new Page(out.size() > limit ? List.copyOf(out.subList(0, limit)) : out, out.size());
    }

    static ChildAtRisk rank(Record r, LocalDate today) {
        Map<String, Object> child = r.get("child").asMap();
        Map<String, Object> address = r.get("address").asMap();
        LocalDate from = r.get("overlapFrom").isNull() ? null : r.get("overlapFrom").asLocalDate();
        LocalDate to = r.get("overlapTo").isNull() ? null : r.get("overlapTo").asLocalDate();
        boolean current = to == null || !to.isBefore(today);
        boolean rso = r.get("rso").asBoolean();
        List<Map<String, Object>> conditions = r.get("conditions").asList(Value::asMap);
        Integer age = child.get("dob") instanceof LocalDate dob ? Period.between(dob, today).getYears() : null;
        double score = 0;
        List<String> reasons = new ArrayList<>();
        if (current) {
            score += 3;
            reasons.add("lives there with the nominal now");
        } else {
            reasons.add("lived there with the nominal " + (from == null ? "" : from.getYear()) + "-" + to.getYear());
        }
        if (conditions.stream().anyMatch(c -> "NO_CHILD_RESIDENCE".equals(c.get("type")))) {
            score += 3;
            reasons.add("the nominal has an active condition not to live with a child");
        }
        if (conditions.stream().anyMatch(c -> "NO_UNSUPERVISED_CHILD_CONTACT".equals(c.get("type")))) {
            score += 2;
            reasons.add("the nominal has an active condition of no unsupervised contact with children");
        }
        if (rso) {
            score += 2;
            reasons.add("the nominal is a registered sex offender");
        }
        if ("PRIVATE".equals(address.get("kind"))) {
            score += 1;
        }
        if (age != null) {
            score += Math.max(0, 18 - age) / 18.0;
            reasons.add("child aged " + age);
        }
        return new ChildAtRisk(child, age, r.get("nominal").asMap(), address, from, to, current, rso, conditions,
                Math.round(score * 100) / 100.0, reasons);
    }
}
