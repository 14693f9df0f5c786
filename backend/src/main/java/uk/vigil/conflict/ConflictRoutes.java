package uk.vigil.conflict;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import uk.vigil.auth.Role;
import uk.vigil.common.InvalidRequestException;
import uk.vigil.common.NotFoundException;
import uk.vigil.web.RequestViewer;
import uk.vigil.web.Rule;
import uk.vigil.web.WebApp;

/**
 * {@code GET /api/conflicts} (dashboard of an area), {@code GET /api/conflicts/{id}},
 * {@code POST /api/conflicts/scans} (whole-area scan), {@code GET /api/conflicts/scans/{id}} (progress).
 * Responsible Authority casework roles only: conflicts speak of victims.
 */
public final class ConflictRoutes implements WebApp.Routes {
    private final ConflictService conflicts;

    public ConflictRoutes(ConflictService conflicts) {
        this.conflicts = conflicts;
    }

    @Override
    public void accept(JavalinConfig config) {
        Rule ra = Rule.roles(Role.RESPONSIBLE_AUTHORITY);
        config.routes.get("/api/conflicts", this::dashboard, ra);
        config.routes.get("/api/conflicts/scans/{id}", ctx -> ctx.json(conflicts.scan(RequestViewer.of(ctx), id(ctx))), ra);
        config.routes.post("/api/conflicts/scans", this::scan, ra);
        config.routes.get("/api/conflicts/{id}", ctx -> ctx.json(conflicts.detail(RequestViewer.of(ctx), id(ctx))), ra);
    }

    private void dashboard(Context ctx) {
        ctx.json(conflicts.dashboard(RequestViewer.of(ctx), new ConflictService.DashboardQuery(ctx.queryParam("area"),
                ctx.queryParam("status"), ctx.queryParam("rule"), intParam(ctx, "sinceDays", 7), intParam(ctx, "page", 0),
                intParam(ctx, "size", 50))));
    }

    private void scan(Context ctx) {
        Map<?, ?> body;
        try {
            body = ctx.bodyAsClass(Map.class);
        } catch (Exception e) { // Jackson's mapping exceptions are checked IOExceptions, thrown through
            throw new InvalidRequestException("body must be JSON {\"area\": \"...\"}");
        }
        Object area = body == null ? null : body.get("area");
        ctx.status(HttpStatus.ACCEPTED).json(conflicts.startScan(RequestViewer.of(ctx), area instanceof String s ? s : null));
    }

    private static String id(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.isEmpty() || id.length() > 100) {
            throw new NotFoundException("No such record");
        }
        return id;
    }

    static int intParam(Context ctx, String name, int fallback) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name + " must be a whole number");
        }
    }
}
