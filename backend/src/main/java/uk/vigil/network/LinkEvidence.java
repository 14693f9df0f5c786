package uk.vigil.network;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * How telling one shared thing is as evidence that two people are linked (docs/network.md, "Link
 * evidence"). A score in [0, 1] is the product of:
 * <ul>
 *   <li><b>kind</b>: a phone 1.0, an account or a home 0.9, an offence (co-accused) 0.9, a vehicle
 *       0.8, an intelligence report naming both 0.6;</li>
 *   <li><b>rarity</b>: 2 / (people sharing it): 1.0 for two, 0.5 for four, 0.1 for twenty;</li>
 *   <li><b>place</b> (addresses, by {@code Address.kind}): private 1.0, other 0.5, business 0.4,
 *       school 0.2, hostel and approved premises 0.15, prison and hospital 0.1;</li>
 *   <li><b>overlap</b>: 1.0 when the two held it at the same time, 0.5 when one after the other;</li>
 *   <li><b>recency</b>: 1.0 when the overlap (or the later of the two) is current or ended within a
 *       year, then e^(-years/5), never below 0.3;</li>
 *   <li><b>grading</b> (intelligence): source A-E 1.0/0.85/0.7/0.5/0.3 times intelligence 1-5 the
 *       same.</li>
 * </ul>
 * Several pieces of evidence for one pair combine as 1 - product(1 - score): each adds, none can
 * push the total past 1. STRONG is 0.6 and above, MODERATE 0.3 and above, else WEAK.
 */
public final class LinkEvidence {
    static final Map<String, Double> KIND = Map.of("USES_DEVICE", 1.0, "USES_ACCOUNT", 0.9, "LIVES_AT", 0.9,
            "CONVICTED_OF", 0.9, "USES_VEHICLE", 0.8, "MENTIONS", 0.6);
    static final Map<String, Double> PLACE = Map.of("PRIVATE", 1.0, "OTHER", 0.5, "BUSINESS", 0.4, "SCHOOL", 0.2,
            "HOSTEL", 0.15, "APPROVED_PREMISES", 0.15, "PRISON", 0.1, "HOSPITAL", 0.1);
    static final List<Double> GRADE = List.of(1.0, 0.85, 0.7, 0.5, 0.3);

    private LinkEvidence() {
    }

    /** The factors and their product, kept so the analyst can see why. */
    public record Score(double score, double kind, double rarity, double place, double overlap, double recency,
                        double grading) {
    }

    /**
     * @param via         what is shared (a relationship type, or CONVICTED_OF / MENTIONS)
     * @param addressKind {@code Address.kind} when an address is shared, else null
     * @param degree      how many visible people share it (at least 2)
     * @param sourceEval  intelligence source evaluation A-E (null when not intelligence)
     * @param intelEval   intelligence evaluation 1-5 (null when not intelligence)
     */
    public static Score score(String via, String addressKind, long degree, LocalDate since1, LocalDate until1,
                              LocalDate since2, LocalDate until2, String sourceEval, String intelEval, LocalDate today) {
        double kind = KIND.getOrDefault(via, 0.5);
        double rarity = Math.min(1.0, 2.0 / Math.max(2, degree));
        double place = addressKind == null ? 1.0 : PLACE.getOrDefault(addressKind, 0.5);
        boolean overlaps = overlaps(since1, until1, since2, until2);
        double overlap = overlaps ? 1.0 : 0.5;
        LocalDate end = overlaps ? earlier(until1, until2) : until1 == null || until2 == null ? null : later(until1, until2);
        double recency = recency(end, today);
        double grading = "MENTIONS".equals(via) ? grade(sourceEval, "ABCDE") * grade(intelEval, "12345") : 1.0;
        double score = kind * rarity * place * overlap * recency * grading;
        return new Score(round(score), kind, round(rarity), place, overlap, round(recency), round(grading));
    }

    /** Combines pieces of evidence for one pair: 1 - product(1 - s). */
    public static double combine(List<Double> scores) {
        double none = 1.0;
        for (double s : scores) {
            none *= 1.0 - Math.max(0, Math.min(1, s));
        }
        return round(1.0 - none);
    }

    public static String strength(double combined) {
        return combined >= 0.6 ? "STRONG" : combined >= 0.3 ? "MODERATE" : "WEAK";
    }

    static boolean overlaps(LocalDate s1, LocalDate u1, LocalDate s2, LocalDate u2) {
        LocalDate start = later(s1, s2);
        LocalDate end = earlier(u1, u2);
        return start == null || end == null || !start.isAfter(end);
    }

    static double recency(LocalDate end, LocalDate today) {
        if (end == null || !end.isBefore(today.minusYears(1))) {
            return 1.0;
        }
        double years = ChronoUnit.DAYS.between(end, today) / 365.25;
        return Math.max(0.3, Math.exp(-years / 5.0));
    }

    private static double grade(String value, String scale) {
        if (value == null || value.length() != 1 || scale.indexOf(value.charAt(0)) < 0) {
            return GRADE.get(2);
        }
        return GRADE.get(scale.indexOf(value.charAt(0)));
    }

    /** The later of two starts (null = no known start). */
    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    /** The earlier of two ends (null = still holds). */
    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
