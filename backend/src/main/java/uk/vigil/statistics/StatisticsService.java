package uk.vigil.statistics;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import uk.vigil.access.AuditSink;
import uk.vigil.access.RecordAccess;
import uk.vigil.access.Viewer;
import uk.vigil.common.AccessDeniedException;
import uk.vigil.common.InvalidRequestException;
import uk.vigil.common.NotFoundException;
import uk.vigil.config.CaseworkRules;
import uk.vigil.database.CypherFiles;
import uk.vigil.database.Graph;

/**
 * Computes the SMB tables from the records as they stood on the dates (level periods, custody
 * periods, events and orders with their dates), counting only what the viewer may see. Each table
 * is one named query; the service assembles cells, totals and the rate per 100,000.
 */
public final class StatisticsService {
    static final List<String> KEYS = List.of("1", "2", "3");
    private final Graph graph;
    private final RecordAccess access;
    private final AuditSink audit;
    private final CaseworkRules rules;

    public StatisticsService(Graph graph, RecordAccess access, AuditSink audit, CaseworkRules rules) {
        this.graph = graph;
        this.access = access;
        this.audit = audit;
        this.rules = rules;
    }

    /** The report for the reporting year that starts on 1 April of {@code year}; audited as a list read. */
    public SmbReport report(Viewer viewer, String area, int year) {
        check(viewer, area, year);
        return access.readList(viewer, "SMB_STATISTICS", Map.of("area", area, "year", Integer.toString(year)),
                () -> compute(viewer, area, year));
    }

    /** The report as CSV; audited as an export. */
    public String csv(Viewer viewer, String area, int year) {
        check(viewer, area, year);
        SmbReport report = compute(viewer, area, year);
        String csv = StatisticsCsv.of(report);
        audit.record(viewer, "EXPORT", List.of(new AuditSink.Touched("AREA", area)), "OK", null,
                Map.of("format", "CSV", "what", "SMB_STATISTICS", "year", Integer.toString(year)));
        return csv;
    }

    private static void check(Viewer viewer, String area, int year) {
        if (year < 2001 || year > 2100) {
            throw new InvalidRequestException("year must be the year a reporting year starts (1 April), 2001 to 2100");
        }
        if (!viewer.areas().contains(area)) {
            throw new AccessDeniedException("You do not work in that area");
        }
    }

