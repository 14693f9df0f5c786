package uk.vigil.nominal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.vigil.access.Viewer;

/**
 * Duty-to-co-operate members see an invited case's record only as far as their agency needs it
 * (necessary and proportionate). Each agency type gets the identity basics plus the sections
 * named here; every other section comes back empty. See docs/security.md.
 */
final class DutyToCooperateFields {
    private static final Set<String> IDENTITY_BASICS = Set.of("id", "forename", "middleNames", "surname", "dob",
            "age", "sex", "marking", "area");

    private static final Map<String, Set<String>> SECTIONS_BY_AGENCY = Map.of(
            "HOUSING", Set.of("addresses", "orders", "risk", "mappaCase", "officers"),
            "CHILDRENS_SERVICES", Set.of("addresses", "orders", "risk", "mappaCase", "linkedPeople", "officers"),
            "EDUCATION", Set.of("orders", "risk", "mappaCase", "officers"),
            "HEALTH", Set.of("risk", "mappaCase", "officers"),
            "MENTAL_HEALTH", Set.of("risk", "mappaCase", "officers", "custody"),
            "ADULT_SOCIAL_CARE", Set.of("addresses", "risk", "mappaCase", "officers"),
            "YOUTH_JUSTICE", Set.of("addresses", "orders", "risk", "mappaCase", "officers", "convictions"),
            "JOBCENTRE", Set.of("orders", "mappaCase", "officers"),
            "ELECTRONIC_MONITORING", Set.of("addresses", "orders", "mappaCase", "officers"),
            "IMMIGRATION", Set.of("risk", "mappaCase", "officers", "custody"));

    private DutyToCooperateFields() {
    }

    static NominalProfile apply(Viewer viewer, NominalProfile p) {
        if (!viewer.dutyToCooperateOnly()) {
            return p;
        }
        Set<String> allowed = SECTIONS_BY_AGENCY.getOrDefault(viewer.agencyType(), Set.of("mappaCase", "officers"));
        Map<String, Object> identity = new LinkedHashMap<>();
        p.identity().forEach((k, v) -> {
            if (IDENTITY_BASICS.contains(k)) {
                identity.put(k, v);
            }
        });
        return new NominalProfile(identity,
                List.of(),
                keep(allowed, "addresses", p.addresses()),
                List.of(),
                List.of(),
                List.of(),
                keep(allowed, "orders", p.orders()),
                keep(allowed, "risk", p.risk()),
                allowed.contains("mappaCase") ? p.mappaCase() : null,
                List.of(),
                keep(allowed, "convictions", p.convictions()),
                keep(allowed, "custody", p.custody()),
                keep(allowed, "linkedPeople", p.linkedPeople()),
                keep(allowed, "officers", p.officers()),
                List.of());
    }

    private static List<Map<String, Object>> keep(Set<String> allowed, String section, List<Map<String, Object>> value) {
        return allowed.contains(section) ? value : List.of();
    }
}
