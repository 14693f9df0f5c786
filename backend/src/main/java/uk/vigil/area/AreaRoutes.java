package uk.vigil.area;

import io.javalin.config.JavalinConfig;
import uk.vigil.web.Rule;
import uk.vigil.web.WebApp;

/** {@code GET /api/areas}. */
public final class AreaRoutes implements WebApp.Routes {
    private final AreaService areas;

    public AreaRoutes(AreaService areas) {
        this.areas = areas;
    }

    @Override
    public void accept(JavalinConfig config) {
        config.routes.get("/api/areas", ctx -> ctx.json(areas.list()), Rule.signedIn());
    }
}
