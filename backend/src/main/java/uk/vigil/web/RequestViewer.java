package uk.vigil.web;

import io.javalin.http.Context;
import uk.vigil.access.Viewer;

/**
 * The {@link Viewer} of a request. The sign-in gate (uk.vigil.auth.AuthRoutes) puts it on the
 * context once the session is checked; a route reached without one is a wiring fault, never
 * an anonymous read.
 */
public final class RequestViewer {
    public static final String ATTRIBUTE = "vigil.viewer";

    private RequestViewer() {
    }

    public static Viewer of(Context ctx) {
        Viewer viewer = ctx.attribute(ATTRIBUTE);
        if (viewer == null) {
            throw new IllegalStateException("No signed-in viewer on " + ctx.path() + ": is the route behind the sign-in gate?");
        }
        return viewer;
    }

    /** The viewer when there is one (before the gate, or on public routes, there is none). */
    public static java.util.Optional<Viewer> optional(Context ctx) {
        return java.util.Optional.ofNullable(ctx.attribute(ATTRIBUTE));
    }
}
