package uk.vigil.identity;

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
 * Duplicate identities (docs/api.md, "Identity"): candidates per nominal, whole-graph scans with
 * progress, and the analyst's decisions (confirm, undo, reject), each with a reason. Responsible
 * Authority casework roles.
 */
public final class IdentityRoutes implements WebApp.Routes {
    private final IdentityService identity;

    public IdentityRoutes(IdentityService identity) {
        this.identity = identity;
    }

    /** A decision about two records. */
    record Decision(String a, String b, String reason) {
    }

    @Override
    public void accept(JavalinConfig config) {
        Rule analysis = Rule.roles(Role.RESPONSIBLE_AUTHORITY);
        config.routes.get("/api/identity/duplicates/{id}", ctx -> ctx.json(
                identity.candidatesFor(RequestViewer.of(ctx), id(ctx.pathParam("id")), ctx.header("X-Vigil-Purpose"))), analysis);
        config.routes.post("/api/identity/scans", ctx -> {
            ctx.status(HttpStatus.ACCEPTED);
            ctx.json(identity.startScan(RequestViewer.of(ctx)));
        }, analysis);
        config.routes.get("/api/identity/scans/{id}", ctx -> {
            String scanId = ctx.pathParam("id");
            if (!scanId.matches("[0-9a-f-]{36}")) {
                throw new NotFoundException("No duplicate scan with that id");
            }
            String limit = ctx.queryParam("limit");
            int n;
            try {
                n = limit == null ? 200 : Integer.parseInt(limit);
            } catch (NumberFormatException e) {
                throw new InvalidRequestException("limit must be a whole number from 0 to 1000");
            }
            if (n < 0 || n > 1000) {
                throw new InvalidRequestException("limit must be a whole number from 0 to 1000");
            }
            ctx.json(identity.scan(RequestViewer.of(ctx), scanId, n));
        }, analysis);
        config.routes.post("/api/identity/same-as", ctx -> {
            Decision d = decision(ctx);
            ctx.status(HttpStatus.CREATED);
            ctx.json(identity.confirm(RequestViewer.of(ctx), d.a(), d.b(), d.reason()));
        }, analysis);
        config.routes.post("/api/identity/same-as/undo", ctx -> {
            Decision d = decision(ctx);
            ctx.json(identity.unconfirm(RequestViewer.of(ctx), d.a(), d.b(), d.reason()));
        }, analysis);
        config.routes.post("/api/identity/not-same-as", ctx -> {
            Decision d = decision(ctx);
            ctx.status(HttpStatus.CREATED);
            ctx.json(identity.reject(RequestViewer.of(ctx), d.a(), d.b(), d.reason()));
        }, analysis);
    }

    private static Decision decision(Context ctx) {
        Decision d;
        try {
            d = ctx.bodyAsClass(Decision.class);
        } catch (Exception e) { // Jackson's parse errors are checked exceptions, thrown unchecked by Javalin
            d = null;
        }
        if (d == null || d.a() == null || d.b() == null) {
            throw new InvalidRequestException("Send {\"a\", \"b\", \"reason\"}: the ids of two nominal records and why");
        }
        return new Decision(id(d.a()), id(d.b()), d.reason());
    }

    private static String id(String id) {
        if (id == null || !id.strip().matches("[A-Za-z0-9_-]{1,64}")) {
            throw new InvalidRequestException("A record id is letters, digits, - and _ (at most 64)");
        }
        return id.strip();
    }
}
