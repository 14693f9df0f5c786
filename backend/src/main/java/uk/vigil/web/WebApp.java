package uk.vigil.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.Map;
import uk.vigil.access.AuditSink;
import uk.vigil.access.Viewer;
import uk.vigil.common.AccessDeniedException;
import uk.vigil.common.InvalidRequestException;
import uk.vigil.common.NotFoundException;
import uk.vigil.common.PurposeRequiredException;

/**
 * Builds the Javalin app from its route groups, unstarted, so tests can start it on a random
 * port. Serves the built Vue app from the classpath ({@code /public}) when it is there.
 */
public final class WebApp {
    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);
    private static final String ERROR_WRITTEN = "vigil.error";

    /** One feature's routes; each feature package has one. */
    public interface Routes extends Consumer<JavalinConfig> {
    }

    private WebApp() {
    }

    public static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** Builds the app; every /api route must carry a {@link Rule}, and refusals are audited to {@code audit}. */
    public static Javalin create(List<Routes> routes, AuditSink audit) {
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(objectMapper(), false));
            config.startup.showJavalinBanner = false;
            config.http.defaultContentType = "application/json";
            if (WebApp.class.getClassLoader().getResource("public/index.html") != null) {
                config.staticFiles.add("/public", Location.CLASSPATH);
                config.spaRoot.addHandler("/", WebApp::singlePageApp);
            }
            config.routes.before("/api/*", ctx -> ctx.header("Cache-Control", "no-store"));
            routes.forEach(r -> r.accept(config));
            config.routes.beforeMatched(ctx -> enforceRule(ctx, audit));
            errorMapping(config);
        });
    }

    /** Deep links into the Vue app get index.html; unknown API paths stay a JSON 404. */
    private static void singlePageApp(Context ctx) throws java.io.IOException {
        if (ctx.path().startsWith("/api/")) {
            error(ctx, HttpStatus.NOT_FOUND, "No such API endpoint: " + ctx.path());
            return;
        }
        try (var in = WebApp.class.getClassLoader().getResourceAsStream("public/index.html")) {
            ctx.html(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** The door: the route's rule against the signed-in viewer's roles. No rule, no entry. */
    private static void enforceRule(Context ctx, AuditSink audit) {
        io.javalin.router.Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (endpoint == null || !endpoint.path.startsWith("/api/")) {
            return; // static files and the app's deep links; unknown /api paths end as a JSON 404
        }
        io.javalin.security.Roles roles = endpoint.metadata(io.javalin.security.Roles.class);
        Rule rule = roles == null ? null
                : roles.getRoles().stream().filter(Rule.class::isInstance).map(Rule.class::cast).findFirst().orElse(null);
        if (rule == null) {
            LOG.error("Route {} {} has no access rule: refused", ctx.method(), endpoint.path);
            throw new AccessDeniedException("This action is not available");
        }
        if (rule.isPublic()) {
            return;
        }
        Viewer viewer = RequestViewer.of(ctx);
        if (!rule.allows(viewer.roles())) {
            audit.record(viewer, "PERMISSION_DENIED", List.of(), "DENIED", null,
                    Map.of("route", ctx.method() + " " + endpoint.path));
            throw new AccessDeniedException("Your role does not allow this");
        }
    }

    private static void errorMapping(JavalinConfig config) {
        config.routes.exception(NotFoundException.class, (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND, e.getMessage()));
        config.routes.exception(AccessDeniedException.class, (e, ctx) -> error(ctx, HttpStatus.FORBIDDEN, e.getMessage()));
        config.routes.exception(uk.vigil.common.ConflictException.class,
                (e, ctx) -> error(ctx, HttpStatus.CONFLICT, e.getMessage()));
        config.routes.exception(PurposeRequiredException.class,
                (e, ctx) -> error(ctx, HttpStatus.PRECONDITION_REQUIRED, e.getMessage()));
        config.routes.exception(InvalidRequestException.class,
                (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
        config.routes.exception(io.javalin.validation.ValidationException.class,
                (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, "Invalid parameter: " + e.getErrors().keySet()));
        config.routes.exception(uk.vigil.audit.AuditUnavailableException.class, (e, ctx) -> {
            String id = error(ctx, HttpStatus.SERVICE_UNAVAILABLE, "Action refused: the audit trail is unavailable.");
            LOG.error("Audit unavailable {} on {} {}", id, ctx.method(), loggable(ctx.path()), e);
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            String id = error(ctx, HttpStatus.INTERNAL_SERVER_ERROR,
                    "Something went wrong on our side. Quote the reference if you report it.");
            LOG.error("Unhandled error {} on {} {}", id, ctx.method(), loggable(ctx.path()), e);
        });
        config.routes.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && ctx.attribute(ERROR_WRITTEN) == null) {
                error(ctx, HttpStatus.NOT_FOUND, "No such API endpoint: " + ctx.path());
            }
        });
    }

    /** A request path as it may go into a log line: no control characters (no forged lines), bounded. */
    static String loggable(String path) {
        String clean = path.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 200 ? clean.substring(0, 200) + "..." : clean;
    }

    /** Writes the JSON error body and returns its correlation id. Never a stack trace or a query. */
    static String error(Context ctx, HttpStatus status, String message) {
        String id = UUID.randomUUID().toString();
        ctx.attribute(ERROR_WRITTEN, id);
        ctx.status(status).json(new ApiError(message, status.getCode(), id));
        return id;
    }
}
