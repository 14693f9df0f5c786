package uk.vigil.safeguarding;

import io.javalin.config.JavalinConfig;
import uk.vigil.auth.Role;
import uk.vigil.common.InvalidRequestException;
import uk.vigil.web.RequestViewer;
import uk.vigil.web.Rule;
import uk.vigil.web.WebApp;

/**
 * {@code GET /api/safeguarding/children-at-risk} (docs/api.md). Casework roles, each within their
 * scope: a duty-to-co-operate member sees only children and nominals of the cases they are invited for.
 */
public final class SafeguardingRoutes implements WebApp.Routes {
    private final ChildrenAtRisk children;

    public SafeguardingRoutes(ChildrenAtRisk children) {
        this.children = children;
    }

    @Override
    public void accept(JavalinConfig config) {
        config.routes.get("/api/safeguarding/children-at-risk", ctx -> {
            String area = ctx.queryParam("area");
            if (area != null && !area.matches("[a-z0-9-]{1,64}")) {
                throw new InvalidRequestException("area must be an area id such as cumbria");
            }
            String limit = ctx.queryParam("limit");
            int n;
            try {
                n = limit == null ? 100 : Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                throw new InvalidRequestException("limit must be a whole number from 1 to 500");
            }
            if (n < 1 || n > 500) {
                throw new InvalidRequestException("limit must be a whole number from 1 to 500");
            }
            ctx.json(children.list(RequestViewer.of(ctx), area, n));
        }, Rule.roles(Role.CASEWORK));
    }
}
