package uk.vigil.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Writes a synthetic dataset in the import format (docs/import.md) plus manifest.json. Nominals are
 * generated in blocks on all cores and appended in block order, so memory stays bounded by the
 * blocks in flight and the output does not depend on the number of threads.
 */
public final class Generator {
    private final GeneratorOptions options;
    private final Consumer<String> progress;

    public Generator(GeneratorOptions options, Consumer<String> progress) {
        this.options = Objects.requireNonNull(options);
        this.progress = progress == null ? line -> { } : progress;
    }

    /** Throws IllegalArgumentException, naming close matches, when an area is not a county of gb-places.csv. */
    public static void checkAreas(GeneratorOptions options) {
        World.counties(ReferenceData.get(), options.areas());
    }

    public GenerationReport run() throws IOException {
        long started = System.nanoTime();
        Runtime runtime = Runtime.getRuntime();
        long peakHeap = runtime.totalMemory() - runtime.freeMemory();
        World world = World.build(options, ReferenceData.get());
        Truths truths = new Truths();
        MeetingAgenda agenda = new MeetingAgenda();
        SuspectCases suspects = new SuspectCases();
        Map<String, Long> rows;
        Map<String, Object> planted;
        long bytes;
        int blocks = (options.nominals() + BlockPlan.SIZE - 1) / BlockPlan.SIZE;
        int threads = Math.max(1, Math.min(8, runtime.availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "vigil-generator");
            t.setDaemon(true);
            return t;
        });
        Progress meter = new Progress(progress, options.nominals());
        try (CsvFiles files = new CsvFiles(options.outputDir())) {
            BlockOutput reference = ReferenceRows.write(world);
            suspects.collect(reference);
            files.append(reference);
            Deque<Future<BlockOutput>> inFlight = new ArrayDeque<>();
            int submitted = 0;
            for (int block = 0; block < blocks; block++) {
                while (submitted < blocks && inFlight.size() < threads * 3) {
                    int b = submitted++;
                    inFlight.add(pool.submit(() -> BlockGenerator.generate(world, b)));
                }
                BlockOutput out = await(inFlight.poll());
                if (block < SuspectCases.BLOCKS) {
                    suspects.collect(out);
                }
                files.append(out);
                truths.merge(out.truths);
                agenda.add(out.agenda);
                peakHeap = Math.max(peakHeap, runtime.totalMemory() - runtime.freeMemory());
                meter.update(Math.min(options.nominals(), (block + 1) * BlockPlan.SIZE), files.totalRows());
            }
            agenda.writeTo(world, files);
            planted = suspects.plant(world);
            suspects.writeTagFixes(world, files);
            files.close();
            rows = files.rowsPerFile();
            bytes = files.bytesOnDisk();
        } finally {
            pool.shutdownNow();
        }
        Manifest.write(options.outputDir(), options, rows, truths, agenda.size(), planted);
        peakHeap = Math.max(peakHeap, runtime.totalMemory() - runtime.freeMemory());
        return new GenerationReport(options, Duration.ofNanos(System.nanoTime() - started), rows, bytes, peakHeap,
                runtime.maxMemory());
    }

    private static BlockOutput await(Future<BlockOutput> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        }
    }
}
