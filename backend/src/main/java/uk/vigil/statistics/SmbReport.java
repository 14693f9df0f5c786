package uk.vigil.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The SMB tables of one area and reporting year. Tables are {@code {rowKey: {columnKey: count}}}
 * with rows {@code "1".."3", "total"} (levels) and columns {@code "1".."3", "total"} (categories);
 * a cell that cannot exist (category 3 at level 1) is null, shown as "-".
 */
public record SmbReport(String area, String areaName, String year, LocalDate from, LocalDate to, LocalDate snapshotDate,
                        Map<String, Map<String, Long>> eligibleOnSnapshot,
                        Map<String, Map<String, Long>> levels2And3OverYear,
                        long rsosCautionedOrConvictedForNotificationBreach,
                        Map<String, Long> restrictiveOrders,
                        Map<String, Map<String, Long>> returnedToCustodyBreachOfLicence,
                        Map<String, Map<String, Long>> returnedToCustodyBreachOfSopoShpo,
                        Map<String, Long> seriousFurtherOffencesCharged,
                        Long population10Plus, String populationSource, Long rsosPer100k, Double rsosPer100kExact,
                        List<Map<String, Object>> dataQuality, long computeMillis) {
}
