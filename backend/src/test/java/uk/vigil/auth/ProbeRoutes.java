package uk.vigil.auth;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import uk.vigil.access.LogAuditSink;
import uk.vigil.web.Rule;
import uk.vigil.web.WebApp;

/**
 * Stand-ins for other features' endpoints behind the gate, and a static file folder. Also starts
 * the app, so that Javalin stays in a *Routes class (the architecture rule).
 */
final class ProbeRoutes implements WebApp.Routes {

    /** A running app: its port and how to stop it. */
    record Started(int port, Runnable stop) {
    }

    static Started start(List<WebApp.Routes> routes) {
        Javalin javalin = WebApp.create(routes, new LogAuditSink()).start("127.0.0.1", 0);
        return new Started(javalin.port(), javalin::stop);
    }

    final AtomicInteger calls = new AtomicInteger();
    private final Path staticDir;

    ProbeRoutes(Path staticDir) {
        this.staticDir = staticDir;
    }

    @Override
    public void accept(JavalinConfig config) {
        if (staticDir != null) {
            config.staticFiles.add(staticDir.toString(), Location.EXTERNAL);
        }
        config.routes.get("/api/probe/whoami", ctx -> {
            calls.incrementAndGet();
            SessionUser user = ctx.attribute(AuthRoutes.USER);
            ctx.json(Map.of("username", user.username(), "agencyType", String.valueOf(user.agencyType())));
        }, Rule.signedIn());
        config.routes.post("/api/probe/echo", ctx -> {
            calls.incrementAndGet();
            ctx.json(Map.of("ok", true));
        }, Rule.signedIn());
    }
}
