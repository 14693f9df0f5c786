package uk.vigil.auth;

import java.util.Set;

/** The answer to sign-in and {@code GET /api/session}: who is signed in and the CSRF token to send back. */
public record SessionView(User user, String csrfToken) {

    /** The signed-in user as the browser sees them. */
    public record User(String username, String displayName, String agency, Set<String> areas, Set<Role> roles,
                       Clearance clearance) {
    }

    static SessionView of(Session session) {
        SessionUser u = session.user();
        return new SessionView(new User(u.username(), u.displayName(), u.agency(), u.areas(), u.roles(), u.clearance()),
                session.csrfToken());
    }
}
