package uk.vigil.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds an {@link AreaWorld}: deterministic from the seed, sized by the nominals expected in the area. */
final class AreaWorldBuilder {
    /** Ordinals of hub addresses start above any nominal's (16 per nominal, at most 1,000,000 nominals). */
    private static final long HUB_ORDINAL_BASE = 20_000_000L;
    private static final List<String> DTC_TYPES = List.of("YOUTH_JUSTICE", "CHILDRENS_SERVICES", "ADULT_SOCIAL_CARE",
            "HEALTH", "MENTAL_HEALTH", "HOUSING", "EDUCATION", "JOBCENTRE", "ELECTRONIC_MONITORING", "IMMIGRATION", "OTHER");
    static final List<String> HOUSE_STEMS = List.of("Fellside", "Beckside", "Eden", "Greystone", "Ashgrove",
            "Highfield", "Riverside", "Bowling Green", "Chapel", "Priory", "Kingsmead", "Lune", "Derwent", "Castle");
    private static final List<String> BUSINESS_KINDS = List.of("The %s Arms", "The %s Inn", "%s Motors", "%s Gym",
            "%s Takeaway", "%s Social Club", "%s Building Supplies", "%s Distribution Centre", "%s Car Wash",
            "%s Vape Shop", "%s Snooker Club", "%s Leisure Arcade");

    final Area area;
    final List<Town> towns;
    final AreaNames names;
    final Map<String, Agency> agencies = new LinkedHashMap<>();
    final List<Agency> prisonAgencies = new ArrayList<>();
    final Map<String, List<Officer>> officers;
    final List<Officer> allOfficers = new ArrayList<>();
    final List<Address> approvedPremises = new ArrayList<>();
    final List<Address> hostels = new ArrayList<>();
    final List<Address> prisons = new ArrayList<>();
    final List<Address> hospitals = new ArrayList<>();
    final List<Address> businesses = new ArrayList<>();
    final List<SensitivePlace> sensitivePlaces = new ArrayList<>();
    final int level2Panels;
    final int level3Panels;

    private final long seed;
    private final Set<String> emails = new HashSet<>();
    private long hubOrdinal;

    private AreaWorldBuilder(Area area, int areaIndex, List<Town> towns, double expectedNominals, long seed) {
        this.area = area;
        this.towns = towns;
        this.seed = seed;
        this.hubOrdinal = HUB_ORDINAL_BASE + areaIndex * 1_000_000L;
        List<Town> largest = new ArrayList<>(towns);
        largest.sort((a, b) -> Double.compare(b.weight(), a.weight()));
        this.names = AreaNames.of(area.name(), largest);
        this.level2Panels = (int) Math.max(1, Math.ceil(expectedNominals * 0.0136 / 20));
        this.level3Panels = (int) Math.max(1, Math.ceil(expectedNominals * 0.0018 / 8));
        addAgencies();
        addOfficers(expectedNominals);
        this.officers = AreaWorld.sortedByRole(allOfficers);
        addHubs(largest, expectedNominals);
        addBusinesses(expectedNominals);
        sensitivePlaces.addAll(SensitivePlaces.around(area, towns, seed));
    }

    static AreaWorld build(Area area, int areaIndex, List<Town> towns, double expectedNominals, long seed) {
        return new AreaWorld(new AreaWorldBuilder(area, areaIndex, towns, expectedNominals, seed));
    }

    private void addAgencies() {
        String id = area.id();
        String county = area.name();
        agencies.put("POLICE", new Agency(id + "-police", names.police(), "POLICE", id));
        agencies.put("PROBATION", new Agency(id + "-probation", names.probation(), "PROBATION", id));
        for (AreaNames.PrisonSite site : names.prisons()) {
            Agency prison = new Agency(id + "-" + slug(site.name()), site.name(), "PRISON", id);
            prisonAgencies.add(prison);
            agencies.putIfAbsent("PRISON", prison);
        }
        String council = names.council();
        Map<String, String> dtc = Map.ofEntries(
                Map.entry("YOUTH_JUSTICE", county + " Youth Justice Service"),
                Map.entry("CHILDRENS_SERVICES", council + " Children's Services"),
                Map.entry("ADULT_SOCIAL_CARE", council + " Adult Social Care"),
                Map.entry("HEALTH", names.health()),
                Map.entry("MENTAL_HEALTH", names.mentalHealth()),
                Map.entry("HOUSING", council + " Housing Options"),
                Map.entry("EDUCATION", council + " Education Services"),
                Map.entry("JOBCENTRE", "Jobcentre Plus - " + county),
                Map.entry("ELECTRONIC_MONITORING", "Electronic Monitoring Service - " + county),
                Map.entry("IMMIGRATION", "Immigration Enforcement - " + county),
                Map.entry("OTHER", "Circles of Support and Accountability - " + county));
        for (String type : DTC_TYPES) {
            agencies.put(type, new Agency(id + "-" + slug(type), dtc.get(type), type, id));
        }
    }

