package uk.vigil.audit;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import uk.vigil.auth.Role;
import uk.vigil.common.InvalidRequestException;
import uk.vigil.web.RequestViewer;
import uk.vigil.web.Rule;
import uk.vigil.web.WebApp;

/**
 * {@code GET /api/audit}: auditors only. Filters: {@code object} (e.g. {@code PERSON:N0000042}: who
 * viewed this nominal), {@code user} (what did this user do), {@code event}, {@code from}/{@code to}
 * (ISO instants), {@code page}, {@code size}. Reading the audit is itself audited.
 */
public final class AuditRoutes implements WebApp.Routes {
    private final AuditTrail trail;

    public AuditRoutes(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void accept(JavalinConfig config) {
        config.routes.get("/api/audit", this::query, Rule.roles(Role.AUDITOR));
    }

    private void query(Context ctx) {
        AuditQuery q = new AuditQuery(object(ctx.queryParam("object")), ctx.queryParam("user"),
                event(ctx.queryParam("event")), instant(ctx, "from"), instant(ctx, "to"),
                intParam(ctx, "page", 0), intParam(ctx, "size", AuditQuery.DEFAULT_SIZE), null);
        ctx.json(trail.query(AuditTrailSink.actor(RequestViewer.of(ctx)), q));
    }

    private static AuditObject object(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        int colon = key.indexOf(':');
        if (colon < 1 || colon == key.length() - 1) {
            throw new InvalidRequestException("object must be TYPE:ID, e.g. PERSON:N0000042");
        }
        try {
            return new AuditObject(key.substring(0, colon).toUpperCase(Locale.ROOT), key.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("object must be TYPE:ID, e.g. PERSON:N0000042 (" + e.getMessage() + ")");
        }
    }

    private static AuditEventType event(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return AuditEventType.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("event must be one of " + java.util.Arrays.toString(AuditEventType.values()));
        }
    }

    private static Instant instant(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name + " must be an ISO instant, e.g. 2026-11-01T00:00:00Z");
        }
    }

    private static int intParam(Context ctx, String name, int fallback) {
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
