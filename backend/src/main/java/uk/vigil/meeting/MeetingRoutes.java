package uk.vigil.meeting;

import io.javalin.config.JavalinConfig;
import uk.vigil.common.InvalidRequestException;
import uk.vigil.web.RequestViewer;
import uk.vigil.auth.Role;
import uk.vigil.web.Rule;
import uk.vigil.web.WebApp;

/** {@code GET /api/meetings?area=}: upcoming meetings. */
public final class MeetingRoutes implements WebApp.Routes {
    private final MeetingService meetings;

    public MeetingRoutes(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public void accept(JavalinConfig config) {
        config.routes.get("/api/meetings", ctx -> {
            String area = ctx.queryParam("area");
            if (area == null || area.isBlank()) {
                throw new InvalidRequestException("area is required");
            }
            ctx.json(meetings.upcoming(RequestViewer.of(ctx), area));
        }, Rule.roles(Role.RESPONSIBLE_AUTHORITY));
    }
}
