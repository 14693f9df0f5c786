package uk.vigil.briefing;

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
 * GET /api/meetings/{id}/pack              the meeting's pack: cover summary + one pack per case (JSON)
 * GET /api/meetings/{id}/pack?case=K1      one case's pack (JSON)
 * GET /api/meetings/{id}/pack.pdf[?case=]  the same as a PDF (audited as EXPORT)
 * </pre>
 * Casework roles; each case as the viewer may see it (a duty-to-co-operate member: only invited cases).
 * Outside the viewer's caseload a purpose is needed (header {@code X-Vigil-Purpose}).
 */
public final class BriefingRoutes implements WebApp.Routes {
    private final BriefingService briefing;

    public BriefingRoutes(BriefingService briefing) {
        this.briefing = briefing;
    }

    @Override
    public void accept(JavalinConfig config) {
        Rule casework = Rule.roles(Role.CASEWORK);
        config.routes.get("/api/meetings/{id}/pack", ctx -> {
            String caseId = caseParam(ctx);
            ctx.json(caseId == null ? briefing.meetingPack(RequestViewer.of(ctx), id(ctx), purpose(ctx))
                    : briefing.casePack(RequestViewer.of(ctx), id(ctx), caseId, purpose(ctx)));
        }, casework);
        config.routes.get("/api/meetings/{id}/pack.pdf", ctx -> {
            String caseId = caseParam(ctx);
            pdf(ctx, "briefing-" + id(ctx) + (caseId == null ? "" : "-" + caseId), caseId == null
                    ? briefing.meetingPdf(RequestViewer.of(ctx), id(ctx), purpose(ctx))
                    : briefing.casePdf(RequestViewer.of(ctx), id(ctx), caseId, purpose(ctx)));
        }, casework);
    }

    /** {@code ?case=} names one case of the meeting; absent means the whole agenda. */
    private static String caseParam(Context ctx) {
        String caseId = ctx.queryParam("case");
        if (caseId == null || caseId.isBlank()) {
            return null;
        }
        if (caseId.length() > 200) {
            throw new NotFoundException("No such case");
        }
        return caseId.strip();
    }

    private static void pdf(Context ctx, String name, byte[] bytes) {
        String safe = name.replaceAll("[^A-Za-z0-9_-]", "_");
        ctx.contentType("application/pdf");
        ctx.header("Content-Disposition", "attachment; filename=\"" + safe + ".pdf\"");
        ctx.result(bytes);
    }

    private static String id(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.isEmpty() || id.length() > 200) {
            throw new NotFoundException("No such meeting");
        }
        return id;
    }

    private static String purpose(Context ctx) {
        String purpose = ctx.header("X-Vigil-Purpose");
        if (purpose != null && purpose.length() > 500) {
            throw new InvalidRequestException("purpose is longer than 500 characters");
        }
        return purpose;
    }
}
