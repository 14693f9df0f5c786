package uk.vigil.investigation;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import uk.vigil.auth.Role;
import uk.vigil.common.InvalidRequestException;
import uk.vigil.web.RequestViewer;
import uk.vigil.web.Rule;
import uk.vigil.web.WebApp;

/**
 * {@code /api/investigations} (docs/api.md, "Investigations"; docs/investigations.md). Responsible
 * Authority casework roles, like the network they are drawn from; which investigations each user
 * may list and open is decided by the service (every included record visible).
 */
public final class InvestigationRoutes implements WebApp.Routes {
    static final int MAX_BODY = 300_000;
    private final InvestigationService investigations;

    public InvestigationRoutes(InvestigationService investigations) {
        this.investigations = investigations;
    }

    @Override
    public void accept(JavalinConfig config) {
        Rule rule = Rule.roles(Role.RESPONSIBLE_AUTHORITY);
        config.routes.get("/api/investigations", ctx -> ctx.json(investigations.list(RequestViewer.of(ctx),
                new InvestigationListQuery(
                        number(ctx.queryParam("page"), "page", 1, 1, InvestigationListQuery.MAX_PAGE),
                        number(ctx.queryParam("size"), "size", 20, 1, InvestigationListQuery.MAX_SIZE),
                        ctx.queryParam("q"), InvestigationListQuery.flag(ctx.queryParam("mine"), "mine")))), rule);
        config.routes.post("/api/investigations", ctx -> ctx.status(201).json(
                investigations.create(RequestViewer.of(ctx), InvestigationRequests.New.of(body(ctx)))), rule);
        config.routes.get("/api/investigations/{id}", ctx -> ctx.json(
                investigations.open(RequestViewer.of(ctx), ctx.pathParam("id"))), rule);
        config.routes.put("/api/investigations/{id}", ctx -> ctx.json(investigations.update(RequestViewer.of(ctx),
                ctx.pathParam("id"), InvestigationRequests.Change.of(body(ctx)))), rule);
        config.routes.post("/api/investigations/{id}/charts", ctx -> ctx.status(201).json(investigations.addChart(
                RequestViewer.of(ctx), ctx.pathParam("id"), InvestigationRequests.NewChart.of(body(ctx)))), rule);
        config.routes.post("/api/investigations/{id}/searches", ctx -> ctx.status(201).json(investigations.addSearch(
                RequestViewer.of(ctx), ctx.pathParam("id"), InvestigationRequests.NewSearch.of(body(ctx)))), rule);
        config.routes.delete("/api/investigations/{id}", ctx -> ctx.json(
                investigations.setDeleted(RequestViewer.of(ctx), ctx.pathParam("id"), true)), rule);
        config.routes.post("/api/investigations/{id}/restore", ctx -> ctx.json(
                investigations.setDeleted(RequestViewer.of(ctx), ctx.pathParam("id"), false)), rule);
    }

    /** The request body as a JSON object, bounded. */
    static JsonNode body(Context ctx) {
        String text = ctx.body();
        if (text.length() > MAX_BODY) {
            throw new InvalidRequestException("The request is larger than " + MAX_BODY + " characters");
        }
        JsonNode node;
        try {
            node = WebApp.objectMapper().readTree(text);
        } catch (Exception e) {
            throw new InvalidRequestException("Send a JSON object (docs/api.md, \"Investigations\")");
        }
        return InvestigationRequests.object(node, "The request");
    }

    static int number(String text, String name, int fallback, int min, int max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(text.strip());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidRequestException(name + " must be a whole number from " + min + " to " + max);
    }
}
