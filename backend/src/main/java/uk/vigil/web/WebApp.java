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
import uk.vigil.common.InvalidRequestException;
import uk.vigil.common.NotFoundException;

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

    public static Javalin create(List<Routes> routes) {
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(objectMapper(), false));
            config.startup.showJavalinBanner = false;
            config.http.defaultContentType = "application/json";
            if (WebApp.class.getClassLoader().getResource("public/index.html") != null) {
                config.staticFiles.add("/public", Location.CLASSPATH);
                config.spaRoot.addFile("/", "/public/index.html", Location.CLASSPATH);
            }
            config.routes.before("/api/*", ctx -> ctx.header("Cache-Control", "no-store"));
            routes.forEach(r -> r.accept(config));
            errorMapping(config);
        });
    }

    private static void errorMapping(JavalinConfig config) {
        config.routes.exception(NotFoundException.class, (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND, e.getMessage()));
        config.routes.exception(InvalidRequestException.class,
                (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
        config.routes.exception(io.javalin.validation.ValidationException.class,
                (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, "Invalid parameter: " + e.getErrors().keySet()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            String id = error(ctx, HttpStatus.INTERNAL_SERVER_ERROR,
                    "Something went wrong on our side. Quote the reference if you report it.");
            LOG.error("Unhandled error {} on {} {}", id, ctx.method(), ctx.path(), e);
        });
        config.routes.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && ctx.attribute(ERROR_WRITTEN) == null) {
                error(ctx, HttpStatus.NOT_FOUND, "No such API endpoint: " + ctx.path());
            }
        });
    }

    /** Writes the JSON error body and returns its correlation id. Never a stack trace or a query. */
    static String error(Context ctx, HttpStatus status, String message) {
        String id = UUID.randomUUID().toString();
        ctx.attribute(ERROR_WRITTEN, id);
        ctx.status(status).json(new ApiError(message, status.getCode(), id));
        return id;
    }
}