    /** Caseloads: about 50 RSOs per police offender manager, 40 cases per probation offender manager. */
    private void addOfficers(double expected) {
        Agency police = agencies.get("POLICE");
        Agency probation = agencies.get("PROBATION");
        addOfficers(police, "POLICE_OFFENDER_MANAGER", Math.max(2, (int) Math.ceil(expected * 0.72 / 50)));
        addOfficers(probation, "OFFENDER_MANAGER", Math.max(2, (int) Math.ceil(expected / 40)));
        addOfficers(probation, "VICTIM_LIAISON_OFFICER", Math.max(1, (int) Math.ceil(expected / 300)));
        int prisonOms = Math.max(1, (int) Math.ceil(expected * 0.08 / 30 / prisonAgencies.size()));
        for (Agency prison : prisonAgencies) {
            addOfficers(prison, "PRISON_OFFENDER_MANAGER", prisonOms);
        }
        int chairs = Math.max(2, level2Panels + level3Panels);
        addOfficers(police, "MAPPA_CHAIR", (chairs + 1) / 2);
        addOfficers(probation, "MAPPA_CHAIR", chairs / 2);
        addOfficers(police, "MAPPA_COORDINATOR", Math.max(1, (int) Math.ceil(expected / 5000)));
        addOfficers(police, "ANALYST", Math.max(1, (int) Math.ceil(expected / 10000)));
        for (String type : DTC_TYPES) {
            addOfficers(agencies.get(type), "PRACTITIONER", Math.max(2, (int) Math.ceil(expected / 2000)));
        }
    }

    private void addOfficers(Agency agency, String role, int count) {
        long already = allOfficers.stream().filter(o -> o.agency().equals(agency)).count();
        for (int i = 1; i <= count; i++) {
            String id = "OFC-" + agency.id() + "-" + Identifiers.pad(already + i, 5);
            Rng rng = Rng.of(seed, Rng.Stream.WORLD, Rng.hash(id));
            NameGroup group = NameGroup.BY_WEIGHT.pick(rng);
            Names.Name name = Names.draw(rng, group, rng.chance(0.55) ? "F" : "M");
            String local = Names.lower(Names.ascii(name.forename() + "." + name.surname())).replaceAll("[^a-z.]", "");
            String email = local + "@" + agency.id() + ".example";
            for (int n = 2; !emails.add(email); n++) {
                email = local + n + "@" + agency.id() + ".example";
            }
            // Ofcom reserves 01632 960000-960999 for drama: no real person answers these.
            String phone = "01632 960" + Identifiers.pad(rng.below(1000), 3);
            allOfficers.add(new Officer(id, name.forename(), name.surname(), role, agency, email, phone));
        }
    }

    /** Approved premises and hostels: few, in the largest towns, so that many nominals pass through each. */
    private void addHubs(List<Town> largest, double expected) {
        Rng rng = Rng.of(seed, Rng.Stream.WORLD, Rng.hash(area.id() + "/hubs"));
        int aps = (int) Math.min(60, 1 + expected / 20_000);
        for (int i = 0; i < aps; i++) {
            Town town = largest.get(i % Math.min(3, largest.size()));
            approvedPremises.add(hub("AP", i, rng.pick(HOUSE_STEMS) + " House Approved Premises", town, "APPROVED_PREMISES", rng));
        }
        int hostelCount = (int) Math.min(100, 2 + expected / 10_000);
        for (int i = 0; i < hostelCount; i++) {
            Town town = largest.get(i % Math.min(5, largest.size()));
            hostels.add(hub("HOSTEL", i, rng.pick(HOUSE_STEMS) + " Lodge Hostel", town, "HOSTEL", rng));
        }
        for (int i = 0; i < names.prisons().size(); i++) {
            AreaNames.PrisonSite site = names.prisons().get(i);
            Town town = townNamed(site.town(), largest);
            prisons.add(hub("PRISON", i, site.name(), town, "PRISON", rng));
        }
        for (int i = 0; i < Math.min(3, largest.size()); i++) {
            if (i == 0 || largest.get(i).weight() >= 40_000) {
                hospitals.add(hub("HOSPITAL", i, largest.get(i).name() + " General Hospital", largest.get(i), "HOSPITAL", rng));
            }
        }
    }

    /** Pubs, gyms, garages, warehouses: where nominals work and what they frequent; about one per 150 nominals. */
    private void addBusinesses(double expected) {
        Rng rng = Rng.of(seed, Rng.Stream.WORLD, Rng.hash(area.id() + "/businesses"));
        double totalWeight = towns.stream().mapToDouble(Town::weight).sum();
        // Places can share a name within a county (Lancashire has two Wartons): number the later ones.
        java.util.Map<String, Integer> slugs = new java.util.HashMap<>();
        for (Town town : towns) {
            String townSlug = slug(town.name());
            int seen = slugs.merge(townSlug, 1, Integer::sum);
            String townKey = seen == 1 ? townSlug : townSlug + "-" + seen;
            int count = (int) Math.max(1, Math.round(expected * town.weight() / totalWeight / 150));
            Set<String> names = new HashSet<>();
            for (int i = 0; i < Math.min(count, 400); i++) {
                String name = String.format(rng.pick(BUSINESS_KINDS), rng.chance(0.5) ? town.name() : rng.pick(HOUSE_STEMS));
                // Two "Kendal Motors" in one town would read as one business entered twice.
                String unique = name;
                for (int branch = 2; !names.add(unique); branch++) {
                    unique = name + " (Unit " + branch + ")";
                }
                businesses.add(hub("BIZ-" + townKey, i, unique, town, "BUSINESS", rng));
            }
        }
    }

    private Address hub(String kind, int n, String name, Town town, String addressKind, Rng rng) {
        String id = "ADR-" + area.id() + "-" + kind + "-" + (n + 1);
        return Address.named(id, name, hubOrdinal++, town, town.somewhere(rng), addressKind, rng, seed);
    }

    private static Town townNamed(String name, List<Town> largest) {
        return largest.stream().filter(t -> t.name().equals(name)).findFirst().orElse(largest.get(0));
    }

    static String slug(String text) {
        return Names.lower(Names.ascii(text)).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
