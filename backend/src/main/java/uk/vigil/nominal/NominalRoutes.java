package uk.vigil.nominal;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import uk.vigil.common.InvalidRequestException;
import uk.vigil.common.NotFoundException;
import uk.vigil.web.RequestViewer;
import uk.vigil.auth.Role;
import uk.vigil.web.Rule;
import uk.vigil.web.WebApp;

/** {@code GET /api/nominals} (list) and {@code GET /api/nominals/{id}} (profile). */
public final class NominalRoutes implements WebApp.Routes {
    private final NominalService nominals;

    public NominalRoutes(NominalService nominals) {
        this.nominals = nominals;
    }

    @Override
    public void accept(JavalinConfig config) {
        Rule casework = Rule.roles(Role.CASEWORK);
        config.routes.get("/api/nominals", this::list, casework);
        config.routes.get("/api/nominals/{id}", ctx -> ctx.json(
                nominals.profile(RequestViewer.of(ctx), id(ctx), purpose(ctx))), casework);
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

    /** Record ids are short source keys; anything else cannot name a record. */
    private static String id(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.isEmpty() || id.length() > 200) {
            throw new NotFoundException("No such nominal");
        }
        return id;
    }

    /** Why the user opens a record outside their caseload: header X-Vigil-Purpose (never the URL, which access logs keep). */
    private static String purpose(Context ctx) {
        String purpose = ctx.header("X-Vigil-Purpose");
        if (purpose != null && purpose.length() > 500) {
            throw new InvalidRequestException("purpose is longer than 500 characters");
        }
        return purpose;
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
