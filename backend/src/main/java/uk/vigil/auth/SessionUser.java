package uk.vigil.auth;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The signed-in user as the rest of the app sees them: fixed for the life of a session (an admin
 * change ends the user's sessions instead of editing them). {@code agencyType} is the type of the
 * user's {@code :Agency} node at sign-in (POLICE, PROBATION, CHILDRENS_SERVICES...), null when the
 * agency is not in the graph; {@code officerId} may be null.
 */
public record SessionUser(String username, String displayName, String agency, String agencyType, Set<String> areas,
                          Set<Role> roles, Clearance clearance, VettingLevel vettingLevel, String officerId) {

    public SessionUser {
        areas = Collections.unmodifiableSortedSet(new TreeSet<>(areas));
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Role names, for {@link uk.vigil.access.Viewer}. */
    public Set<String> roleNames() {
        return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }
}
