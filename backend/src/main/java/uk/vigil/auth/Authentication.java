package uk.vigil.auth;

import java.time.Clock;
import uk.vigil.database.Graph;

/**
 * The authentication parts wired together, for {@code Features}: one graph, one clock, one
 * session store, one audit sink. Hand it to {@link AuthRoutes}; give {@link #sessions()} to anything
 * else that needs to resolve a session id.
 */
public final class Authentication {
    private final Authenticator authenticator;
    private final Sessions sessions;
    private final UserAdmin users;
    private final AuthEvents events;

    private Authentication(Authenticator authenticator, Sessions sessions, UserAdmin users, AuthEvents events) {
        this.authenticator = authenticator;
        this.sessions = sessions;
        this.users = users;
        this.events = events;
    }

    /** In-memory sessions and the default Argon2id parameters. */
    public static Authentication wire(Graph graph, Clock clock, SessionPolicy sessionPolicy, TotpPolicy totpPolicy,
                                      AuthEvents events) {
        return wire(graph, clock, sessionPolicy, totpPolicy, events, new InMemorySessionStore(), new PasswordHasher());
    }

    public static Authentication wire(Graph graph, Clock clock, SessionPolicy sessionPolicy, TotpPolicy totpPolicy,
                                      AuthEvents events, SessionStore store, PasswordHasher hasher) {
        UserStore users = new UserStore(graph);
        Sessions sessions = new Sessions(store, sessionPolicy, clock, events);
        return new Authentication(new Authenticator(users, hasher, totpPolicy, sessions, events, clock), sessions,
                new UserAdmin(users, hasher, totpPolicy, sessions, events, clock), events);
    }

    public Authenticator authenticator() {
        return authenticator;
    }

    public Sessions sessions() {
        return sessions;
    }

    public UserAdmin users() {
        return users;
    }

    public AuthEvents events() {
        return events;
    }
}
