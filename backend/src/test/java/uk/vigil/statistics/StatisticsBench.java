package uk.vigil.statistics;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import uk.vigil.access.Viewer;
import uk.vigil.config.CaseworkRules;
import uk.vigil.database.Graph;

/** The statistics side of ChairBenchmark: ours, and a naive count of every case in Java. */
public final class StatisticsBench {
    private StatisticsBench() {
    }

    public static Object ours(Graph graph, Viewer viewer, String area, int year) {
        return new StatisticsService(graph, null, null, CaseworkRules.defaults()).compute(viewer, area, year);
    }

    public static String summary(Graph graph, Viewer viewer, String area, int year) {
        SmbReport r = new StatisticsService(graph, null, null, CaseworkRules.defaults()).compute(viewer, area, year);
        return r.year() + ": " + r.eligibleOnSnapshot().get("total").get("total") + " eligible on 31 March, "
                + r.levels2And3OverYear().get("total").get("total") + " at levels 2/3, " + r.rsosPer100k() + " RSOs per 100k, "
                + r.dataQuality().size() + " data-quality checks failing";
    }

    /** Every case of the area with its level periods, custody periods, events and orders, counted in Java. */
    public static Object naive(Graph graph, String area, int year) {
        LocalDate start = LocalDate.of(year, 4, 1);
        LocalDate end = LocalDate.of(year + 1, 3, 31);
        List<Record> rows = graph.read(tx -> tx.run("""
                MATCH (n:Nominal)-[:HAS_CASE]->(mc:MappaCase {area: $area})
                RETURN n.id AS id, mc.referralDate AS referral, mc.closedDate AS closed,
                       [(mc)-[:HAD_LEVEL]->(lp) | lp {.category, .level, .from, .to}] AS periods,
                       [(n)-[:HAD_CUSTODY]->(cp) | cp {.from, .to}] AS custody,
                       [(n)-[:HAD_EVENT]->(e) | e {.type, .date, .breachOf}] AS events,
                       [(n)-[:SUBJECT_OF]->(o) | o {.type, .from}] AS orders""", Map.of("area", area)).list());
        Map<String, Integer> eligible = new HashMap<>();
        Set<String> levels23 = new HashSet<>();
        Set<String> breaches = new HashSet<>();
        int orders = 0;
        for (Record r : rows) {
            LocalDate referral = date(r.get("referral"));
            LocalDate closed = date(r.get("closed"));
            boolean active = (referral == null || !referral.isAfter(end)) && (closed == null || closed.isAfter(end));
            boolean inCustody = r.get("custody").asList(Value::asMap).stream().anyMatch(c -> covers(c, end));
            for (Map<String, Object> p : r.get("periods").asList(Value::asMap)) {
                if (active && !inCustody && covers(p, end)) {
                    eligible.merge(p.get("category") + "/" + p.get("level"), 1, Integer::sum);
                }
                LocalDate from = (LocalDate) p.get("from");
                LocalDate to = (LocalDate) p.get("to");
                long level = p.get("level") == null ? 0 : ((Number) p.get("level")).longValue();
                if (level >= 2 && !from.isAfter(end) && (to == null || !to.isBefore(start))) {
                    levels23.add(r.get("id").asString());
                }
            }
            for (Map<String, Object> e : r.get("events").asList(Value::asMap)) {
                LocalDate d = (LocalDate) e.get("date");
                if (!d.isBefore(start) && !d.isAfter(end) && "NOTIFICATION".equals(e.get("breachOf"))
                        && ("CAUTION".equals(e.get("type")) || "CONVICTION".equals(e.get("type")))) {
                    breaches.add(r.get("id").asString());
                }
            }
            for (Map<String, Object> o : r.get("orders").asList(Value::asMap)) {
                LocalDate d = (LocalDate) o.get("from");
                if (d != null && !d.isBefore(start) && !d.isAfter(end) && List.of("SHPO", "SOPO", "NOTIFICATION_ORDER", "FTO", "SRO").contains(o.get("type"))) {
                    orders++;
                }
            }
        }
        return eligible.size() + levels23.size() + breaches.size() + orders;
    }

    private static boolean covers(Map<String, Object> period, LocalDate day) {
        LocalDate from = (LocalDate) period.get("from");
        LocalDate to = (LocalDate) period.get("to");
        return from != null && !from.isAfter(day) && (to == null || !to.isBefore(day));
    }

    private static LocalDate date(Value v) {
        return v.isNull() ? null : v.asLocalDate();
    }
}