    SmbReport compute(Viewer viewer, String area, int year) {
        long started = System.nanoTime();
        LocalDate start = LocalDate.of(year, 4, 1);
        LocalDate end = LocalDate.of(year + 1, 3, 31);
        Map<String, Object> p = RecordAccess.scope(viewer);
        p.put("area", area);
        p.put("start", start);
        p.put("end", end);
        p.put("day", end);
        List<Record> areaRows = graph.read(tx -> tx.run(CypherFiles.query("statistics/area"), p).list());
        if (areaRows.isEmpty()) {
            throw new NotFoundException("No area " + area);
        }
        Map<String, Map<String, Long>> eligible = table(graph.read(tx -> tx.run(CypherFiles.query("statistics/eligible-on-day"), p).list()),
                List.of("1", "2", "3"), "offenders");
        Map<String, Map<String, Long>> overYear = table(graph.read(tx -> tx.run(CypherFiles.query("statistics/levels-over-year"), p).list()),
                List.of("2", "3"), "offenders");

        long rsoBreach = distinctOffenders(events(p, List.of("CAUTION", "CONVICTION"), List.of("NOTIFICATION")), 1, null);
        List<Record> licence = events(p, List.of("RETURN_TO_CUSTODY"), List.of("LICENCE"));
        List<Record> sopo = events(p, List.of("RETURN_TO_CUSTODY"), List.of("SOPO", "SHPO"));
        List<Record> sfo = events(p, List.of("SERIOUS_FURTHER_OFFENCE"), null);

        Map<String, Long> orders = new LinkedHashMap<>();
        for (String k : List.of("SHPO", "SOPO", "SHPO_SOPO_WITH_FOREIGN_TRAVEL_RESTRICTION", "NOTIFICATION_ORDER", "FTO", "SRO")) {
            orders.put(k, 0L);
        }
        for (Record r : graph.read(tx -> tx.run(CypherFiles.query("statistics/orders-imposed"), p).list())) {
            String type = r.get("type").asString();
            long n = r.get("orders").asLong();
            orders.merge(type, n, Long::sum);
            if ((type.equals("SHPO") || type.equals("SOPO")) && r.get("foreignTravelRestriction").asBoolean()) {
                orders.merge("SHPO_SOPO_WITH_FOREIGN_TRAVEL_RESTRICTION", n, Long::sum);
            }
        }
        Map<String, Long> sfoByLevel = new LinkedHashMap<>();
        for (String level : KEYS) {
            sfoByLevel.put(level, distinctOffenders(sfo, null, Integer.valueOf(level)));
        }
        sfoByLevel.put("total", distinctOffenders(sfo, null, null));

        Record areaRow = areaRows.get(0);
        Long population = rules.population10Plus().get(area);
        String source = population != null ? "VIGIL_POPULATION_10PLUS" : "Area.population10Plus";
        if (population == null && !areaRow.get("population10Plus").isNull()) {
            population = areaRow.get("population10Plus").asLong();
        }
        if (population == null) {
            source = "none";
        }
        long rsos = eligible.get("total").get("1");
        Double exact = population == null || population == 0 ? null : rsos * 100_000.0 / population;
        Long rate = exact == null ? null : Math.round(exact);

        List<Map<String, Object>> quality = new java.util.ArrayList<>(graph.read(tx -> tx.run(CypherFiles.query("statistics/data-quality"), p)
                .list(r -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("check", r.get("check").asString());
                    m.put("count", r.get("count").asLong());
                    m.put("examples", r.get("examples").asList(Value::asString));
                    return m;
                })));
        if (population == null) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("check", "NO_POPULATION");
            m.put("count", 1L);
            m.put("examples", List.of(area));
            quality.add(m);
        }
        return new SmbReport(area, areaRow.get("name").asString(area), year + "/" + String.format("%02d", (year + 1) % 100),
                start, end, end, eligible, overYear, rsoBreach, orders, levelTable(licence), levelTable(sopo), sfoByLevel,
                population, source, rate, exact == null ? null : Math.round(exact * 10) / 10.0, quality,
                (System.nanoTime() - started) / 1_000_000);
    }

    private List<Record> events(Map<String, Object> base, List<String> types, List<String> breachOf) {
        Map<String, Object> p = new HashMap<>(base);
        p.put("types", types);
        p.put("breachOf", breachOf);
        return graph.read(tx -> tx.run(CypherFiles.query("statistics/events-in-year"), p).list());
    }

    /** Distinct offenders among the rows, optionally of one category and/or one level. */
    private static long distinctOffenders(List<Record> rows, Integer category, Integer level) {
        Set<String> seen = new HashSet<>();
        for (Record r : rows) {
            if ((category == null || r.get("category").asInt(0) == category) && (level == null || r.get("level").asInt(0) == level)) {
                seen.add(r.get("offender").asString());
            }
        }
        return seen.size();
    }

    /** Levels 2 and 3 by category, distinct offenders per cell and per total. */
    private static Map<String, Map<String, Long>> levelTable(List<Record> rows) {
        Map<String, Map<String, Set<String>>> sets = new LinkedHashMap<>();
        for (String level : List.of("2", "3", "total")) {
            Map<String, Set<String>> row = new LinkedHashMap<>();
            for (String cat : List.of("1", "2", "3", "total")) {
                row.put(cat, new HashSet<>());
            }
            sets.put(level, row);
        }
        for (Record r : rows) {
            String level = Integer.toString(r.get("level").asInt(0));
            String cat = Integer.toString(r.get("category").asInt(0));
            if (!sets.containsKey(level) || level.equals("total") || !KEYS.contains(cat)) {
                continue;
            }
            String who = r.get("offender").asString();
            for (String l : List.of(level, "total")) {
                sets.get(l).get(cat).add(who);
                sets.get(l).get("total").add(who);
            }
        }
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        sets.forEach((level, row) -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            row.forEach((cat, s) -> counts.put(cat, (long) s.size()));
            out.put(level, counts);
        });
        return out;
    }

    /** Category x level from rows (category, level, offenders), with totals; category 3 at level 1 is null ("-"). */
    static Map<String, Map<String, Long>> table(List<Record> rows, List<String> levels, String countField) {
        Map<String, Map<String, Long>> t = new LinkedHashMap<>();
        for (String level : levels) {
            Map<String, Long> row = new LinkedHashMap<>();
            for (String cat : KEYS) {
                row.put(cat, level.equals("1") && cat.equals("3") ? null : 0L);
            }
            row.put("total", 0L);
            t.put(level, row);
        }
        Map<String, Long> total = new LinkedHashMap<>();
        for (String cat : KEYS) {
            total.put(cat, 0L);
        }
        total.put("total", 0L);
        for (Record r : rows) {
            if (r.get("category").isNull() || r.get("level").isNull()) {
                continue; // a level without a category cannot be placed: the data-quality checks report it
            }
            String level = Long.toString(r.get("level").asLong());
            String cat = Long.toString(r.get("category").asLong());
            long n = r.get(countField).asLong();
            Map<String, Long> row = t.get(level);
            if (row == null || !KEYS.contains(cat) || (level.equals("1") && cat.equals("3"))) {
                continue; // impossible cells (category 3 at level 1) are reported by the data-quality checks
            }
            row.merge(cat, n, Long::sum);
            row.merge("total", n, Long::sum);
            total.merge(cat, n, Long::sum);
            total.merge("total", n, Long::sum);
        }
        t.put("total", total);
        return t;
    }
}
