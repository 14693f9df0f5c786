package uk.vigil.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * Schools, nurseries, playgrounds, pools, parks, leisure centres and youth clubs in every town, at
 * real-world densities rather than scaled with the number of nominals.
 */
final class SensitivePlaces {
    private static final List<String> SAINTS = List.of("Mary", "Michael", "John", "Patrick", "Bede", "Cuthbert",
            "Andrew", "Margaret", "Joseph", "Paul", "Herbert", "Bega", "Kentigern", "Oswald");

    private SensitivePlaces() {
    }

    /** About one primary school per 3,500 people, a playground per 3,000, a pool in every town of 7,000 or more. */
    static List<SensitivePlace> around(Area area, List<Town> towns, long seed) {
        List<SensitivePlace> places = new ArrayList<>();
        Rng rng = Rng.of(seed, Rng.Stream.WORLD, Rng.hash(area.id() + "/sensitive"));
        for (Town town : towns) {
            double pop = town.weight();
            int schools = (int) Math.max(1, Math.round(pop / 3500));
            for (int i = 0; i < schools; i++) {
                String name = switch (rng.below(3)) {
                    case 0 -> "St " + rng.pick(SAINTS) + "'s C of E Primary School";
                    case 1 -> "St " + rng.pick(SAINTS) + "'s Catholic Primary School";
                    default -> Streets.name(rng.below(Streets.COUNT)).split(" ")[0] + " Primary School";
                };
                place(places, area, name + ", " + town.name(), "SCHOOL", town, rng);
            }
            if (pop >= 8000) {
                place(places, area, town.name() + " Academy", "SCHOOL", town, rng);
            }
            for (int i = 0; i < Math.round(pop / 6000); i++) {
                place(places, area, rng.pick(AreaWorldBuilder.HOUSE_STEMS) + " Day Nursery, " + town.name(), "NURSERY", town, rng);
            }
            for (int i = 0; i < Math.max(1, Math.round(pop / 3000)); i++) {
                place(places, area, rng.pick(AreaWorldBuilder.HOUSE_STEMS) + " Playground, " + town.name(), "PLAYGROUND", town, rng);
            }
            if (pop >= 7000) {
                place(places, area, town.name() + " Swimming Pool", "SWIMMING_POOL", town, rng);
            }
            if (pop >= 60000) {
                place(places, area, town.name() + " " + rng.pick(AreaWorldBuilder.HOUSE_STEMS) + " Pools", "SWIMMING_POOL", town, rng);
            }
            for (int i = 0; pop >= 3000 && i < 1 + pop / 30000; i++) {
                place(places, area, rng.pick(AreaWorldBuilder.HOUSE_STEMS) + " Park, " + town.name(), "PARK", town, rng);
            }
            if (pop >= 10000) {
                place(places, area, town.name() + " Leisure Centre", "LEISURE_CENTRE", town, rng);
            }
            if (pop >= 5000) {
                place(places, area, town.name() + " Youth Club", "YOUTH_CLUB", town, rng);
            }
        }
        return places;
    }

    private static void place(List<SensitivePlace> places, Area area, String name, String type, Town town, Rng rng) {
        String id = "SP-" + area.id() + "-" + Identifiers.pad(places.size() + 1, 5);
        places.add(new SensitivePlace(id, name, type, town.somewhere(rng), town.name()));
    }
}
