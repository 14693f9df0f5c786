package uk.vigil.briefing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import uk.vigil.access.AuditSink;
import uk.vigil.access.Marking;
import uk.vigil.access.RecordAccess;
import uk.vigil.access.Viewer;
import uk.vigil.agenda.AgendaService;
import uk.vigil.audit.AuditKey;
import uk.vigil.audit.AuditTrail;
import uk.vigil.audit.AuditTrailSink;
import uk.vigil.config.CaseworkRules;
import uk.vigil.database.CypherFiles;
import uk.vigil.database.BenchmarkDatabase;
import uk.vigil.database.Graph;
import uk.vigil.database.Migrations;
import uk.vigil.statistics.StatisticsBench;

/**
 * The chair's work at scale, on a copy of an imported 100k-nominal database, against naive versions
 * in the same run (docs/meetings.md, "Speed"):
 * <ol>
 *   <li>a level 2 meeting of 30 cases (made for the run, chaired by a generated chair): the agenda
 *       ({@link AgendaService}) plus every pack ({@link BriefingService#meetingPack}) plus the PDF,
 *       through the real audit trail; the naive agenda reads every active case of the area with every
 *       trigger instead of finding level 1 triggers from the event side;</li>
 *   <li>the SMB statistics of the area, against a naive count that reads every case with its
 *       periods, custody, events and orders into Java.</li>
 * </ol>
 * <pre>
 * cp -r /tmp/bench-search-db100k /tmp/chair-db100k
 * mvn -B -q -f backend/pom.xml -Dvigil.buildDir=/tmp/chair-target test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/chair-cp.txt
 * java -Xmx3g -Dvigil.buildDir=/tmp/chair-target -cp /tmp/chair-target/test-classes:/tmp/chair-target/classes:$(cat /tmp/chair-cp.txt) \
 *     uk.vigil.briefing.ChairBenchmark /tmp/chair-db100k
 * </pre>
 * ({@code @Tag("benchmark")} keeps it out of {@code mvn test}, whose excluded groups are fixed in the pom.)
 */
@Tag("benchmark")
class ChairBenchmark {
    private static final int RUNS = Integer.getInteger("vigil.benchmark.runs", 5);

    @Test
    @EnabledIfSystemProperty(named = "vigil.benchmark.chairDb", matches = ".+")
    void agenda_packs_and_statistics_against_naive_versions() throws Exception {
        main(new String[] {System.getProperty("vigil.benchmark.chairDb")});
    }

