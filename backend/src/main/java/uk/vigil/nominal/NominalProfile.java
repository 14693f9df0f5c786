package uk.vigil.nominal;

import java.util.List;
import java.util.Map;

/**
 * A nominal's record as the profile page shows it. Sections are graph-shaped maps straight from
 * {@code cypher/queries/nominal/profile.cypher}; their fields are listed in docs/api.md.
 */
public record NominalProfile(
        Map<String, Object> identity,
        List<Map<String, Object>> aliases,
        List<Map<String, Object>> addresses,
        List<Map<String, Object>> vehicles,
        List<Map<String, Object>> devices,
        List<Map<String, Object>> accounts,
        List<Map<String, Object>> orders,
        List<Map<String, Object>> risk,
        Map<String, Object> mappaCase,
        List<Map<String, Object>> otherCases,
        List<Map<String, Object>> convictions,
        List<Map<String, Object>> custody,
        List<Map<String, Object>> linkedPeople,
        List<Map<String, Object>> officers,
        List<Map<String, Object>> intelligence) {
}
