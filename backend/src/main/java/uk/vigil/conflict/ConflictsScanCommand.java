package uk.vigil.conflict;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import uk.vigil.config.VigilConfig;
import uk.vigil.database.Database;
import uk.vigil.database.Migrations;

/**
 * {@code vigil conflicts-scan}: brings the stored conflicts of every area up to date, as a load
 * does at its end. For a load run with {@code --skip-conflict-scan}, or after changing the
 * conflict settings ({@code VIGIL_CONFLICT_*}).
 */
@Command(name = "conflicts-scan", mixinStandardHelpOptions = true,
        description = {"Recompute the exclusion-zone, victim-proximity and other conflicts of every area",
                "(docs/geo.md) on the database 'vigil serve' uses, printing progress."})
public final class ConflictsScanCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        try (Database db = Database.open(VigilConfig.fromEnvironment())) {
            Migrations.apply(db.graph());
            ConflictScan.allAreas(db.graph(), System.out::println);
        }
        return 0;
    }
}
