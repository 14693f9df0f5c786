package uk.vigil.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import uk.vigil.access.AuditSink;
import uk.vigil.access.RecordAccess;
import uk.vigil.access.Viewer;
import uk.vigil.database.CypherFiles;
import uk.vigil.database.Graph;

/**
 * The hidden-associations report (docs/network.md): people linked to a nominal through shared
 * things with no recorded association, each piece of evidence scored by {@link LinkEvidence},
 * ranked by the combined score.
 */
public final class HiddenAssociations {
    /** Things shared by more visible people than this are hubs: counted, not listed. */
    static final int HUB_DEGREE = 25;
    private final Graph graph;
    private final NetworkService network;
    private final AuditSink audit;
    private final Clock clock;

    public HiddenAssociations(Graph graph, NetworkService network, AuditSink audit, Clock clock) {
        this.graph = graph;
        this.network = network;
        this.audit = audit;
        this.clock = clock;
    }

    public HiddenAssociationReport report(Viewer viewer, String personId, int limit, String purpose) {
        NetworkNode subject = NetworkNode.of(network.start(viewer, "PERSON", personId));
        HiddenAssociationReport report = compute(viewer, subject, limit);
        List<AuditSink.Touched> shown = new ArrayList<>();
        shown.add(new AuditSink.Touched("PERSON", personId));
        report.associations().forEach(a -> shown.add(new AuditSink.Touched("PERSON", a.person().id())));
        audit.record(viewer, "NETWORK_QUERY", shown, "OK", purpose,
                Map.of("report", "HIDDEN_ASSOCIATIONS", "subject", personId, "listed", Integer.toString(report.associations().size())));
        return report;
    }

    /** The report without auditing: for the quality test and the benchmark, which audit nothing. */
    public HiddenAssociationReport compute(Viewer viewer, NetworkNode subject, int limit) {
        Map<String, Object> params = RecordAccess.scope(viewer);
        params.put("id", subject.id());
        List<Record> rows = network.readTimed(NetworkService.EXPAND_TIMEOUT,
                CypherFiles.query("network/hidden-associations"), params);
        java.util.Set<String> candidates = new java.util.HashSet<>();
        for (Record row : rows) {
            candidates.add(row.get("thing").get("eid").asString());
            row.get("people").values().forEach(p -> candidates.add(p.get("person").get("eid").asString()));
        }
        java.util.Set<String> seen = network.visible(viewer, candidates);
        LocalDate today = LocalDate.now(clock);
        Map<String, NetworkNode> people = new LinkedHashMap<>();
        Map<String, List<HiddenAssociation.Evidence>> evidence = new LinkedHashMap<>();
        List<HiddenAssociationReport.Hub> hubs = new ArrayList<>();
        for (Record row : rows) {
            String via = row.get("via").asString();
            Map<String, Object> sharedRow = row.get("thing").asMap();
            if (!seen.contains((String) sharedRow.get("eid"))) {
                continue;
            }
            List<Map<String, Object>> sharers = row.get("people").asList(Value::asMap).stream()
                    .filter(p -> seen.contains((String) ((Map<?, ?>) p.get("person")).get("eid"))).toList();
            long degree = 1 + sharers.stream().map(p -> ((Map<?, ?>) p.get("person")).get("eid")).distinct().count();
            if (degree < 2) {
                continue;
            }
            NetworkNode shared = NetworkNode.of(sharedRow);
            if (degree > HUB_DEGREE) {
                hubs.add(new HiddenAssociationReport.Hub(via, shared, degree));
                continue;
            }
            LocalDate since1 = PathExplainer.date(row.get("since1").asObject());
            LocalDate until1 = PathExplainer.date(row.get("until1").asObject());
            @SuppressWarnings("unchecked")
            Map<String, Object> sp = (Map<String, Object>) sharedRow.get("props");
            String addressKind = shared.kind().equals("ADDRESS") ? (String) sp.get("kind") : null;
            Map<String, HiddenAssociation.Evidence> best = new LinkedHashMap<>();
            for (Map<String, Object> p : sharers) {
                if (Boolean.TRUE.equals(p.get("recorded"))) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                NetworkNode person = NetworkNode.of((Map<String, Object>) p.get("person"));
                LocalDate since2 = PathExplainer.date(p.get("since2"));
                LocalDate until2 = PathExplainer.date(p.get("until2"));
                LinkEvidence.Score s = LinkEvidence.score(via, addressKind, degree, since1, until1, since2, until2,
                        (String) sp.get("sourceEval"), (String) sp.get("intelEval"), today);
                LocalDate from = later(since1, since2);
                LocalDate to = earlier(until1, until2);
                String text = Words.shared(via, shared.caption(), via.equals("MENTIONS") || via.equals("CONVICTED_OF") ? null : from,
                        via.equals("MENTIONS") || via.equals("CONVICTED_OF") ? null : to)
                        + (degree > 2 ? " (shared by " + degree + " people)" : "")
                        + (s.overlap() < 1 ? " (not at the same time)" : "");
                HiddenAssociation.Evidence e = new HiddenAssociation.Evidence(via, shared, degree, text, s);
                HiddenAssociation.Evidence old = best.get(person.id());
                if (old == null || old.score().score() < s.score()) { // one piece per shared thing and person
                    best.put(person.id(), e);
                }
                people.putIfAbsent(person.id(), person);
            }
            best.forEach((id, e) -> evidence.computeIfAbsent(id, k -> new ArrayList<>()).add(e));
        }
        List<HiddenAssociation> out = new ArrayList<>();
        evidence.forEach((id, list) -> {
            list.sort(Comparator.comparingDouble((HiddenAssociation.Evidence e) -> e.score().score()).reversed());
            double combined = LinkEvidence.combine(list.stream().map(e -> e.score().score()).toList());
            out.add(new HiddenAssociation(people.get(id), combined, LinkEvidence.strength(combined), List.copyOf(list)));
        });
        out.sort(Comparator.comparingDouble(HiddenAssociation::score).reversed().thenComparing(a -> a.person().id()));
        hubs.sort(Comparator.comparingLong(HiddenAssociationReport.Hub::sharedBy).reversed());
        return new HiddenAssociationReport(subject, out.size() > limit ? List.copyOf(out.subList(0, limit)) : out, hubs);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
