package uk.vigil.search;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import uk.vigil.access.RecordAccess;
import uk.vigil.auth.Role;
import uk.vigil.common.InvalidRequestException;
import uk.vigil.web.RequestViewer;
import uk.vigil.web.Rule;
import uk.vigil.web.WebApp;

/** {@code GET /api/search} and {@code POST /api/search/selections} (docs/api.md, "Search"). */
public final class SearchRoutes implements WebApp.Routes {
    private final SearchService search;
    private final RecordAccess access;

    public SearchRoutes(SearchService search, RecordAccess access) {
        this.search = search;
        this.access = access;
    }

    /** The result a user opened: which search it came from and where it stood. */
    record Selection(String searchId, String type, String id, Integer rank) {
    }

    @Override
    public void accept(JavalinConfig config) {
        Rule casework = Rule.roles(Role.CASEWORK);
        config.routes.get("/api/search", ctx -> ctx.json(
                search.search(RequestViewer.of(ctx), SearchRequest.of(ctx.queryParamMap()))), casework);
        config.routes.post("/api/search/selections", this::select, casework);
    }

    private void select(Context ctx) {
        Selection s;
        try {
            s = ctx.bodyAsClass(Selection.class);
        } catch (RuntimeException e) {
            s = null;
        }
        if (s == null || s.searchId() == null || !s.searchId().matches("[0-9a-f-]{36}")
                || s.type() == null || !s.type().matches("PERSON|VEHICLE|DEVICE|ACCOUNT|ADDRESS|INTELLIGENCE")
                || s.id() == null || !s.id().matches("[A-Za-z0-9_-]{1,64}")
                || s.rank() == null || s.rank() < 0 || s.rank() > 10_000) {
            throw new InvalidRequestException("Send {\"searchId\", \"type\", \"id\", \"rank\"} from a search response");
        }
        access.recordSelection(RequestViewer.of(ctx), s.searchId(), s.type(), s.id(), s.rank());
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
