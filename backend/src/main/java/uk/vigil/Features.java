package uk.vigil;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import uk.vigil.access.AuditSink;
import uk.vigil.access.RecordAccess;
import uk.vigil.area.AreaRoutes;
import uk.vigil.audit.AuditKey;
import uk.vigil.audit.AuditRoutes;
import uk.vigil.audit.AuditTrail;
import uk.vigil.audit.AuditTrailSink;
import uk.vigil.audit.AuditedAuthEvents;
import uk.vigil.area.AreaService;
import uk.vigil.auth.AuthRoutes;
import uk.vigil.auth.Authentication;
import uk.vigil.auth.SecurityHeadersRoutes;
import uk.vigil.auth.SessionPolicy;
import uk.vigil.auth.TotpPolicy;
import uk.vigil.database.Graph;
import uk.vigil.importer.ImportRoutes;
import uk.vigil.meeting.MeetingRoutes;
import uk.vigil.meeting.MeetingService;
import uk.vigil.nominal.NominalRoutes;
import uk.vigil.nominal.NominalService;
import uk.vigil.search.SearchRoutes;
import uk.vigil.search.SearchService;
import uk.vigil.spring.RecordKeepingConfig;
import uk.vigil.web.WebApp;

/** Declares the services and the routes that expose them: the one place features are wired. */
record Features(List<WebApp.Routes> routes, AuditSink audit, ConfigurableApplicationContext spring)
        implements AutoCloseable {

    static Features wire(Graph graph, Clock clock, SessionPolicy sessions, TotpPolicy totp, AuditKey auditKey,
                         java.nio.file.Path importsDir) {
        AuditTrail trail = new AuditTrail(graph, auditKey, clock);
        AuditSink audit = new AuditTrailSink(trail);
        RecordAccess access = new RecordAccess(graph, audit);
        Authentication auth = Authentication.wire(graph, clock, sessions, totp, new AuditedAuthEvents(trail));
        ConfigurableApplicationContext spring = RecordKeepingConfig.start(graph);
        return new Features(List.of(
                // first: headers on every response, then the sign-in gate in front of every other /api route
                new SecurityHeadersRoutes(),
                new AuthRoutes(auth),
                new AuditRoutes(trail),
                new ImportRoutes(graph, importsDir, audit),
                new AreaRoutes(new AreaService(graph)),
                new NominalRoutes(new NominalService(graph, access)),
                new SearchRoutes(new SearchService(graph, access, clock), access),
                new MeetingRoutes(new MeetingService(spring, access, clock))), audit, spring);
    }

    @Override
    public void close() {
        spring.close();
    }
}
