package uk.vigil.map;

import io.javalin.config.JavalinConfig;
import uk.vigil.auth.Role;
import uk.vigil.common.NotFoundException;
import uk.vigil.web.RequestViewer;
import uk.vigil.web.Rule;
import uk.vigil.web.WebApp;

/** {@code GET /api/map/base} (tile source or towns) and {@code GET /api/nominals/{id}/map} (layers). */
public final class MapRoutes implements WebApp.Routes {
    private final MapService map;

    public MapRoutes(MapService map) {
        this.map = map;
    }

    @Override
    public void accept(JavalinConfig config) {
        Rule ra = Rule.roles(Role.RESPONSIBLE_AUTHORITY);
        config.routes.get("/api/map/base", ctx -> ctx.json(map.base(RequestViewer.of(ctx))), ra);
        config.routes.get("/api/nominals/{id}/map", ctx -> {
            String id = ctx.pathParam("id");
            if (id.isEmpty() || id.length() > 200) {
                throw new NotFoundException("No such nominal");
            }
            ctx.json(map.nominal(RequestViewer.of(ctx), id, ctx.header("X-Vigil-Purpose")));
        }, ra);
    }
}
