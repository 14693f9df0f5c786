package uk.vigil;

import java.util.List;
import uk.vigil.access.RecordAccess;
import uk.vigil.area.AreaRoutes;
import uk.vigil.area.AreaService;
import uk.vigil.database.Graph;
import uk.vigil.nominal.NominalRoutes;
import uk.vigil.nominal.NominalService;
import uk.vigil.web.WebApp;

/** Declares the services and the routes that expose them: the one place features are wired. */
final class Features {
    private Features() {
    }

    static List<WebApp.Routes> wire(Graph graph) {
        RecordAccess access = new RecordAccess();
        return List.of(
                new AreaRoutes(new AreaService(graph)),
                new NominalRoutes(new NominalService(graph, access)));
    }
}
