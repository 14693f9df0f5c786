package uk.vigil.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A nominal's index offence and its victims: a pure function of the nominal's profile, so a
 * co-offender's bundle gets exactly what the leader's bundle wrote.
 */
final class Offences {
    private static final int MAX_VICTIMS = 4;
    private static final double MIN_DISTANCE_M = 4_000;

    private Offences() {
    }

    static IndexOffence index(World world, Profile p) {
        Rng rng = Rng.of(world.seed, Rng.Stream.OFFENDING, p.index());
        Rng victimRng = Rng.of(world.seed, Rng.Stream.VICTIM, p.index());
        Timeline t = p.timeline();
        String type = OffenceTypes.forCategory(p.category()).pick(rng);
        int countCount = 1 + rng.weighted(65, 25, 10);
        List<Victim> victims = new ArrayList<>();
        List<IndexOffence.Count> counts = new ArrayList<>();
        for (int c = 1; c <= countCount; c++) {
            String countType = c == 1 || rng.chance(0.7) ? type : OffenceTypes.forCategory(p.category()).pick(rng);
            LocalDate date = c == 1 ? t.offenceDate()
                    : Timelines.max(t.offenceDate().minusDays(rng.between(0, 200)), p.dob().plusYears(15));
            List<Victim> countVictims = new ArrayList<>();
            if (!countType.equals("INDECENT_IMAGES")) {
                if (c > 1 && !victims.isEmpty() && rng.chance(0.5)) {
                    countVictims.add(victims.get(0));
                } else {
                    int wanted = rng.chance(0.15) ? 2 : 1;
                    for (int v = 0; v < wanted && victims.size() < MAX_VICTIMS; v++) {
                        Victim victim = victim(world, victimRng, p, victims.size() + 1, countType, date);
                        victims.add(victim);
                        countVictims.add(victim);
                    }
                }
            }
            String place = OffenceTypes.place(rng, countType);
            LatLng at = null;
            Town town = rng.chance(0.6) ? p.homeTown() : p.area().byPopulation.pick(rng);
            if (!OffenceTypes.ONLINE.contains(countType)) {
                Victim first = countVictims.isEmpty() ? null : countVictims.get(0);
                at = place.equals("Victim's home address") && first != null && first.home() != null
                        ? first.home().at() : town.somewhere(rng);
            }
            counts.add(new IndexOffence.Count(p.id() + "-OF" + c, countType, OffenceTypes.category(countType), date, at,
                    place, OffenceTypes.method(rng, countType, town.name()), List.copyOf(countVictims)));
        }
        boolean crown = t.sentenceMonths() >= 12 || p.category() == 1 || t.disposal().equals("HOSPITAL_ORDER");
        String court = rng.pick(crown ? p.area().names.crownCourts() : p.area().names.magistratesCourts());
        return new IndexOffence(List.copyOf(counts), List.copyOf(victims), court);
    }

    private static Victim victim(World world, Rng rng, Profile p, int k, String type, LocalDate offenceDate) {
        boolean partner = OffenceTypes.PARTNER_ABUSE.contains(type) && k == 1 && rng.chance(0.8);
        int offenderAge = offenceDate.getYear() - p.dob().getYear();
        int age;
        if (OffenceTypes.CHILD_VICTIM.contains(type)) {
            age = rng.between(11, 15);
        } else if (partner) {
            age = Math.max(16, offenderAge + rng.between(-8, 4));
        } else if ((type.equals("RAPE") || type.equals("SEXUAL_ASSAULT")) && rng.chance(0.2)
                || (type.equals("EXPOSURE") || type.equals("VOYEURISM")) && rng.chance(0.1)) {
            age = rng.between(10, 15);
        } else {
            age = rng.between(16, 65);
        }
        String opposite = p.sex().equals("F") ? "M" : "F";
        boolean intimate = OffenceTypes.SEXUAL_TYPES.contains(type) || partner;
        String sex = intimate ? (rng.chance(0.85) ? opposite : p.sex().equals("F") ? "F" : "M") : (rng.chance(0.6) ? "M" : "F");
        LocalDate dob = offenceDate.minusYears(age).minusDays(rng.below(365));
        NameGroup group = rng.chance(0.8) ? p.group() : NameGroup.BY_WEIGHT.pick(rng);
        Names.Name name = Names.draw(rng, group, sex);
        boolean deceased = type.equals("MURDER") || type.equals("MANSLAUGHTER");
        boolean statutory = p.timeline().custodyFrom() != null && p.timeline().sentenceMonths() >= 12;
        String scheme = deceased ? "NONE" : statutory
                ? new String[] {"STATUTORY", "DECLINED", "NONE"}[rng.weighted(60, 25, 15)]
                : rng.chance(0.3) ? "NON_STATUTORY" : "NONE";
        Address home = deceased ? null : victimHome(world, rng, p, k);
        return new Victim(p.id() + "-V" + k, name, sex, dob, age < 18 || rng.chance(0.1), scheme, deceased, partner, home);
    }

    /**
     * Planted: the first victim living within 450 m of the offender, or 0.6-1.4 km away (then a zone
     * covers both). Otherwise at least 4 km away where the area allows: resettlement avoids the
     * victim's neighbourhood, so near-victim homes and homes inside zones stay the planted exception.
     */
    private static Address victimHome(World world, Rng rng, Profile p, int k) {
        LatLng at;
        Town town;
        LatLng offenderHome = p.residence().current().at();
        if (k == 1 && p.plants().nearVictim() && p.inCommunity()) {
            at = Geo.ring(rng, offenderHome, 80, 450);
            town = p.area().nearestTown(at);
        } else if (k == 1 && p.plants().insideZone() && p.inCommunity()) {
            at = Geo.ring(rng, offenderHome, 600, 1400);
            town = p.area().nearestTown(at);
        } else {
            town = p.homeTown();
            at = town.somewhere(rng);
            for (int attempt = 0; attempt < 20 && at.distanceM(offenderHome) < MIN_DISTANCE_M; attempt++) {
                town = p.area().byPopulation.pick(rng);
                at = town.somewhere(rng);
            }
        }
        return Address.residential(p.id() + "-AD" + (8 + k), p.index() * 16L + 8 + k, town, at, rng, world.seed);
    }
}
