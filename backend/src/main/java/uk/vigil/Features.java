package uk.vigil;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import uk.vigil.access.RecordAccess;
import uk.vigil.area.AreaRoutes;
import uk.vigil.area.AreaService;
import uk.vigil.database.Graph;
import uk.vigil.meeting.MeetingRoutes;
import uk.vigil.meeting.MeetingService;
import uk.vigil.nominal.NominalRoutes;
import uk.vigil.nominal.NominalService;
import uk.vigil.spring.RecordKeepingConfig;
import uk.vigil.web.WebApp;

/** Declares the services and the routes that expose them: the one place features are wired. */
record Features(List<WebApp.Routes> routes, ConfigurableApplicationContext spring) implements AutoCloseable {

    static Features wire(Graph graph, Clock clock) {
        RecordAccess access = new RecordAccess();
        ConfigurableApplicationContext spring = RecordKeepingConfig.start(graph);
        return new Features(List.of(
                new AreaRoutes(new AreaService(graph)),
                new NominalRoutes(new NominalService(graph, access)),
                new MeetingRoutes(new MeetingService(spring, access, clock))), spring);
    }

    @Override
    public void close() {
        spring.close();
    }
}
