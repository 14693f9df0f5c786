package uk.vigil.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.vigil.Server;
import uk.vigil.auth.AuthClient;
import uk.vigil.config.VigilConfig;
import uk.vigil.testing.TestGraph;
import uk.vigil.testing.TestUsers;

/**
 * Acceptance: a dataset built record by record to match the published Cumbria MAPPA statistics for
 * 2014/15 (docs/fixtures/cumbria-2015-statistics.md) gives exactly those numbers; the data-quality
 * checks flag impossible records; counts include only what the viewer may see.
 */
class StatisticsApiIT {
    private static Server server;
    private static AuthClient analyst;
    private static AuthClient dtc;

    @BeforeAll
    static void start() {
        TestGraph.clear();
        TestGraph.graph().write(tx -> tx.run("""
                CREATE (:Area {id: 'cumbria', name: 'Cumbria', population10Plus: 447000, marking: 'OFFICIAL'})
                CREATE (:Area {id: 'lancashire', name: 'Lancashire', marking: 'OFFICIAL'})
                CREATE (:Area {id: 'testshire', name: 'Testshire', marking: 'OFFICIAL'})
                CREATE (:Agency {id: 'cumbria-police', name: 'Cumbria Constabulary', type: 'POLICE', area: 'cumbria'})
                CREATE (:Agency {id: 'cumbria-childrens-services', name: 'Children', type: 'CHILDRENS_SERVICES', area: 'cumbria'})
                """).consume());
        StatisticsFixture.cumbria2015().write(TestGraph.graph());
        // a restricted RSO the analyst may not see: never counted for them
        StatisticsFixture hidden = new StatisticsFixture("H");
        hidden.offender("cumbria", 1).level(1, LocalDate.of(2010, 1, 1), null);
        hidden.write(TestGraph.graph());
        TestGraph.graph().write(tx -> tx.run("MATCH (n:Nominal) WHERE n.id STARTS WITH 'S-H' SET n.restricted = true").consume());
        // Testshire: records that make the tables impossible
        StatisticsFixture bad = new StatisticsFixture("B");
        bad.offender("testshire", 3).level(1, LocalDate.of(2013, 1, 1), null);
        StatisticsFixture.Case noCategory = bad.offender("testshire", 1).level(2, LocalDate.of(2013, 1, 1), null);
        noCategory.periods.get(0).put("category", null);
        bad.offender("testshire", 1).level(1, LocalDate.of(2013, 1, 1), null).level(2, LocalDate.of(2014, 1, 1), null);
        bad.write(TestGraph.graph());
        TestUsers.create(new TestUsers.Spec("stats-analyst", "cumbria-police", List.of("cumbria", "testshire"), List.of("ANALYST"),
                "SECRET", null));
        TestUsers.create(new TestUsers.Spec("stats-dtc", "cumbria-childrens-services", List.of("cumbria"), List.of("DTC_MEMBER"),
                "OFFICIAL_SENSITIVE", null));
        server = Server.start(TestGraph.graph(), VigilConfig.from(Map.of()).withHttpPort(0));
        analyst = TestUsers.signIn(server.port(), "stats-analyst");
        dtc = TestUsers.signIn(server.port(), "stats-dtc");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static void row(JsonNode table, String level, Long c1, Long c2, Long c3, long total) {
        JsonNode r = table.get(level);
        assertThat(r.get("1").isNull() ? null : r.get("1").asLong()).as("level " + level + " cat 1").isEqualTo(c1);
        assertThat(r.get("2").isNull() ? null : r.get("2").asLong()).as("level " + level + " cat 2").isEqualTo(c2);
        assertThat(r.get("3").isNull() ? null : r.get("3").asLong()).as("level " + level + " cat 3").isEqualTo(c3);
        assertThat(r.get("total").asLong()).as("level " + level + " total").isEqualTo(total);
    }

    @Test
    void cumbria_2014_15_comes_out_exactly_as_published() {
        AuthClient.Response response = analyst.get("/api/statistics?area=cumbria&year=2014");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode r = response.json();
        assertThat(r.get("year").asText()).isEqualTo("2014/15");
        assertThat(r.get("snapshotDate").asText()).isEqualTo("2015-03-31");

        JsonNode eligible = r.get("eligibleOnSnapshot");
        row(eligible, "1", 436L, 169L, null, 605);
        row(eligible, "2", 2L, 0L, 1L, 3);
        row(eligible, "3", 0L, 0L, 0L, 0);
        row(eligible, "total", 438L, 169L, 1L, 608);

        JsonNode year = r.get("levels2And3OverYear");
        row(year, "2", 9L, 7L, 13L, 29);
        row(year, "3", 0L, 1L, 1L, 2);
        row(year, "total", 9L, 8L, 14L, 31);

        assertThat(r.get("rsosCautionedOrConvictedForNotificationBreach").asLong()).isEqualTo(7);
        JsonNode orders = r.get("restrictiveOrders");
        assertThat(orders.get("SOPO").asLong()).isEqualTo(69);
        assertThat(orders.get("SHPO").asLong()).isZero();
        assertThat(orders.get("NOTIFICATION_ORDER").asLong()).isZero();
        assertThat(orders.get("FTO").asLong()).isZero();

        JsonNode licence = r.get("returnedToCustodyBreachOfLicence");
        row(licence, "2", 2L, 0L, 0L, 2);
        row(licence, "3", 0L, 0L, 0L, 0);
        JsonNode sopo = r.get("returnedToCustodyBreachOfSopoShpo");
        row(sopo, "2", 8L, 0L, 0L, 8);
        row(sopo, "3", 0L, 0L, 0L, 0);
        assertThat(r.get("seriousFurtherOffencesCharged").get("total").asLong()).isZero();

        assertThat(r.get("population10Plus").asLong()).isEqualTo(447_000);
        assertThat(r.get("rsosPer100k").asLong()).isEqualTo(98);
        assertThat(r.get("dataQuality")).isEmpty();
    }

    @Test
    void the_csv_has_every_figure_and_a_dash_where_a_cell_cannot_exist() {
        AuthClient.Response csv = analyst.get("/api/statistics.csv?area=cumbria&year=2014");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("table,row,column,value\r\n")
                .contains("eligible_on_31_march,level 1,category 1,436\r\n")
                .contains("eligible_on_31_march,level 1,category 3,-\r\n")
                .contains("eligible_on_31_march,total,total,608\r\n")
                .contains("levels_2_and_3_during_year,total,total,31\r\n")
                .contains("rsos_cautioned_or_convicted_breach_of_notification,total,total,7\r\n")
                .contains("restrictive_orders_imposed,sopo,total,69\r\n")
                .contains("returned_to_custody_breach_of_sopo_shpo,level 2,category 1,8\r\n")
                .contains("rsos_per_100000,total,rate,98\r\n");
        assertThat(TestGraph.count("MATCH (r:AuditRecord {event: 'EXPORT', user: 'stats-analyst'}) RETURN count(r)", Map.of()))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void data_quality_checks_flag_records_that_make_a_table_impossible() {
        JsonNode r = analyst.get("/api/statistics?area=testshire&year=2014").json();
        String checks = r.get("dataQuality").toString();
        assertThat(checks).contains("CATEGORY_3_AT_LEVEL_1").contains("LEVEL_WITHOUT_CATEGORY")
                .contains("OVERLAPPING_LEVEL_PERIODS").contains("NO_POPULATION");
        assertThat(r.get("eligibleOnSnapshot").get("1").get("3").isNull()).isTrue();
        assertThat(r.get("rsosPer100k").isNull()).isTrue();
    }

    @Test
    void bad_requests_other_areas_and_partners_are_refused() {
        assertThat(analyst.get("/api/statistics?area=cumbria&year=twenty").status()).isEqualTo(400);
        assertThat(analyst.get("/api/statistics?area=cumbria").status()).isEqualTo(400);
        assertThat(analyst.get("/api/statistics?area=cumbria&year=1066").status()).isEqualTo(400);
        assertThat(analyst.get("/api/statistics?year=2014").status()).isEqualTo(400);
        assertThat(analyst.get("/api/statistics?area=lancashire&year=2014").status()).isEqualTo(403);
        assertThat(dtc.get("/api/statistics?area=cumbria&year=2014").status()).isEqualTo(403);
    }
}
