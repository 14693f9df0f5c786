package uk.vigil;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code vigil} command. {@code serve} runs the app; {@code demo} also fills an empty database
 * with a generated demo area first; {@code generate} and {@code import} work on CSV datasets.
 */
@Command(name = "vigil", mixinStandardHelpOptions = true, version = "Vigil 0.1.0",
        description = "Graph-backed intelligence and association analysis for MAPPA public protection.",
        subcommands = {ServeCommand.class, DemoCommand.class, uk.vigil.generator.GenerateCommand.class,
                uk.vigil.importer.ImportCommand.class, uk.vigil.auth.TotpCommand.class,
                uk.vigil.audit.AuditVerifyCommand.class, uk.vigil.conflict.ConflictsScanCommand.class, uk.vigil.auth.UserAddCommand.Group.class})
public final class App implements Runnable {

    public static void main(String[] args) {
        int exit = new CommandLine(new App()).execute(args);
        if (exit != 0 || !ServeCommand.isServing()) {
            System.exit(exit);
        }
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
