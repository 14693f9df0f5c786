package uk.vigil.generator;

/** Areas, agencies, officers, hub and business addresses and sensitive places: written once, first. */
final class ReferenceRows {
    private static final String SYSTEM = "VIGIL_GEN";
    private static final String BY = "vigil-generator";

    private ReferenceRows() {
    }

    static BlockOutput write(World world) {
        BlockOutput out = new BlockOutput(null);
        String at = Provenance.instant(world.asOf.minusYears(1), world.asOf, 9 * 60);
        for (AreaWorld a : world.areas) {
            out.row(ImportFile.AREAS, new Provenance(SYSTEM, BY, at, null, Provenance.OFFICIAL),
                    a.id(), a.area.name(), a.area.population10Plus());
        }
        for (AreaWorld a : world.areas) {
            for (Agency agency : a.agencies.values()) {
                if (!agency.type().equals("PRISON")) {
                    agency(out, agency, at);
                }
            }
            a.prisonAgencies.forEach(p -> agency(out, p, at));
        }
        for (AreaWorld a : world.areas) {
            for (Officer o : a.allOfficers) {
                out.row(ImportFile.OFFICERS, new Provenance(SYSTEM, BY, at, o.agency().id(), Provenance.OFFICIAL),
                        o.id(), o.forename(), o.surname(), o.role(), o.agency().id(), o.email(), o.phone());
            }
            Provenance police = new Provenance(SYSTEM, BY, at, a.agency("POLICE").id(), Provenance.OFFICIAL);
            for (var list : java.util.List.of(a.approvedPremises, a.hostels, a.prisons, a.hospitals, a.businesses)) {
                for (Address ad : list) {
                    out.row(ImportFile.ADDRESSES, police, ad.id(), ad.line1(), ad.line2(), ad.town(), ad.county(),
                            ad.postcode(), ad.at().latText(), ad.at().lngText(), ad.kind());
                }
            }
            Provenance council = new Provenance(SYSTEM, BY, at, a.agency("EDUCATION").id(), Provenance.OFFICIAL);
            for (SensitivePlace s : a.sensitivePlaces) {
                out.row(ImportFile.SENSITIVE_PLACES, council, s.id(), s.name(), s.type(), s.at().latText(), s.at().lngText(), s.town());
            }
        }
        return out;
    }

    private static void agency(BlockOutput out, Agency agency, String at) {
        out.row(ImportFile.AGENCIES, new Provenance(SYSTEM, BY, at, null, Provenance.OFFICIAL),
                agency.id(), agency.name(), agency.type(), agency.responsibleAuthority(), agency.areaId());
    }
}
