package uk.vigil;

import java.time.Clock;
import java.util.List;
import org.slf4j.LoggerFactory;
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
import uk.vigil.conflict.ConflictEngine;
import uk.vigil.conflict.ConflictRoutes;
import uk.vigil.conflict.ConflictService;
import uk.vigil.conflict.ConflictSettings;
import uk.vigil.exclusionzone.ZoneRoutes;
import uk.vigil.exclusionzone.ZoneService;
import uk.vigil.vetting.VettingRoutes;
import uk.vigil.vetting.VettingService;
import uk.vigil.briefing.BriefingRoutes;
import uk.vigil.briefing.BriefingService;
import uk.vigil.config.CaseworkRules;
import uk.vigil.database.Graph;
import uk.vigil.importer.ImportRoutes;
import uk.vigil.map.MapRoutes;
import uk.vigil.map.MapService;
import uk.vigil.map.MapSettings;
import uk.vigil.meeting.MeetingRoutes;
import uk.vigil.meeting.MeetingService;
import uk.vigil.identity.IdentityRoutes;
import uk.vigil.identity.IdentityService;
import uk.vigil.investigation.InvestigationRoutes;
import uk.vigil.investigation.InvestigationService;
import uk.vigil.network.HiddenAssociations;
import uk.vigil.network.NetworkRoutes;
import uk.vigil.network.NetworkService;
import uk.vigil.meeting.MinutesRoutes;
import uk.vigil.meeting.MinutesService;
import uk.vigil.nominal.NominalRoutes;
import uk.vigil.nominal.NominalService;
import uk.vigil.restriction.AccessListRoutes;
import uk.vigil.restriction.AccessListService;
import uk.vigil.safeguarding.ChildrenAtRisk;
import uk.vigil.safeguarding.SafeguardingRoutes;
import uk.vigil.search.SearchRoutes;
import uk.vigil.search.SearchService;
import uk.vigil.spring.RecordKeepingConfig;
import uk.vigil.statistics.StatisticsRoutes;
import uk.vigil.statistics.StatisticsService;
import uk.vigil.suspect.SuspectRoutes;
import uk.vigil.suspect.SuspectService;
import uk.vigil.web.WebApp;

/** Declares the services and the routes that expose them: the one place features are wired. */
record Features(List<WebApp.Routes> routes, AuditSink audit, ConfigurableApplicationContext spring)
        implements AutoCloseable {

    static Features wire(Graph graph, Clock clock, SessionPolicy sessions, TotpPolicy totp, AuditKey auditKey,
                         java.nio.file.Path importsDir) {
        AuditTrail trail = new AuditTrail(graph, auditKey, clock);
        AuditSink audit = new AuditTrailSink(trail);
        RecordAccess access = new RecordAccess(graph, audit);
        Authentication auth = Authentication.wire(graph, clock, sessions, totp, new AuditedAuthEvents(trail, graph));
        ConfigurableApplicationContext spring = RecordKeepingConfig.start(graph);
        SearchService search = new SearchService(graph, access, clock);
        CaseworkRules rules = CaseworkRules.from(System.getenv());
        MeetingService meetings = new MeetingService(spring, access, clock, graph, audit, rules);
        warmUp("search", search::warmUp);
        ConflictEngine conflictEngine = new ConflictEngine(graph, clock, ConflictSettings.from(System.getenv()));
        ConflictService conflicts = new ConflictService(graph, access, audit, clock, conflictEngine);
        NetworkService network = new NetworkService(graph, audit);
        warmUp("network", network::warmUp);
        SuspectService suspects = SuspectService.forApp(graph, access, clock,
                Boolean.parseBoolean(System.getenv().getOrDefault("VIGIL_SUSPECT_TWO_STEP", "true")));
        warmUp("suspects", suspects::warmUp);
        InvestigationService investigations = new InvestigationService(graph, audit, clock);
        warmUp("investigations", investigations::warmUp);
        return new Features(List.of(
                // first: headers on every response, then the sign-in gate in front of every other /api route
                new SecurityHeadersRoutes(),
                new AuthRoutes(auth),
                new AuditRoutes(trail),
                new ImportRoutes(graph, importsDir, audit, () -> conflicts.areas().forEach(conflicts::scanAfterImport)),
                new AccessListRoutes(new AccessListService(graph, audit, clock)),
                new AreaRoutes(new AreaService(graph)),
                new NominalRoutes(new NominalService(graph, access)),
                new SearchRoutes(search, access),
                new ConflictRoutes(conflicts),
                new VettingRoutes(new VettingService(graph, access, audit, clock, conflictEngine)),
                new ZoneRoutes(new ZoneService(graph, access, audit, clock, conflictEngine)),
                new MapRoutes(new MapService(graph, access, MapSettings.from(System.getenv()))),
                new NetworkRoutes(network, new HiddenAssociations(graph, network, audit, clock)),
                new IdentityRoutes(new IdentityService(graph, audit, clock)),
                new SafeguardingRoutes(new ChildrenAtRisk(graph, network, audit, clock)),
                new MeetingRoutes(meetings),
                new MinutesRoutes(new MinutesService(graph, meetings, audit, rules, clock)),
                new BriefingRoutes(new BriefingService(graph, access, audit, rules, clock)),
                new StatisticsRoutes(new StatisticsService(graph, access, audit, rules)),
                new SuspectRoutes(suspects),
                new InvestigationRoutes(investigations)), audit, spring);
    }

    /** Runs a warm-up in the background: start-up does not wait, and a failure only costs the first user time. */
    private static void warmUp(String what, Runnable task) {
        Thread thread = new Thread(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(Features.class).debug("Warm-up of {} did not finish: {}", what, e.toString());
            }
        }, "vigil-warm-up-" + what);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        spring.close();
    }
}
