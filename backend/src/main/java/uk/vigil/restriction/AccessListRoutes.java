package uk.vigil.restriction;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import uk.vigil.auth.Role;
import uk.vigil.common.InvalidRequestException;
import uk.vigil.common.NotFoundException;
import uk.vigil.web.RequestViewer;
import uk.vigil.web.Rule;
import uk.vigil.web.WebApp;

/**
 * <pre>
 * GET /api/admin/people/{id}/access   ADMINISTRATOR: {id, restricted, allowed, denied}
 * PUT /api/admin/people/{id}/access   ADMINISTRATOR + CSRF: {restricted, allowed, denied, reason} replaces them
 * </pre>
 * Behind the {@code /api/admin/*} gate; the person's record itself is never shown here.
 */
public final class AccessListRoutes implements WebApp.Routes {
    private final AccessListService lists;

    public AccessListRoutes(AccessListService lists) {
        this.lists = lists;
    }

    @Override
    public void accept(JavalinConfig config) {
        Rule admin = Rule.roles(Role.ADMINISTRATOR);
        config.routes.get("/api/admin/people/{id}/access", ctx ->
                ctx.json(lists.read(RequestViewer.of(ctx), id(ctx))), admin);
        config.routes.put("/api/admin/people/{id}/access", ctx ->
                ctx.json(lists.replace(RequestViewer.of(ctx), id(ctx), body(ctx))), admin);
    }

    /** Record ids are short source keys; anything else cannot name a person. */
    private static String id(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.isEmpty() || id.length() > 200) {
            throw new NotFoundException("No such person");
        }
        return id;
    }

    private static AccessListChange body(Context ctx) {
        try {
            return ctx.bodyAsClass(AccessListChange.class);
        } catch (Exception e) { // the parser's message may quote the body: never pass it on
            throw new InvalidRequestException(
                    "The request body must be {\"restricted\": bool, \"allowed\": [usernames], \"denied\": [usernames], \"reason\": \"why\"}");
        }
    }
}
