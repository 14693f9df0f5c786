package uk.vigil.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.vigil.database.Graph;

/**
 * Builds a dataset by counts, not shares: one {@link Case} per offender with its level periods,
 * custody periods, events and orders, written in one UNWIND. {@link #cumbria2015} reproduces the
 * published Cumbria MAPPA statistics for 2014/15 (docs/fixtures/cumbria-2015-statistics.md), with
 * records around them that must not count (outside the year, in custody, closed, other areas).
 */
final class StatisticsFixture {
    static final LocalDate START = LocalDate.of(2014, 4, 1);
    static final LocalDate END = LocalDate.of(2015, 3, 31);
    private final List<Case> cases = new ArrayList<>();
    private final String prefix;
    private int serial;

    StatisticsFixture(String prefix) {
        this.prefix = prefix;
    }

    /** One offender and their MAPPA case. */
    final class Case {
        final Map<String, Object> row = new HashMap<>();
        final List<Map<String, Object>> periods = new ArrayList<>();
        final List<Map<String, Object>> custody = new ArrayList<>();
        final List<Map<String, Object>> events = new ArrayList<>();
        final List<Map<String, Object>> orders = new ArrayList<>();
        private final String id;

        Case(String area, int category, String prefix) {
            id = prefix + String.format("%04d", ++serial);
            row.put("pid", "S-" + id);
            row.put("caseId", "S-" + id + "-MC");
            row.put("area", area);
            row.put("category", category);
            row.put("status", "ACTIVE");
            row.put("referral", LocalDate.of(2010, 1, 1));
            row.put("surname", prefix + serial);
            row.put("periods", periods);
            row.put("custody", custody);
            row.put("events", events);
            row.put("orders", orders);
            cases.add(this);
        }

        Case level(int level, LocalDate from, LocalDate to) {
            Map<String, Object> p = new HashMap<>();
            p.put("id", id + "-L" + periods.size());
            p.put("category", row.get("category"));
            p.put("level", level);
            p.put("from", from);
            p.put("to", to);
            periods.add(p);
            row.put("level", level);
            return this;
        }

        Case referred(LocalDate on) {
            row.put("referral", on);
            return this;
        }

        Case closed(LocalDate on) {
            row.put("status", "CLOSED");
            row.put("closed", on);
            return this;
        }

        Case custody(String type, LocalDate from, LocalDate to) {
            Map<String, Object> c = new HashMap<>();
            c.put("id", id + "-CP" + custody.size());
            c.put("type", type);
            c.put("from", from);
            c.put("to", to);
            custody.add(c);
            return this;
        }

        Case event(String type, LocalDate on, String breachOf) {
            Map<String, Object> e = new HashMap<>();
            e.put("id", id + "-E" + events.size());
            e.put("type", type);
            e.put("date", on);
            e.put("breachOf", breachOf);
            events.add(e);
            return this;
        }

        /** Returned to custody for a breach on that day, in custody from then until {@code until} (null: still). */
        Case returned(String breachOf, LocalDate on, LocalDate until) {
            event("RETURN_TO_CUSTODY", on, breachOf);
            return custody("RECALL", on, until);
        }

        Case order(String type, LocalDate from, boolean foreignTravelRestriction) {
            Map<String, Object> o = new HashMap<>();
            o.put("id", id + "-OR" + orders.size());
            o.put("type", type);
            o.put("from", from);
            o.put("ftr", foreignTravelRestriction);
            orders.add(o);
            return this;
        }
    }

    Case offender(String area, int category) {
        return new Case(area, category, prefix);
    }

