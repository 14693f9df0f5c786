package uk.vigil.generator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Draws a nominal's {@link Residence}. Recently released people are often in approved premises or
 * hostels (shared by many: the hubs), later in a private home; prisoners live at the prison.
 */
final class Residences {
    private Residences() {
    }

    static Residence draw(Rng rng, World world, AreaWorld area, String nominalId, int index, Town town,
                          Timeline t, Phase phase) {
        LocalDate asOf = world.asOf;
        Address own = ownHome(rng, world, nominalId, index, town, 1);
        if (phase == Phase.CUSTODY) {
            Address prison = rng.pick(area.prisons);
            Address proposed = rng.chance(0.6) ? rng.pick(area.approvedPremises) : own;
            return new Residence(prison, t.custodyFrom(), false, own, t.custodyFrom().minusYears(rng.between(1, 10)), proposed);
        }
        LocalDate from = t.communityFrom();
        if (t.releaseDate() == null) {
            return new Residence(own, from.minusDays(rng.between(100, 3650)), true, null, null, null);
        }
        long daysOut = ChronoUnit.DAYS.between(t.releaseDate(), phase == Phase.CLOSED ? t.closedDate() : asOf);
        double hub = daysOut <= 120 ? 0.65 : daysOut <= 365 ? 0.3 : 0.05;
        if (phase == Phase.COMMUNITY && rng.chance(hub)) {
            Address shared = rng.chance(0.75) ? rng.pick(area.approvedPremises) : rng.pick(area.hostels);
            return new Residence(shared, from, false, own, from.minusYears(rng.between(1, 8)), null);
        }
        // Released to approved premises first, then moved on to a home of their own.
        if (daysOut > 90 && rng.chance(0.4)) {
            LocalDate moved = from.plusDays(rng.between(56, (int) Math.min(180, daysOut - 1)));
            return new Residence(own, moved, true, rng.pick(area.approvedPremises), from, null);
        }
        return new Residence(own, from, true, null, null, null);
    }

    /** Slot {@code slot} of the nominal's 16 address ordinals; slots 8-15 are for victims and associates. */
    static Address ownHome(Rng rng, World world, String ownerId, int index, Town town, int slot) {
        return Address.residential(ownerId + "-AD" + slot, index * 16L + slot, town, town.somewhere(rng), rng, world.seed);
    }
}
