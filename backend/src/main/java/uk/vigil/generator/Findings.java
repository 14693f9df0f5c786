package uk.vigil.generator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * After a nominal's rows are written, records what is true of them, planted or not: inside an
 * own active exclusion zone, near a victim, a child under 16 at an RSO's home, and the case counts.
 */
final class Findings {
    static final double NEAR_VICTIM_M = 500;

    private Findings() {
    }

    /** The tag positions of the last week (to the as-of date) that the conflict rule reads by default. */
    static final int MONITORING_DAYS = 7;

    static void record(Bundle b) {
        Profile p = b.p;
        Truths truths = b.out.truths;
        truths.nominalRecords++;
        if (p.isDuplicate()) {
            return;
        }
        long[][] counts = switch (p.phase()) {
            case COMMUNITY -> truths.activeInCommunity;
            case CUSTODY -> truths.activeInCustody;
            default -> truths.closed;
        };
        counts[p.category()][p.level()]++;
        if (!p.inCommunity()) {
            return;
        }
        Address home = p.residence().current();
        for (Zone z : b.zones) {
            if (z.activeOn(b.asOf) && z.contains(home.at())) {
                truths.insideOwnExclusionZone.add(new Truths.InsideZone(p.id(), z.id(), z.conditionId(), home.id(),
                        z.protectedVictim().id(), b.plantedZones.contains(z.id())));
            }
        }
        monitored(b, truths);
        for (Victim v : b.victims) {
            if (v.home() != null) {
                double d = home.at().distanceM(v.home().at());
                if (d <= NEAR_VICTIM_M) {
                    boolean planted = p.plants().nearVictim() && p.leader() < 0 && v.id().endsWith("-V1");
                    truths.nearVictim.add(new Truths.NearVictim(p.id(), v.id(), home.id(), v.home().id(), Math.round(d), planted));
                }
            }
        }
        for (String[] child : b.childrenAtHome) {
            LocalDate dob = LocalDate.parse(child[1]);
            truths.childrenAtRsoAddresses.add(new Truths.ChildAtRso(child[0], p.id(), child[2], child[1],
                    ChronoUnit.YEARS.between(dob, b.asOf), List.copyOf(b.childResidenceConditions), Boolean.parseBoolean(child[3])));
        }
    }

    /** Per own zone active on the as-of date: his tag's positions inside it since it came into force, in the last week. */
    private static void monitored(Bundle b, Truths truths) {
        java.time.Instant since = b.asOf.plusDays(1 - MONITORING_DAYS).atStartOfDay(TagTrails.LOCAL).toInstant();
        java.time.Instant until = b.asOf.plusDays(1).atStartOfDay(TagTrails.LOCAL).toInstant();
        for (Zone z : b.zones) {
            if (!z.activeOn(b.asOf)) {
                continue;
            }
            TagTrails.Fix first = null;
            int inside = 0;
            for (TagTrails.Fix f : b.tagFixes) {
                if (f.at().isBefore(since) || !f.at().isBefore(until) || f.at().atZone(TagTrails.LOCAL).toLocalDate().isBefore(z.from())
                        || !z.contains(f.where())) {
                    continue;
                }
                inside++;
                first = first == null || f.at().isBefore(first.at()) ? f : first;
            }
            if (first != null) {
                truths.monitoredInsideZone.add(new Truths.MonitoredInZone(b.p.id(), z.id(), z.conditionId(), first.id(),
                        first.at().toString(), inside, z.id().equals(b.tagZoneVisit)));
            }
        }
    }
}
