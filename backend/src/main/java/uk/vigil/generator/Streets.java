package uk.vigil.generator;

import java.util.List;

/** Street names of the kind found in northern English towns: {@link #COUNT} distinct names. */
final class Streets {
    private static final List<String> STEMS = List.of("Church", "Mill", "Station", "High", "Victoria", "King",
            "Queen", "Park", "Market", "Castle", "Bridge", "School", "Chapel", "Green", "North", "South", "West",
            "Water", "Albert", "Manor", "Springfield", "Fell", "Beck", "Moor", "Brook", "Meadow", "Oak", "Ash",
            "Elm", "Willow", "Beech", "Hawthorn", "Rowan", "Holly", "Lime", "Cedar", "Princes", "Windsor", "Grange",
            "Priory", "Abbey", "Lake", "River", "Hill", "Valley", "Orchard", "Garden", "Duke", "York", "Lancaster",
            "Derwent", "Eden", "Lune", "Ribble", "Howe", "Dale", "Scar", "Pennine", "Skiddaw", "Helvellyn");
    private static final List<String> SUFFIXES = List.of("Street", "Road", "Lane", "Avenue", "Close", "Drive",
            "Crescent", "Terrace", "Way", "Gardens", "Court", "Place", "Grove", "Rise", "View", "Walk", "Mews",
            "Row", "Brow", "Square", "Bank", "Fold", "Croft", "Park", "Side");
    private static final List<String> ESTATES = List.of("Harraby", "Raffles", "Morton Park", "Belle Vue", "Currock",
            "Newtown", "Westfield", "Greystone", "Kingmoor", "Upperby", "Ormsgill", "Salthouse", "Mount Pleasant",
            "Woodhouse", "Fairfield", "Hillcrest", "Brookside", "Highfield", "Moorclose", "Seaton");

    static final int COUNT = STEMS.size() * SUFFIXES.size();

    private Streets() {
    }

    static String name(int n) {
        String stem = STEMS.get(n % STEMS.size());
        String suffix = SUFFIXES.get(n / STEMS.size() % SUFFIXES.size());
        return stem + (stem.equals("King") || stem.equals("Queen") ? "'s " : " ") + suffix;
    }

    /** A locality or estate for address line 2, or null (most addresses have none). */
    static String locality(Rng rng) {
        return rng.chance(0.3) ? rng.pick(ESTATES) : null;
    }
}
