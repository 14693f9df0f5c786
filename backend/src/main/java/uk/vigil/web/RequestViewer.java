package uk.vigil.web;

import io.javalin.http.Context;
import java.util.Set;
import uk.vigil.access.Viewer;

/**
 * Turns a request into the {@link Viewer} services need. Foundation stage: there is no login yet,
 * so every request is the local demo user; the security issue replaces this with the session's user.
 */
public final class RequestViewer {
    private RequestViewer() {
    }

    public static Viewer of(Context ctx) {
        return new Viewer("local-demo", "local", Set.of(), Set.of(), "none", ctx.ip());
    }
}
