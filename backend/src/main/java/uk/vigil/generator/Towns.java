package uk.vigil.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The towns of a county, weighted by population. gb-places carries no population: for the counties
 * in {@link KnownTowns} we use rounded census figures; elsewhere a town's weight grows with the
 * number of other GeoNames places within 10 km (built-up areas are dense with named places).
 */
final class Towns {
    private static final int DEFAULT_POPULATION = 1_500;

    private Towns() {
    }

    static List<Town> of(ReferenceData reference, String county) {
        Map<String, KnownTowns.Known> known = KnownTowns.of(county);
        List<Town> towns = new ArrayList<>();
        for (Place place : reference.inCounty(county)) {
            LatLng centre = new LatLng(place.lat(), place.lng());
            KnownTowns.Known k = known == null ? null : known.get(place.name());
            int population;
            List<String> districts;
            if (k != null) {
                population = k.population();
                districts = nearestAreaOnly(k.districts(), centre);
            } else {
                population = known == null ? densityPopulation(reference, centre) : DEFAULT_POPULATION;
                districts = Postcodes.fallbackDistricts(place.name(), centre);
            }
            if (population > 0) {
                double spread = 300 + 6 * Math.sqrt(population);
                towns.add(new Town(place.name(), county, centre, population, spread, districts));
            }
        }
        if (towns.isEmpty()) {
            throw new IllegalArgumentException("no towns in county " + county);
        }
        return List.copyOf(towns);
    }

    /** Two places share a name (Lancashire's two Wartons): keep the districts of the postcode area nearest this one. */
    private static List<String> nearestAreaOnly(List<String> districts, LatLng centre) {
        if (districts.stream().map(Postcodes::letters).distinct().count() == 1) {
            return districts;
        }
        String area = Postcodes.nearestArea(centre);
        List<String> near = districts.stream().filter(d -> Postcodes.letters(d).equals(area)).toList();
        return near.isEmpty() ? districts : near;
    }

    private static int densityPopulation(ReferenceData reference, LatLng centre) {
        int neighbours = 0;
        for (Place other : reference.places) {
            if (Math.abs(other.lat() - centre.lat()) < 0.1 && Math.abs(other.lng() - centre.lng()) < 0.16
                    && centre.distanceM(new LatLng(other.lat(), other.lng())) < 10_000) {
                neighbours++;
            }
        }
        return DEFAULT_POPULATION * Math.max(1, neighbours);
    }
}