    /** {@code java -cp <test classpath> uk.vigil.briefing.ChairBenchmark /tmp/chair-db100k} (the pom excludes the tag from mvn test). */
    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        BenchmarkDatabase dbms = BenchmarkDatabase.start(home, "2g");
        StringBuilder md = new StringBuilder("# Chair benchmark\n\n");
        try (Graph graph = dbms.graph()) {
            Migrations.apply(graph);
            graph.write(tx -> tx.run("CALL db.awaitIndexes(600)").consume());
            long nominals = graph.read(tx -> tx.run("MATCH (n:Nominal) RETURN count(n)").single().get(0).asLong());
            Record setup = graph.read(tx -> tx.run("""
                    MATCH (m:Meeting {level: 2})-[:CHAIRED_BY]->(ch:Officer)
                    WITH m.area AS area, ch ORDER BY m.date DESC LIMIT 1
                    RETURN area, ch.id AS chairId""").single());
            String area = setup.get("area").asString();
            String chairId = setup.get("chairId").asString();
            String meetingId = "BENCH-" + area + "-L2";
            LocalDate day = graph.read(tx -> tx.run("MATCH (m:Meeting {area: $a}) RETURN date(max(m.date)) AS d", Map.of("a", area))
                    .single().get(0).asLocalDate());
            graph.write(tx -> tx.run("""
                    MATCH (ch:Officer {id: $chairId}) MATCH (a:Area {id: $area})
                    MERGE (m:Meeting {id: $id})
                    SET m.area = $area, m.level = 2, m.date = datetime({date: $day, hour: 9, minute: 30, timezone: 'Z'}),
                        m.status = 'PLANNED', m.marking = 'OFFICIAL_SENSITIVE'
                    MERGE (m)-[:CHAIRED_BY]->(ch)
                    WITH m
                    OPTIONAL MATCH (m)-[d:DISCUSSES]->() DELETE d
                    WITH DISTINCT m
                    MATCH (mc:MappaCase {area: $area, status: 'ACTIVE', level: 2})
                    WITH m, mc ORDER BY mc.id LIMIT 30
                    WITH m, collect(mc) AS cases
                    UNWIND range(0, size(cases) - 1) AS i
                    WITH m, cases[i] AS mc, i
                    CREATE (m)-[:DISCUSSES {agendaOrder: i + 1}]->(mc)""",
                    Map.of("chairId", chairId, "area", area, "id", meetingId, "day", day)).consume());
            Viewer chair = new Viewer("bench.chair", area + "-probation", "PROBATION", Set.of(area), Set.of("MAPPA_CHAIR"),
                    Marking.SECRET, chairId, "bench", "127.0.0.1");
            AuditSink audit = new AuditTrailSink(new AuditTrail(graph, AuditKey.of(new byte[32]), Clock.systemUTC()));
            RecordAccess access = new RecordAccess(graph, audit);
            CaseworkRules rules = CaseworkRules.defaults();
            AgendaService agendas = new AgendaService(graph, rules);
            BriefingService briefing = new BriefingService(graph, access, audit, rules, Clock.systemUTC());

            line(md, "- database: %s, %,d nominals; area %s; meeting %s on %s with 30 level 2 cases; %d runs after one warm-up; %s",
                    home, nominals, area, meetingId, day, RUNS, java.time.Instant.now());
            line(md, "- machine: %d processors, load average %s", Runtime.getRuntime().availableProcessors(),
                    Files.readString(Path.of("/proc/loadavg")).strip());
            md.append("\n| what | p50 ms | p95 ms | max ms | result |\n|---|---|---|---|---|\n");

            if (Boolean.getBoolean("vigil.benchmark.profile")) {
                Map<String, Object> p = agendaParams(chair, meetingId, rules);
                for (String q : List.of("agenda/level1-triggers", "agenda/candidates")) {
                    org.neo4j.driver.summary.ResultSummary summary = graph.read(tx -> {
                        org.neo4j.driver.Result result = tx.run("PROFILE " + CypherFiles.query(q), p);
                        List<Record> rows = result.list();
                        if (q.endsWith("level1-triggers")) {
                            p.put("level1Cases", rows.isEmpty() ? List.of() : rows.get(0).get("proposed").asList(org.neo4j.driver.Value::asString));
                        }
                        return result.consume();
                    });
                    System.out.println(q);
                    printPlan(summary.profile(), 0);
                }
            }
            int[] items = new int[1];
            int[] omittedLevel1 = new int[1];
            long[] agenda = time(() -> {
                uk.vigil.agenda.Agenda a = agendas.agenda(chair, meetingId, 2);
                items[0] = a.items().size();
                omittedLevel1[0] = a.level1Omitted() == null ? 0 : ((Number) a.level1Omitted().get("count")).intValue();
                return items[0];
            });
            row(md, "agenda (ours)", agenda, items[0] + " items, " + omittedLevel1[0] + " level 1 omitted");
            String naiveAgenda = naiveAgenda();
            long[] naive = time(() -> graph.read(tx -> tx.run(naiveAgenda, agendaParams(chair, meetingId, rules)).list()).size());
            row(md, "agenda (naive: every active case, every trigger)", naive, "-");
            int[] packs = new int[1];
            long[] pack = time(() -> {
                packs[0] = briefing.meetingPack(chair, meetingId, null).cases().size();
                return packs[0];
            });
            row(md, "30 packs, JSON (ours: one check, one audit transaction, one pack query)", pack, packs[0] + " packs");
            List<String> agendaCases = graph.read(tx -> tx.run("MATCH (:Meeting {id: $id})-[d:DISCUSSES]->(mc) RETURN mc.id ORDER BY d.agendaOrder",
                    Map.of("id", meetingId)).list(r -> r.get(0).asString()));
            long[] oneByOne = time(() -> {
                int n = 0;
                for (String caseId : agendaCases) {
                    n += briefing.casePack(chair, meetingId, caseId, null) == null ? 0 : 1;
                }
                return n;
            });
            row(md, "30 packs one by one (a check, an audit commit and a pack query per case)", oneByOne, agendaCases.size() + " packs");
            // the batched packs must be exactly what each case's pack alone gives (not timed)
            List<CasePack> together = briefing.meetingPack(chair, meetingId, null).cases();
            int same = 0;
            for (CasePack c : together) {
                same += c.equals(briefing.casePack(chair, meetingId, (String) c.mappaCase().get("id"), null)) ? 1 : 0;
            }
            line(md, "| (check) the %d packs read together equal each read alone | | | | %d of %d equal |",
                    together.size(), same, together.size());
            int[] bytes = new int[1];
            long[] whole = time(() -> {
                agendas.build(chair, meetingId, 2);
                bytes[0] = briefing.meetingPdf(chair, meetingId, null).length;
                return bytes[0];
            });
            row(md, "agenda + 30 packs + PDF (goal <= 5 s)", whole, String.format(Locale.ROOT, "%,d bytes", bytes[0]));

            long[] stats = time(() -> StatisticsBench.ours(graph, chair, area, day.getYear() - (day.getMonthValue() < 4 ? 1 : 0) - 1));
            row(md, "SMB statistics (ours, goal <= 10 s)", stats, StatisticsBench.summary(graph, chair, area,
                    day.getYear() - (day.getMonthValue() < 4 ? 1 : 0) - 1));
            long[] statsNaive = time(() -> StatisticsBench.naive(graph, area, day.getYear() - (day.getMonthValue() < 4 ? 1 : 0) - 1));
            row(md, "SMB statistics (naive: every case into Java)", statsNaive, "-");
            line(md, "\nRatios (naive p50 / ours p50): agenda %.1fx, packs %.1fx, statistics %.1fx",
                    (double) naive[RUNS / 2] / Math.max(1, agenda[RUNS / 2]), (double) oneByOne[RUNS / 2] / Math.max(1, pack[RUNS / 2]),
                    (double) statsNaive[RUNS / 2] / Math.max(1, stats[RUNS / 2]));
            line(md, "- load average at the end: %s", Files.readString(Path.of("/proc/loadavg")).strip());
            graph.write(tx -> tx.run("MATCH (m:Meeting {id: $id}) DETACH DELETE m", Map.of("id", meetingId)).consume());
        } finally {
            dbms.shutdown();
        }
        System.out.println(md);
        Path out = Path.of(System.getProperty("vigil.buildDir", "target"), "chair-benchmark.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
    }

