package uk.vigil.generator;

import java.time.LocalDate;

/** Builds a nominal's {@link Profile} from its {@link Basics} (and its leader's profile, for a co-offender). */
final class Profiles {
    private Profiles() {
    }

    static Profile build(World world, Basics b, Profile leader) {
        Rng rng = Rng.of(world.seed, Rng.Stream.IDENTITY, b.index());
        int category = leader != null ? leader.category() : b.category();
        Phase phase = leader != null ? leader.phase() : b.phase();
        int level = level(Rng.of(world.seed, Rng.Stream.BASICS, b.index(), 1), category);
        Timeline t = leader != null ? leader.timeline()
                : Timelines.draw(Rng.of(world.seed, Rng.Stream.TIMELINE, b.index()), category, phase, world.asOf);
        Names.Name name = Names.draw(rng, b.group(), b.sex());
        LocalDate dob = dateOfBirth(rng, category, t, world.asOf);
        if (t.offenceDate().isBefore(dob.plusYears(14))) {
            if (leader != null) {
                dob = t.offenceDate().minusYears(16).minusDays(rng.below(2000));
            } else {
                t = t.withOffenceDate(dob.plusYears(16).plusDays(rng.below(700)));
            }
        }
        String id = Profile.id(b.index());
        Town town = b.area().byPopulation.pick(rng);
        Residence residence = Residences.draw(Rng.of(world.seed, Rng.Stream.HOME, b.index()), world, b.area(), id,
                b.index(), town, t, phase);
        boolean custody = phase == Phase.CUSTODY;
        Plants plants = new Plants(rng.chance(0.015), rng.chance(0.025), category == 1 && rng.chance(0.025), rng.chance(0.5));
        return new Profile(b.index(), id, b.area(), -1, leader == null ? -1 : leader.index(), category, level, phase,
                b.sex(), b.group(), name, dob, t, town, residence, rng.chance(custody ? 0.4 : 0.85),
                rng.chance(custody ? 0.15 : 0.45), plants);
    }

    /** Level given category: about 98.5% at level 1 overall; category 3 is never at level 1. */
    static int level(Rng rng, int category) {
        return 1 + switch (category) {
            case 1 -> rng.weighted(99.55, 0.40, 0.05);
            case 2 -> rng.weighted(99.2, 0.7, 0.1);
            default -> 1 + rng.weighted(88, 12);
        };
    }

    /** Age at conviction: RSOs older (mean 40) than violent offenders (mean 29); 18-85 on the as-of date. */
    private static LocalDate dateOfBirth(Rng rng, int category, Timeline t, LocalDate asOf) {
        int age = switch (category) {
            case 1 -> rng.normal(40, 14, 18, 78);
            case 2 -> rng.normal(29, 8, 18, 65);
            default -> rng.normal(33, 10, 18, 70);
        };
        LocalDate dob = t.convictionDate().minusYears(age).minusDays(rng.below(365));
        if (dob.isAfter(asOf.minusYears(18))) {
            dob = asOf.minusYears(18).minusDays(rng.below(300) + 1);
        }
        if (dob.isBefore(asOf.minusYears(85))) {
            dob = asOf.minusYears(85).plusDays(rng.below(300) + 1);
        }
        return dob;
    }
}
