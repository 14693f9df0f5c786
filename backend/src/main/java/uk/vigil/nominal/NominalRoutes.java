package uk.vigil.nominal;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import uk.vigil.common.InvalidRequestException;
import uk.vigil.web.RequestViewer;
import uk.vigil.web.WebApp;

/** {@code GET /api/nominals} (list) and {@code GET /api/nominals/{id}} (profile). */
public final class NominalRoutes implements WebApp.Routes {
    private final NominalService nominals;

    public NominalRoutes(NominalService nominals) {
        this.nominals = nominals;
    }

    @Override
    public void accept(JavalinConfig config) {
        config.routes.get("/api/nominals", this::list);
        config.routes.get("/api/nominals/{id}", ctx -> ctx.json(nominals.profile(RequestViewer.of(ctx), ctx.pathParam("id"))));
    }

    private void list(Context ctx) {
        NominalQuery q = new NominalQuery(
                ctx.queryParam("area"),
                intParam(ctx, "category"),
                intParam(ctx, "level"),
                ctx.queryParam("rosh"),
                ctx.queryParam("name"),
                ctx.queryParam("sort"),
                ctx.queryParam("dir"),
                intParam(ctx, "page", 0),
                intParam(ctx, "size", 50));
        ctx.json(nominals.list(RequestViewer.of(ctx), q));
    }

    private static Integer intParam(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(v.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name + " must be a whole number");
        }
    }

    private static int intParam(Context ctx, String name, int fallback) {
        Integer v = intParam(ctx, name);
        return v == null ? fallback : v;
    }
}
