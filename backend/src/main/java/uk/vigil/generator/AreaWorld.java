package uk.vigil.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything shared by the nominals of one area: towns, agencies, officers by role, the hub
 * addresses many nominals pass through (approved premises, hostels, prisons), businesses, sensitive
 * places and the MAPPA meeting panels. Sized by the number of nominals expected in the area.
 */
final class AreaWorld {
    final Area area;
    final List<Town> towns;
    final Weighted<Town> byPopulation;
    final AreaNames names;
    final Map<String, Agency> agencies;
    final List<Agency> prisonAgencies;
    final Map<String, List<Officer>> officers;
    final List<Officer> allOfficers;
    final List<Address> approvedPremises;
    final List<Address> hostels;
    final List<Address> prisons;
    final List<Address> hospitals;
    final List<Address> businesses;
    final List<SensitivePlace> sensitivePlaces;
    final int level2Panels;
    final int level3Panels;
    private final Map<String, List<Officer>> practitionersByAgencyType = new TreeMap<>();
    private final Map<String, List<Officer>> prisonOfficersByPrison = new TreeMap<>();

    AreaWorld(AreaWorldBuilder b) {
        this.area = b.area;
        this.towns = b.towns;
        this.byPopulation = Weighted.of(b.towns, Town::weight);
        this.names = b.names;
        this.agencies = b.agencies;
        this.prisonAgencies = b.prisonAgencies;
        this.officers = b.officers;
        this.allOfficers = b.allOfficers;
        this.approvedPremises = b.approvedPremises;
        this.hostels = b.hostels;
        this.prisons = b.prisons;
        this.hospitals = b.hospitals;
        this.businesses = b.businesses;
        this.sensitivePlaces = b.sensitivePlaces;
        this.level2Panels = b.level2Panels;
        this.level3Panels = b.level3Panels;
        for (Officer o : officers("PRISON_OFFENDER_MANAGER")) {
            prisonOfficersByPrison.computeIfAbsent(o.agency().name(), n -> new ArrayList<>()).add(o);
        }
        for (Officer o : officers("PRACTITIONER")) {
            practitionersByAgencyType.computeIfAbsent(o.agency().type(), t -> new ArrayList<>()).add(o);
        }
    }

    /** A prison offender manager: of the prison the nominal is in, when they are in one of the area's prisons. */
    Officer prisonOfficer(Address home, long key) {
        List<Officer> list = prisonOfficersByPrison.getOrDefault(home.line1(), officers("PRISON_OFFENDER_MANAGER"));
        return list.get((int) Math.floorMod(Rng.mix(key ^ 0x50524953L), list.size()));
    }

    /** The practitioner of a duty-to-co-operate agency (CHILDRENS_SERVICES, HOUSING...) serving {@code key}. */
    Officer practitioner(String agencyType, long key) {
        List<Officer> list = practitionersByAgencyType.get(agencyType);
        return list.get((int) Math.floorMod(Rng.mix(key ^ Rng.hash(agencyType)), list.size()));
    }

    String id() {
        return area.id();
    }

    Agency agency(String type) {
        return agencies.get(type);
    }

    /** The officer of a role serving nominal {@code key}: spread evenly, fixed per nominal. */
    Officer officer(String role, long key) {
        List<Officer> list = officers.get(role);
        return list.get((int) Math.floorMod(Rng.mix(key ^ Rng.hash(role)), list.size()));
    }

    List<Officer> officers(String role) {
        return officers.getOrDefault(role, List.of());
    }

    List<Town> largestFirst() {
        List<Town> sorted = new ArrayList<>(towns);
        sorted.sort(Comparator.comparingDouble(Town::weight).reversed().thenComparing(Town::name));
        return sorted;
    }

    Town townNamed(String name) {
        return towns.stream().filter(t -> t.name().equals(name)).findFirst().orElse(largestFirst().get(0));
    }

    /** The town whose centre is nearest {@code point}: for addresses placed relative to another address. */
    Town nearestTown(LatLng point) {
        Town best = towns.get(0);
        for (Town t : towns) {
            if (t.centre().distanceM(point) < best.centre().distanceM(point)) {
                best = t;
            }
        }
        return best;
    }

    static Map<String, List<Officer>> sortedByRole(List<Officer> officers) {
        Map<String, List<Officer>> byRole = new TreeMap<>();
        for (Officer o : officers) {
            byRole.computeIfAbsent(o.role(), r -> new ArrayList<>()).add(o);
        }
        return byRole;
    }
}
