package uk.vigil.generator;

import java.time.LocalDate;

/**
 * Who nominal {@code index} is: identity, case, timeline and home. A pure function of the seed and
 * the block plan, so another nominal's bundle can recompute it (a co-offender needs the leader's
 * offence; a hidden co-resident needs the owner's home).
 *
 * @param original the nominal this record duplicates, or -1
 * @param leader   the nominal whose index offence this one was convicted of too, or -1
 */
record Profile(int index, String id, AreaWorld area, int original, int leader,
               int category, int level, Phase phase, String sex, NameGroup group, Names.Name name, LocalDate dob,
               Timeline timeline, Town homeTown, Residence residence, boolean hasPhone, boolean hasVehicle, Plants plants) {

    boolean isDuplicate() {
        return original >= 0;
    }

    boolean inCommunity() {
        return phase == Phase.COMMUNITY;
    }

    boolean active() {
        return phase == Phase.COMMUNITY || phase == Phase.CUSTODY;
    }

    /** Lives in a private home of their own in the community: the only place children or victims plausibly share. */
    boolean inOwnPrivateHome() {
        return inCommunity() && residence.ownsCurrent() && residence.current().isPrivate();
    }

    Profile withResidence(Residence r) {
        return new Profile(index, id, area, original, leader, category, level, phase, sex, group, name, dob, timeline,
                homeTown, r, hasPhone, hasVehicle, plants);
    }

    Profile withPhone() {
        return new Profile(index, id, area, original, leader, category, level, phase, sex, group, name, dob, timeline,
                homeTown, residence, true, hasVehicle, plants);
    }

    Profile withVehicle() {
        return new Profile(index, id, area, original, leader, category, level, phase, sex, group, name, dob, timeline,
                homeTown, residence, hasPhone, true, plants);
    }

    static String id(int index) {
        return "N" + Identifiers.pad(index + 1L, 7);
    }
}
