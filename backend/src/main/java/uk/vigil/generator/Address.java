package uk.vigil.generator;

/** A row of addresses.csv; {@code kind} is PRIVATE, APPROVED_PREMISES, HOSTEL, PRISON, HOSPITAL, BUSINESS... */
record Address(String id, String line1, String line2, String town, String county, String postcode, LatLng at, String kind) {

    boolean isPrivate() {
        return kind.equals("PRIVATE");
    }

    /**
     * A private address at {@code at} in {@code town}. Street, house number and inward code are a
     * bijection of {@code ordinal}, so no two addresses share a first line and postcode.
     */
    static Address residential(String id, long ordinal, Town town, LatLng at, Rng rng, long seed) {
        long n = Unique.permute(ordinal, (long) Streets.COUNT * 250 * Postcodes.INWARD_CODES, seed ^ 0xADD5L);
        String street = Streets.name((int) (n % Streets.COUNT));
        long number = n / Streets.COUNT % 250 + 1;
        String inward = Postcodes.inward(n / Streets.COUNT / 250);
        String line1 = (rng.chance(0.12) ? "Flat " + rng.between(1, 12) + ", " : "") + number + " " + street;
        return new Address(id, line1, Streets.locality(rng), town.name(), town.county(),
                town.district(rng) + " " + inward, at, "PRIVATE");
    }

    /** A named institutional or business address: the name is line 1. */
    static Address named(String id, String name, long ordinal, Town town, LatLng at, String kind, Rng rng, long seed) {
        Address street = residential(id, ordinal, town, at, rng, seed);
        String line2 = street.line1().startsWith("Flat") ? street.line1().substring(street.line1().indexOf(", ") + 2) : street.line1();
        return new Address(id, name, line2, town.name(), town.county(), street.postcode(), at, kind);
    }
}
