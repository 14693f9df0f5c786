package uk.vigil;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.vigil.config.VigilConfig;
import uk.vigil.database.Database;
import uk.vigil.database.Migrations;
import java.time.Clock;
import uk.vigil.auth.DemoAccounts;
import uk.vigil.demo.DemoData;
import uk.vigil.demo.DemoOfficers;
import uk.vigil.conflict.ConflictScan;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start Vigil; on an empty database, first generate and import a demo area.")
final class DemoCommand implements Runnable {

    @Option(names = "--nominals", description = "Nominals in the demo area (default ${DEFAULT-VALUE})")
    int nominals = DemoData.DEFAULT_NOMINALS;

    @Option(names = "--area", description = "County of gb-places to place the demo in (repeatable; default Cumbria)")
    List<String> areas = DemoData.DEFAULT_AREAS;

    @Option(names = "--seed", description = "Generator seed (default ${DEFAULT-VALUE})")
    long seed = DemoData.DEFAULT_SEED;

    @Option(names = "--port", description = "HTTP port (default: VIGIL_PORT or 8080)")
    Integer port;

    @Override
    public void run() {
        VigilConfig config = VigilConfig.fromEnvironment();
        VigilConfig effective = port == null ? config : config.withHttpPort(port);
        Database database = Database.open(effective);
        try {
            Migrations.apply(database.graph());
            DemoData.Result demo = DemoData.ensureLoaded(database.graph(), effective.dataDir(), nominals, areas, seed, System.out::println);
            if (demo.loaded()) {
                ConflictScan.allAreas(database.graph(), System.out::println);
            }
            DemoAccounts.ensure(database.graph(), Clock.systemDefaultZone(), System.out::println);
            DemoOfficers.link(database.graph(), System.out::println);
            System.out.println("Demo accounts (DEMO ONLY) are listed in docs/security.md; `./vigil totp demo.analyst` prints a sign-in code.");
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        ServeCommand.serveUntilStopped(effective, () -> Server.start(database, effective));
    }
}
