package uk.vigil.vetting;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import uk.vigil.auth.Role;
import uk.vigil.common.InvalidRequestException;
import uk.vigil.web.RequestViewer;
import uk.vigil.web.Rule;
import uk.vigil.web.WebApp;

/** {@code POST /api/vetting}: check a proposed address for an offender (Responsible Authority casework roles). */
public final class VettingRoutes implements WebApp.Routes {
    private final VettingService vetting;

    public VettingRoutes(VettingService vetting) {
        this.vetting = vetting;
    }

    @Override
    public void accept(JavalinConfig config) {
        config.routes.post("/api/vetting", this::check, Rule.roles(Role.RESPONSIBLE_AUTHORITY));
    }

    private void check(Context ctx) {
        VettingRequest request;
        try {
            request = ctx.bodyAsClass(VettingRequest.class);
        } catch (InvalidRequestException e) {
            throw e;
        } catch (Exception e) { // Jackson's mapping exceptions are checked IOExceptions, thrown through
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof InvalidRequestException invalid) {
                    throw invalid;
                }
            }
            throw new InvalidRequestException("body must be JSON {nominal, addressId} or {nominal, postcode, lat, lng, line1?}");
        }
        if (request == null) {
            throw new InvalidRequestException("body is required");
        }
        String purpose = ctx.header("X-Vigil-Purpose");
        if (purpose != null && request.purpose() == null) {
            request = new VettingRequest(request.nominal(), request.addressId(), request.line1(), request.postcode(),
                    request.lat(), request.lng(), purpose);
        }
        ctx.json(vetting.check(RequestViewer.of(ctx), request));
    }
}