    private static void printPlan(org.neo4j.driver.summary.ProfiledPlan plan, int depth) {
        System.out.println("  ".repeat(depth) + plan.operatorType() + " rows=" + plan.records() + " dbHits=" + plan.dbHits()
                + " " + String.valueOf(plan.arguments().get("Details")).replaceAll("\\s+", " ").substring(0,
                Math.min(160, String.valueOf(plan.arguments().get("Details")).replaceAll("\\s+", " ").length())));
        plan.children().forEach(c -> printPlan(c, depth + 1));
    }

    private static Map<String, Object> agendaParams(Viewer viewer, String meetingId, CaseworkRules rules) {
        Map<String, Object> p = RecordAccess.scope(viewer);
        p.put("meetingId", meetingId);
        p.put("cadence", rules.cadenceParameter());
        p.put("lookaheadDays", rules.lookaheadDays());
        p.put("level1Reviews", rules.level1Reviews());
        p.put("level1Events", rules.level1Events());
        p.put("breachTypes", uk.vigil.agenda.AgendaRules.BREACH_TYPES);
        p.put("significantTypes", uk.vigil.agenda.AgendaRules.SIGNIFICANT_TYPES);
        return p;
    }

    /** Our candidates query with the candidate step replaced by "every active case of the area at the level or level 1". */
    private static String naiveAgenda() {
        String q = CypherFiles.query("agenda/candidates");
        int from = q.indexOf("CALL (m, horizon) {");
        int to = q.indexOf("WITH DISTINCT m, day, horizon, previousMeeting, mc");
        return q.substring(0, from)
                + "MATCH (mc:MappaCase {area: m.area, status: 'ACTIVE'}) WHERE mc.level = m.level OR (m.level = 2 AND mc.level = 1)\n"
                + q.substring(to);
    }

    private static long[] time(Supplier<Object> work) {
        work.get();
        long[] ms = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static void row(StringBuilder md, String what, long[] ms, String result) {
        long p95 = ms[Math.min(ms.length - 1, (int) Math.ceil(ms.length * 0.95) - 1)];
        line(md, "| %s | %d | %d | %d | %s |", what, ms[ms.length / 2], p95, ms[ms.length - 1], result);
    }

    private static void line(StringBuilder md, String format, Object... args) {
        md.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
