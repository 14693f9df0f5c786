package uk.vigil.statistics;

import java.util.Map;

/**
 * The report as CSV, one figure per line: {@code table,row,column,value}. A cell that cannot exist
 * is "-". Every value is a number or "-" and every label is ours, so nothing needs quoting and no
 * cell can start a spreadsheet formula.
 */
final class StatisticsCsv {
    private StatisticsCsv() {
    }

    static String of(SmbReport r) {
        StringBuilder out = new StringBuilder("table,row,column,value\r\n");
        line(out, "report", "area", "id", r.area().replaceAll("[^a-z0-9-]", ""));
        line(out, "report", "year", "from", r.from().toString());
        line(out, "report", "year", "to", r.to().toString());
        table(out, "eligible_on_31_march", r.eligibleOnSnapshot());
        table(out, "levels_2_and_3_during_year", r.levels2And3OverYear());
        line(out, "rsos_cautioned_or_convicted_breach_of_notification", "total", "total",
                Long.toString(r.rsosCautionedOrConvictedForNotificationBreach()));
        r.restrictiveOrders().forEach((type, n) -> line(out, "restrictive_orders_imposed", type.toLowerCase(), "total", n.toString()));
        table(out, "returned_to_custody_breach_of_licence", r.returnedToCustodyBreachOfLicence());
        table(out, "returned_to_custody_breach_of_sopo_shpo", r.returnedToCustodyBreachOfSopoShpo());
        r.seriousFurtherOffencesCharged().forEach((level, n) -> line(out, "serious_further_offences_charged",
                level.equals("total") ? "total" : "level " + level, "total", n.toString()));
        line(out, "rsos_per_100000", "total", "population_10_plus", r.population10Plus() == null ? "-" : r.population10Plus().toString());
        line(out, "rsos_per_100000", "total", "rate", r.rsosPer100k() == null ? "-" : r.rsosPer100k().toString());
        for (Map<String, Object> q : r.dataQuality()) {
            line(out, "data_quality", ((String) q.get("check")).toLowerCase(), "count", q.get("count").toString());
        }
        return out.toString();
    }

    private static void table(StringBuilder out, String name, Map<String, Map<String, Long>> t) {
        t.forEach((level, row) -> row.forEach((cat, n) -> line(out, name, level.equals("total") ? "total" : "level " + level,
                cat.equals("total") ? "total" : "category " + cat, n == null ? "-" : n.toString())));
    }

    private static void line(StringBuilder out, String table, String row, String column, String value) {
        out.append(table).append(',').append(row).append(',').append(column).append(',').append(value).append("\r\n");
    }
}
