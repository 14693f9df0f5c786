package uk.vigil.auth;

import io.javalin.config.JavalinConfig;
import uk.vigil.web.WebApp;

/** Puts {@link SecurityHeaders} on every response, static files included. */
public final class SecurityHeadersRoutes implements WebApp.Routes {

    @Override
    public void accept(JavalinConfig config) {
        config.routes.before(ctx -> SecurityHeaders.apply(ctx::header));
    }
}
