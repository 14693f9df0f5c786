package uk.vigil.meeting;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import uk.vigil.common.InvalidRequestException;
import uk.vigil.common.NotFoundException;
import uk.vigil.web.RequestViewer;
import uk.vigil.auth.Role;
import uk.vigil.web.Rule;
import uk.vigil.web.WebApp;

/**
 * <pre>
 * GET  /api/meetings?area=                 Responsible Authority: upcoming meetings of an area
 * GET  /api/meetings/{id}                  casework roles: the meeting and its agenda as they may see it
 * POST /api/meetings                       MAPPA chairs: plan a meeting
 * PUT  /api/meetings/{id}/agenda           MAPPA chairs: set the agenda
 * POST /api/meetings/{id}/invitations      MAPPA chairs: invite someone (for cases of the agenda)
 * GET  /api/meetings/{id}/directory        MAPPA chairs: officers and agencies to invite or to own actions
 * </pre>
 */
public final class MeetingRoutes implements WebApp.Routes {
    private final MeetingService meetings;

    public MeetingRoutes(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public void accept(JavalinConfig config) {
        Rule chair = Rule.roles(Role.MAPPA_CHAIR);
        config.routes.get("/api/meetings", ctx -> {
            String area = ctx.queryParam("area");
            if (area == null || area.isBlank()) {
                throw new InvalidRequestException("area is required");
            }
            ctx.json(meetings.upcoming(RequestViewer.of(ctx), area));
        }, Rule.roles(Role.RESPONSIBLE_AUTHORITY));
        config.routes.get("/api/meetings/{id}", ctx ->
                ctx.json(meetings.detail(RequestViewer.of(ctx), id(ctx))), Rule.roles(Role.CASEWORK));
        config.routes.post("/api/meetings", ctx -> ctx.status(HttpStatus.CREATED).json(
                meetings.create(RequestViewer.of(ctx), body(ctx, NewMeeting.class,
                        "{\"area\", \"level\": 2|3, \"date\": \"2027-01-10T09:30:00Z\", \"chairId\"?, \"agencies\": [ids], \"invitees\": [officer ids]}"))),
                chair);
        config.routes.put("/api/meetings/{id}/agenda", ctx -> ctx.json(meetings.setAgenda(RequestViewer.of(ctx), id(ctx),
                body(ctx, AgendaChange.class, "{\"cases\": [case ids in agenda order]}").cases())), chair);
        config.routes.post("/api/meetings/{id}/invitations", ctx -> {
            Invitation inv = body(ctx, Invitation.class, "{\"officerId\", \"cases\": [case ids]}");
            ctx.json(meetings.invite(RequestViewer.of(ctx), id(ctx), inv.officerId(), inv.cases()));
        }, chair);
        config.routes.get("/api/meetings/{id}/directory", ctx -> ctx.json(meetings.directory(RequestViewer.of(ctx), id(ctx))),
                chair);
    }

    /** Meeting ids are short keys; anything else cannot name one. */
    static String id(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.isEmpty() || id.length() > 200) {
            throw new NotFoundException("No such meeting");
        }
        return id;
    }

    static <T> T body(Context ctx, Class<T> type, String shape) {
        T value;
        try {
            value = ctx.bodyAsClass(type);
        } catch (Exception e) { // the parser's message may quote the body: never pass it on
            throw new InvalidRequestException("The request body must be JSON: " + shape);
        }
        if (value == null) {
            throw new InvalidRequestException("The request body must be JSON: " + shape);
        }
        return value;
    }
}
