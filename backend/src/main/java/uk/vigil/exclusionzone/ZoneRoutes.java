package uk.vigil.exclusionzone;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import uk.vigil.auth.Role;
import uk.vigil.common.InvalidRequestException;
import uk.vigil.common.NotFoundException;
import uk.vigil.web.RequestViewer;
import uk.vigil.web.Rule;
import uk.vigil.web.WebApp;

/**
 * {@code GET /api/nominals/{id}/zones} (GeoJSON export), {@code POST /api/zones} (create),
 * {@code PUT /api/zones/{id}} (replace, with a version check) and {@code PUT /api/zones/{id}/shape} (a new shape, edited on
 * the map, with a version check). Drawing zones: offender managers, probation and police
 * practitioners and victim liaison officers with a need to see the nominal's victims.
 */
public final class ZoneRoutes implements WebApp.Routes {
    private final ZoneService zones;

    public ZoneRoutes(ZoneService zones) {
        this.zones = zones;
    }

    @Override
    public void accept(JavalinConfig config) {
        Rule draw = Rule.roles(Role.OFFENDER_MANAGER, Role.PROBATION_PRACTITIONER, Role.POLICE_PRACTITIONER,
                Role.VICTIM_LIAISON_OFFICER);
        config.routes.get("/api/nominals/{id}/zones", ctx -> ctx.json(zones.export(RequestViewer.of(ctx), id(ctx),
                ctx.header("X-Vigil-Purpose"))), Rule.roles(Role.RESPONSIBLE_AUTHORITY));
        config.routes.post("/api/zones", ctx -> ctx.status(HttpStatus.CREATED).json(
                zones.save(RequestViewer.of(ctx), body(ctx, null), ctx.header("X-Vigil-Purpose"))), draw);
        config.routes.put("/api/zones/{id}", ctx -> ctx.json(
                zones.save(RequestViewer.of(ctx), body(ctx, id(ctx)), ctx.header("X-Vigil-Purpose"))), draw);
        config.routes.put("/api/zones/{id}/shape", ctx -> ctx.json(
                zones.reshape(RequestViewer.of(ctx), id(ctx), shape(ctx), ctx.header("X-Vigil-Purpose"))), draw);
    }

    private static ZoneReshape shape(Context ctx) {
        try {
            return ctx.bodyAsClass(ZoneReshape.class);
        } catch (Exception e) { // Jackson's mapping exceptions are checked IOExceptions, thrown through
            throw new InvalidRequestException("body must be JSON {geometry, radiusM, version}");
        }
    }

    private static ZoneRequest body(Context ctx, String id) {
        ZoneRequest r;
        try {
            r = ctx.bodyAsClass(ZoneRequest.class);
        } catch (Exception e) { // Jackson's mapping exceptions are checked IOExceptions, thrown through
            throw new InvalidRequestException("body must be JSON {condition, protectedPerson, name, geometry, radiusM, from, to, version}");
        }
        if (r == null) {
            throw new InvalidRequestException("body is required");
        }
        return new ZoneRequest(id, r.condition(), r.protectedPerson(), r.name(), r.geometry(), r.radiusM(), r.from(), r.to(),
                id == null ? null : r.version());
    }

    private static String id(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.isEmpty() || id.length() > 100) {
            throw new NotFoundException("No such record");
        }
        return id;
    }
}
