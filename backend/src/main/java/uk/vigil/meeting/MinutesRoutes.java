package uk.vigil.meeting;

import io.javalin.config.JavalinConfig;
import uk.vigil.auth.Role;
import uk.vigil.web.RequestViewer;
import uk.vigil.web.Rule;
import uk.vigil.web.WebApp;

/**
 * <pre>
 * POST /api/meetings/{id}/attendance   the meeting's chair: attendance register and minutes summary
 * POST /api/meetings/{id}/record       the meeting's chair: decisions, actions, level change, disclosures for one case
 * </pre>
 */
public final class MinutesRoutes implements WebApp.Routes {
    private final MinutesService minutes;

    public MinutesRoutes(MinutesService minutes) {
        this.minutes = minutes;
    }

    @Override
    public void accept(JavalinConfig config) {
        Rule chair = Rule.roles(Role.MAPPA_CHAIR);
        config.routes.post("/api/meetings/{id}/attendance", ctx -> ctx.json(minutes.attendance(RequestViewer.of(ctx),
                MeetingRoutes.id(ctx), MeetingRoutes.body(ctx, Attendance.class,
                        "{\"attendance\": [{\"officerId\", \"attended\": true|false}], \"minutes\": \"summary\"}"))), chair);
        config.routes.post("/api/meetings/{id}/record", ctx -> ctx.json(minutes.recordCase(RequestViewer.of(ctx),
                MeetingRoutes.id(ctx), MeetingRoutes.body(ctx, CaseRecord.class,
                        "{\"caseId\", \"decisions\": [{\"decision\", \"reason\"}], \"actions\": [{\"description\", \"ownerId\", "
                                + "\"agencyId\", \"dueDate\", \"pillar\"}], \"actionUpdates\": [{\"actionId\", \"status\", \"doneDate\"}], "
                                + "\"levelChange\": {\"level\", \"reason\"}, \"disclosures\": [{\"disclose\", \"recipient\", \"what\", "
                                + "\"reason\", \"reviewDate\"}]}"))), chair);
    }
}
