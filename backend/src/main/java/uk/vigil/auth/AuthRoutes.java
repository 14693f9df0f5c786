package uk.vigil.auth;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import uk.vigil.common.InvalidRequestException;
import uk.vigil.access.Marking;
import uk.vigil.access.Viewer;
import uk.vigil.web.ApiError;
import uk.vigil.web.RequestViewer;
import uk.vigil.web.Rule;
import uk.vigil.web.WebApp;

/**
 * Sign-in, sessions and user administration over HTTP, and the gate in front of every other
 * {@code /api} request: a live session (else 401), the session's CSRF token on anything but
 * GET/HEAD/OPTIONS (else 403), then the user on the context under {@link #USER}.
 *
 * <pre>
 * POST   /api/session                         sign in {username, password, code} -> {user, csrfToken} + cookie
 * GET    /api/session                         -> {user, csrfToken}
 * DELETE /api/session                         sign out
 * GET    /api/admin/users                     ADMINISTRATOR
 * POST   /api/admin/users                     ADMINISTRATOR: create
 * POST   /api/admin/users/{username}/unlock   ADMINISTRATOR
 * POST   /api/admin/users/{username}/disable  ADMINISTRATOR: also ends the user's sessions
 * POST   /api/admin/users/{username}/enable   ADMINISTRATOR
 * </pre>
 * Register it before other routes so its before-handlers run first.
 */
public final class AuthRoutes implements WebApp.Routes {
    /** Context attribute holding the signed-in {@link SessionUser}. */
    public static final String USER = "vigil.user";
    /** Context attribute holding the {@link Session} (use {@link Session#ref()} in logs, never its id). */
    public static final String SESSION = "vigil.session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    static final String SIGN_IN_FIRST = "Sign in to continue";
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final Authentication auth;

    public AuthRoutes(Authentication auth) {
        this.auth = auth;
    }

    @Override
    public void accept(JavalinConfig config) {
        config.routes.before("/api/*", this::requireSession);
        config.routes.before("/api/admin/*", ctx -> {
            if (!user(ctx).hasRole(Role.ADMINISTRATOR)) {
                throw new ForbiddenException("Only administrators may do this");
            }
        });

        Rule admin = Rule.roles(Role.ADMINISTRATOR);
        config.routes.post("/api/session", this::signIn, Rule.publicRoute());
        config.routes.get("/api/session", ctx -> ctx.json(SessionView.of(session(ctx))), Rule.signedIn());
        config.routes.delete("/api/session", ctx -> {
            Session s = session(ctx);
            auth.sessions().end(ctx.cookie(SessionCookie.NAME));
            auth.events().logout(s.user().username(), s.ref());
            ctx.res().addHeader("Set-Cookie", SessionCookie.clear());
            ctx.status(HttpStatus.NO_CONTENT);
        }, Rule.signedIn());

        config.routes.get("/api/admin/users", ctx -> ctx.json(auth.users().list(user(ctx))), admin);
        config.routes.post("/api/admin/users", ctx ->
                ctx.status(HttpStatus.CREATED).json(auth.users().create(user(ctx), body(ctx, NewUser.class))), admin);
        config.routes.post("/api/admin/users/{username}/unlock", ctx ->
                ctx.json(auth.users().unlock(user(ctx), ctx.pathParam("username"))), admin);
        config.routes.post("/api/admin/users/{username}/disable", ctx ->
                ctx.json(auth.users().disable(user(ctx), ctx.pathParam("username"))), admin);
        config.routes.post("/api/admin/users/{username}/enable", ctx ->
                ctx.json(auth.users().enable(user(ctx), ctx.pathParam("username"))), admin);

        // Every 401 has no correlation id, so a failed sign-in answers byte for byte the same whatever the reason.
        config.routes.exception(NotAuthenticatedException.class, (e, ctx) ->
                ctx.status(HttpStatus.UNAUTHORIZED).json(new ApiError(e.getMessage(), 401, null)));
        config.routes.exception(ForbiddenException.class, (e, ctx) ->
                ctx.status(HttpStatus.FORBIDDEN).json(new ApiError(e.getMessage(), 403, UUID.randomUUID().toString())));
    }

    /** The signed-in user of a request that passed the gate. */
    public static SessionUser user(Context ctx) {
        SessionUser user = ctx.attribute(USER);
        if (user == null) {
            throw new NotAuthenticatedException(SIGN_IN_FIRST);
        }
        return user;
    }

    /** The session of a request that passed the gate. */
    public static Session session(Context ctx) {
        Session session = ctx.attribute(SESSION);
        if (session == null) {
            throw new NotAuthenticatedException(SIGN_IN_FIRST);
        }
        return session;
    }

    private void requireSession(Context ctx) {
        if (ctx.method().equals(HandlerType.POST) && ctx.path().equals("/api/session")) {
            return; // signing in: protected by SameSite, the JSON content type and Sec-Fetch-Site instead
        }
        String id = ctx.cookie(SessionCookie.NAME);
        Session session = auth.sessions().current(id).orElse(null);
        if (session == null) {
            if (id != null) {
                ctx.res().addHeader("Set-Cookie", SessionCookie.clear());
            }
            throw new NotAuthenticatedException(SIGN_IN_FIRST);
        }
        if (!SAFE.contains(ctx.method()) && !Sessions.csrfMatches(session, ctx.header(CSRF_HEADER))) {
            auth.events().csrfRejected(session.user().username(), session.ref(), ctx.method().name(), ctx.path());
            throw new ForbiddenException("Missing or wrong " + CSRF_HEADER + " header: reload the page and try again");
        }
        ctx.attribute(SESSION, session);
        ctx.attribute(USER, session.user());
        ctx.attribute(RequestViewer.ATTRIBUTE, viewer(session, ctx.ip()));
    }

    /** The signed-in user as every service sees them. */
    static Viewer viewer(Session session, String ip) {
        SessionUser u = session.user();
        return new Viewer(u.username(), u.agency(), u.agencyType(), u.areas(), u.roleNames(),
                Marking.valueOf(u.clearance().name()), u.officerId(), session.ref(), ip);
    }

    private void signIn(Context ctx) {
        String contentType = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!contentType.split(";")[0].strip().equals("application/json")) {
            ctx.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                    .json(new ApiError("Sign in with Content-Type: application/json", 415, null));
            return;
        }
        String fetchSite = ctx.header("Sec-Fetch-Site");
        if ("cross-site".equals(fetchSite) || "same-site".equals(fetchSite)) {
            throw new ForbiddenException("Sign in from Vigil's own page");
        }
        Authenticator.Credentials credentials = body(ctx, Authenticator.Credentials.class);
        Sessions.Started started = auth.authenticator().login(credentials, ctx.ip());
        String previous = ctx.cookie(SessionCookie.NAME);
        if (previous != null) { // never adopted: a session the browser had before signing in just ends
            auth.sessions().end(previous);
        }
        ctx.res().addHeader("Set-Cookie", SessionCookie.issue(started.id()));
        ctx.json(SessionView.of(started.session()));
    }

    private static <T> T body(Context ctx, Class<T> type) {
        T body;
        try {
            body = ctx.bodyAsClass(type);
        } catch (Exception e) { // Jackson's checked parse errors too; their message may quote the body: never pass it on
            throw new InvalidRequestException("The request body must be a JSON object with the documented fields");
        }
        if (body == null) {
            throw new InvalidRequestException("The request body must be a JSON object with the documented fields");
        }
        return body;
    }
}
