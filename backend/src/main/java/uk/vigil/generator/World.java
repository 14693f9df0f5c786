package uk.vigil.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The run-wide context: options, reference data and one {@link AreaWorld} per requested area. */
final class World {
    /** Population aged 10+; Cumbria's is implied by the 2014/15 report (438 RSOs = 98 per 100,000). */
    private static final Map<String, Integer> POPULATION_10_PLUS = Map.of("Cumbria", 447_000, "Lancashire", 1_070_000);

    /** The --area that asks for every county of England and Wales. */
    static final String ALL = "all";

    final GeneratorOptions options;
    final long seed;
    final LocalDate asOf;
    final ReferenceData reference;
    final List<AreaWorld> areas;
    final Weighted<AreaWorld> byPopulation;
    final Plates plates;

    private World(GeneratorOptions options, ReferenceData reference, List<AreaWorld> areas) {
        this.options = options;
        this.seed = options.seed();
        this.asOf = options.asOf();
        this.reference = reference;
        this.areas = areas;
        this.byPopulation = Weighted.of(areas, a -> a.area.population10Plus());
        this.plates = new Plates(options.asOf(), options.seed());
    }

    static World build(GeneratorOptions options, ReferenceData reference) {
        List<Area> areas = new ArrayList<>();
        List<List<Town>> towns = new ArrayList<>();
        for (String county : counties(reference, options.areas())) {
            List<Town> countyTowns = Towns.of(reference, county);
            int population = POPULATION_10_PLUS.getOrDefault(county,
                    (int) Math.round(countyTowns.stream().mapToDouble(Town::weight).sum() * 0.89));
            if (areas.stream().noneMatch(a -> a.name().equals(county))) {
                areas.add(new Area(GeneratorOptions.areaId(county), county, population));
                towns.add(countyTowns);
            }
        }
        double total = areas.stream().mapToDouble(Area::population10Plus).sum();
        List<AreaWorld> worlds = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            double expected = (double) options.nominals() * areas.get(i).population10Plus() / total;
            worlds.add(AreaWorldBuilder.build(areas.get(i), i, towns.get(i), expected, options.seed()));
        }
        return new World(options, reference, List.copyOf(worlds));
    }

    /** The counties asked for, in order; {@value #ALL} stands for every county of England and Wales (MAPPA's nations). */
    static List<String> counties(ReferenceData reference, List<String> requested) {
        List<String> counties = new ArrayList<>();
        for (String r : requested) {
            if (r.trim().equalsIgnoreCase(ALL)) {
                counties.addAll(reference.countiesOf(List.of("England", "Wales")));
            } else {
                counties.add(county(reference, r));
            }
        }
        return counties;
    }

    static String county(ReferenceData reference, String requested) {
        return reference.county(requested).orElseThrow(() -> new IllegalArgumentException(
                "unknown area '" + requested + "': use a county as spelt in gb-places.csv" + suggestions(reference, requested)));
    }

    private static String suggestions(ReferenceData reference, String requested) {
        List<String> like = reference.countiesLike(requested);
        return like.isEmpty() ? " (e.g. Cumbria, Lancashire)" : " (did you mean: " + String.join(", ", like) + "?)";
    }

    int nominals() {
        return options.nominals();
    }
}
