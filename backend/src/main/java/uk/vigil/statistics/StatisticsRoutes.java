package uk.vigil.statistics;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import uk.vigil.auth.Role;
import uk.vigil.common.InvalidRequestException;
import uk.vigil.web.RequestViewer;
import uk.vigil.web.Rule;
import uk.vigil.web.WebApp;

/**
 * <pre>
 * GET /api/statistics?area=cumbria&amp;year=2014       the SMB tables for 1 April 2014 - 31 March 2015 (JSON)
 * GET /api/statistics.csv?area=cumbria&amp;year=2014   the same as CSV (audited as EXPORT)
 * </pre>
 * Responsible Authority roles, for their own areas. Counts include only what the viewer may see.
 */
public final class StatisticsRoutes implements WebApp.Routes {
    private final StatisticsService statistics;

    public StatisticsRoutes(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @Override
    public void accept(JavalinConfig config) {
        Rule ra = Rule.roles(Role.RESPONSIBLE_AUTHORITY);
        config.routes.get("/api/statistics", ctx -> ctx.json(statistics.report(RequestViewer.of(ctx), area(ctx), year(ctx))), ra);
        config.routes.get("/api/statistics.csv", ctx -> {
            String area = area(ctx);
            int year = year(ctx);
            String csv = statistics.csv(RequestViewer.of(ctx), area, year);
            ctx.contentType("text/csv; charset=utf-8");
            ctx.header("Content-Disposition", "attachment; filename=\"mappa-statistics-" + area.replaceAll("[^a-z0-9-]", "")
                    + "-" + year + ".csv\"");
            ctx.result(csv);
        }, ra);
    }

    private static String area(Context ctx) {
        String area = ctx.queryParam("area");
        if (area == null || area.isBlank()) {
            throw new InvalidRequestException("area is required");
        }
        if (area.length() > 100) {
            throw new InvalidRequestException("area is not an area id");
        }
        return area.strip();
    }

    private static int year(Context ctx) {
        String year = ctx.queryParam("year");
        if (year == null || year.isBlank()) {
            throw new InvalidRequestException("year is required: the year the reporting year starts (1 April), e.g. 2014 for 2014/15");
        }
        try {
            return Integer.parseInt(year.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("year must be a whole number, e.g. 2014 for 2014/15");
        }
    }
}
