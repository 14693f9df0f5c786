package uk.vigil;

import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.vigil.config.VigilConfig;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start Vigil: the JSON API and the web app on one port.")
final class ServeCommand implements Runnable {
    private static volatile boolean serving;

    @Option(names = "--port", description = "HTTP port (default: VIGIL_PORT or 8080; 0 picks a free one)")
    Integer port;

    static boolean isServing() {
        return serving;
    }

    @Override
    public void run() {
        VigilConfig config = VigilConfig.fromEnvironment();
        if (port != null) {
            config = config.withHttpPort(port);
        }
        VigilConfig effective = config;
        serveUntilStopped(effective, () -> Server.start(effective));
    }

    /** Runs until SIGTERM/SIGINT; the shutdown hook stops HTTP, then the database, so every commit is on disk. */
    static void serveUntilStopped(VigilConfig config, java.util.function.Supplier<Server> start) {
        Server server = start.get();
        serving = true;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping Vigil...");
            try {
                server.close();
                System.out.println("Vigil stopped; the database was shut down cleanly.");
            } catch (Exception | Error e) {
                System.err.println("Error while stopping: " + e);
            } finally {
                stopped.countDown();
            }
        }, "vigil-shutdown"));
        System.out.println();
        System.out.println("Vigil is running: http://" + config.httpHost() + ":" + server.port() + "/");
        System.out.println();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
