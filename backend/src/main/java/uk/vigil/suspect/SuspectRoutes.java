package uk.vigil.suspect;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Map;
import uk.vigil.auth.Role;
import uk.vigil.common.InvalidRequestException;
import uk.vigil.web.RequestViewer;
import uk.vigil.web.Rule;
import uk.vigil.web.WebApp;

/**
 * {@code POST /api/suspects} and {@code POST /api/suspects/export.pdf} (the same search as a marked
 * PDF; docs/api.md, "Suspect search"). Responsible Authority casework roles:
 * duty-to-co-operate members do not investigate offences. What each user then sees is decided in
 * the queries.
 */
public final class SuspectRoutes implements WebApp.Routes {
    private final SuspectService suspects;

    public SuspectRoutes(SuspectService suspects) {
        this.suspects = suspects;
    }

    @Override
    public void accept(JavalinConfig config) {
        config.routes.post("/api/suspects", this::search, Rule.roles(Role.RESPONSIBLE_AUTHORITY));
        config.routes.post("/api/suspects/export.pdf", this::exportPdf, Rule.roles(Role.RESPONSIBLE_AUTHORITY));
    }

    private void search(Context ctx) {
        ctx.json(suspects.search(RequestViewer.of(ctx), request(ctx)));
    }

    /** The same search as a PDF, named for its crime reference. */
    private void exportPdf(Context ctx) {
        SuspectRequest req = request(ctx);
        byte[] pdf = suspects.exportPdf(RequestViewer.of(ctx), req);
        ctx.contentType("application/pdf");
        ctx.header("Content-Disposition", "attachment; filename=\"suspects-" + req.purpose().replaceAll("[^A-Za-z0-9_-]", "_") + ".pdf\"");
        ctx.result(pdf);
    }

    @SuppressWarnings("unchecked")
    private static SuspectRequest request(Context ctx) {
        Map<String, Object> body;
        try {
            body = ctx.bodyAsClass(Map.class);
        } catch (Exception e) {
            throw new InvalidRequestException("Send the search as a JSON object (docs/api.md, \"Suspect search\")");
        }
        return SuspectRequest.of(body);
    }
}
