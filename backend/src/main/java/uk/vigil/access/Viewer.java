package uk.vigil.access;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is asking. Every service call that reads or writes records takes one, so the access rules
 * and the audit trail have what they need ({@link RecordAccess}, and the scope predicates in
 * {@code cypher/queries/access/}).
 *
 * @param agency     the user's agency id
 * @param agencyType the agency's type (POLICE, PROBATION, HOUSING...), for duty-to-co-operate field rules
 * @param areas      MAPPA areas the user works in
 * @param roles      role names (see docs/security.md)
 * @param clearance  the highest protective marking the user may see
 * @param officerId  the user's practitioner record, when they have one (caseload, invitations, chairing)
 */
public record Viewer(String username, String agency, String agencyType, Set<String> areas, Set<String> roles,
                     Marking clearance, String officerId, String sessionId, String sourceIp) {

    public static final String DTC_MEMBER = "DTC_MEMBER";
    public static final String VICTIM_LIAISON_OFFICER = "VICTIM_LIAISON_OFFICER";

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /**
     * A duty-to-co-operate member sees only the cases they are invited to, whatever else they hold:
     * their agency is not a Responsible Authority.
     */
    public boolean dutyToCooperateOnly() {
        return hasRole(DTC_MEMBER);
    }

    /** The viewer as the {@code $viewer} parameter of every scoped query. */
    public Map<String, Object> cypher() {
        Map<String, Object> v = new HashMap<>();
        v.put("username", username);
        v.put("areas", List.copyOf(areas));
        v.put("clearanceRank", clearance.rank());
        v.put("dtc", dutyToCooperateOnly());
        v.put("officerId", officerId == null ? "" : officerId);
        v.put("vlo", hasRole(VICTIM_LIAISON_OFFICER));
        return v;
    }
}