    /** The published Cumbria 2014/15 figures, built from individual records. */
    static StatisticsFixture cumbria2015() {
        StatisticsFixture f = new StatisticsFixture("C");
        LocalDate longAgo = LocalDate.of(2010, 1, 1);
        // 31 March 2015, in the community: level 1 = 436 category 1 + 169 category 2
        List<Case> level1Rsos = new ArrayList<>();
        for (int i = 0; i < 436; i++) {
            level1Rsos.add(f.offender("cumbria", 1).level(1, longAgo, null));
        }
        for (int i = 0; i < 169; i++) {
            f.offender("cumbria", 2).level(1, longAgo, null);
        }
        // level 2 on 31 March: two RSOs (one back from a recall for breaching his SOPO) and one category 3
        f.offender("cumbria", 1).level(2, LocalDate.of(2013, 6, 1), null);
        f.offender("cumbria", 1).level(2, LocalDate.of(2013, 6, 1), null)
                .returned("SOPO", LocalDate.of(2014, 5, 10), LocalDate.of(2014, 9, 30));
        f.offender("cumbria", 3).level(2, LocalDate.of(2014, 1, 1), null);
        // seven more level 2 RSOs during the year, all back in custody for breaching their SOPO on 31 March;
        // two of them had been recalled for breaching their licence earlier in the year
        for (int i = 0; i < 7; i++) {
            Case c = f.offender("cumbria", 1).level(2, LocalDate.of(2014, 2, 1), null);
            if (i >= 5) {
                c.returned("LICENCE", LocalDate.of(2014, 6, 1 + i), LocalDate.of(2014, 8, 1));
            }
            c.returned("SOPO", LocalDate.of(2014, 10, 1 + i), null);
        }
        // category 2: seven at level 2 and one at level 3 during the year, all closed before 31 March
        for (int i = 0; i < 7; i++) {
            f.offender("cumbria", 2).level(2, LocalDate.of(2014, 5, 1), LocalDate.of(2014, 12, 31)).closed(LocalDate.of(2015, 1, 1));
        }
        f.offender("cumbria", 2).level(3, LocalDate.of(2014, 4, 15), LocalDate.of(2014, 10, 31)).closed(LocalDate.of(2014, 11, 1));
        // category 3: twelve more at level 2 (13 with the one above) and one at level 3, closed during the year
        for (int i = 0; i < 12; i++) {
            f.offender("cumbria", 3).level(2, LocalDate.of(2014, 4, 1), LocalDate.of(2014, 9, 30)).closed(LocalDate.of(2014, 10, 1));
        }
        f.offender("cumbria", 3).level(3, LocalDate.of(2014, 7, 1), LocalDate.of(2014, 12, 31)).closed(LocalDate.of(2015, 1, 1));
        // seven RSOs cautioned or convicted for breaching notification (one both: counted once)
        for (int i = 0; i < 7; i++) {
            level1Rsos.get(i).event(i == 0 ? "CAUTION" : "CONVICTION", LocalDate.of(2014, 4 + i, 3), "NOTIFICATION");
        }
        level1Rsos.get(0).event("CONVICTION", LocalDate.of(2015, 2, 3), "NOTIFICATION");
        // 69 SOPOs imposed on RSOs during the year
        for (int i = 0; i < 69; i++) {
            level1Rsos.get(10 + i).order("SOPO", START.plusDays(i * 5L), i % 10 == 0);
        }

        // --- records that must not count ---
        level1Rsos.get(7).event("CHARGE", LocalDate.of(2014, 6, 1), "NOTIFICATION");        // charged, not cautioned or convicted
        level1Rsos.get(8).event("CONVICTION", LocalDate.of(2014, 3, 31), "NOTIFICATION");   // the year before
        level1Rsos.get(9).event("CONVICTION", LocalDate.of(2015, 4, 1), "NOTIFICATION");    // the year after
        level1Rsos.get(100).order("SOPO", LocalDate.of(2014, 3, 31), false);                  // the year before
        level1Rsos.get(101).order("SHPO", LocalDate.of(2015, 4, 1), true);                    // the year after
        level1Rsos.get(102).order("LICENCE", LocalDate.of(2014, 6, 1), false);                // not a restrictive order
        f.offender("cumbria", 2).level(1, longAgo, LocalDate.of(2014, 6, 30)).closed(LocalDate.of(2014, 7, 1))
                .order("SOPO", LocalDate.of(2014, 5, 1), false)                                // not an RSO
                .event("CAUTION", LocalDate.of(2014, 5, 2), "NOTIFICATION");                   // not an RSO
        f.offender("cumbria", 1).level(1, longAgo, null).custody("SENTENCE", LocalDate.of(2015, 1, 10), null); // in custody on 31 March
        f.offender("cumbria", 1).level(1, longAgo, LocalDate.of(2014, 12, 1)).closed(LocalDate.of(2014, 12, 1)); // closed
        f.offender("cumbria", 1).referred(LocalDate.of(2015, 4, 10)).level(1, LocalDate.of(2015, 4, 10), null); // referred later
        f.offender("cumbria", 1).level(1, longAgo, LocalDate.of(2015, 2, 1)).closed(LocalDate.of(2015, 2, 1))
                .returned("LICENCE", LocalDate.of(2014, 11, 5), null);                         // level 1 recall: not in the table
        f.offender("cumbria", 2).level(2, LocalDate.of(2012, 1, 1), LocalDate.of(2014, 3, 31)).closed(LocalDate.of(2014, 3, 31)); // level 2 the year before
        f.offender("lancashire", 1).level(2, longAgo, null)
                .returned("SOPO", LocalDate.of(2014, 8, 1), null).order("SOPO", LocalDate.of(2014, 9, 1), false); // another area
        for (int i = 0; i < 5; i++) {
            f.offender("lancashire", 1).level(1, longAgo, null);
        }
        return f;
    }

    void write(Graph graph) {
        List<Map<String, Object>> rows = cases.stream().map(c -> c.row).toList();
        graph.write(tx -> tx.run("""
                UNWIND $cases AS c
                CREATE (n:Person:Nominal {id: c.pid, forename: 'Test', surname: c.surname, area: c.area, marking: 'OFFICIAL_SENSITIVE'})
                CREATE (n)-[:HAS_CASE]->(mc:MappaCase {id: c.caseId, category: c.category, level: c.level, status: c.status,
                        area: c.area, referralDate: c.referral, closedDate: c.closed, marking: 'OFFICIAL_SENSITIVE'})
                FOREACH (p IN c.periods | CREATE (mc)-[:HAD_LEVEL]->(:LevelPeriod {id: p.id, category: p.category, level: p.level,
                        from: p.from, to: p.to, marking: 'OFFICIAL_SENSITIVE'}))
                FOREACH (cp IN c.custody | CREATE (n)-[:HAD_CUSTODY]->(:CustodyPeriod {id: cp.id, type: cp.type, from: cp.from,
                        to: cp.to, marking: 'OFFICIAL_SENSITIVE'}))
                FOREACH (e IN c.events | CREATE (n)-[:HAD_EVENT]->(:Event {id: e.id, type: e.type, date: e.date,
                        breachOf: e.breachOf, marking: 'OFFICIAL_SENSITIVE'}))
                FOREACH (o IN c.orders | CREATE (n)-[:SUBJECT_OF]->(:Order {id: o.id, type: o.type, from: o.from,
                        foreignTravelRestriction: o.ftr, marking: 'OFFICIAL_SENSITIVE'}))
                """, Map.of("cases", rows)).consume());
    }
}
