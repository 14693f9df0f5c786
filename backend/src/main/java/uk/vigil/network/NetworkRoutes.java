package uk.vigil.network;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.vigil.auth.Role;
import uk.vigil.common.InvalidRequestException;
import uk.vigil.web.RequestViewer;
import uk.vigil.web.Rule;
import uk.vigil.web.WebApp;

/**
 * {@code GET /api/network} (expansion), {@code GET /api/network/paths} (explained paths) and
 * {@code GET /api/network/hidden-associations/{id}} (docs/api.md, "Network"). Responsible
 * Authority casework roles only: association analysis across cases is not for duty-to-co-operate
 * members, who see only the cases they are invited for.
 */
public final class NetworkRoutes implements WebApp.Routes {
    private final NetworkService network;
    private final HiddenAssociations hidden;

    public NetworkRoutes(NetworkService network, HiddenAssociations hidden) {
        this.network = network;
        this.hidden = hidden;
    }

    @Override
    public void accept(JavalinConfig config) {
        Rule analysis = Rule.roles(Role.RESPONSIBLE_AUTHORITY);
        config.routes.get("/api/network", ctx -> ctx.json(
                network.expand(RequestViewer.of(ctx), NetworkRequest.of(params(ctx)), purpose(ctx))), analysis);
        config.routes.get("/api/network/paths", ctx -> ctx.json(
                network.paths(RequestViewer.of(ctx), PathRequest.of(params(ctx)), purpose(ctx))), analysis);
        config.routes.get("/api/network/hidden-associations/{id}", ctx -> ctx.json(
                hidden.report(RequestViewer.of(ctx), NetworkRequest.recordId(ctx.pathParam("id"), "id"),
                        NetworkRequest.number(params(ctx).get("limit"), "limit", 50, 1, 200), purpose(ctx))), analysis);
    }

    /** The first value of each query parameter; a repeated one is refused rather than silently dropped. */
    static Map<String, String> params(Context ctx) {
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            if (e.getValue().size() > 1) {
                throw new InvalidRequestException(e.getKey() + " is given more than once");
            }
            out.put(e.getKey(), e.getValue().isEmpty() ? null : e.getValue().get(0));
        }
        return out;
    }

    /** Why the user runs the analysis: header X-Vigil-Purpose, written into the audit record. */
    static String purpose(Context ctx) {
        String purpose = ctx.header("X-Vigil-Purpose");
        if (purpose != null && purpose.length() > 500) {
            throw new InvalidRequestException("purpose is longer than 500 characters");
        }
        return purpose;
    }
}
