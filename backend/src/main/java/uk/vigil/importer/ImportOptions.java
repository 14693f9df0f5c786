package uk.vigil.importer;

import java.nio.file.Path;

/**
 * How to run a load: rows per batch (one transaction each) and where the reject report goes
 * ({@code null}: the dataset folder).
 */
public record ImportOptions(int batchSize, Path rejectsDir) {
    public static final int DEFAULT_BATCH_SIZE = 5000;

    public ImportOptions {
        if (batchSize < 1) {
            throw new IllegalArgumentException("The batch size must be at least 1, got " + batchSize);
        }
    }

    public static ImportOptions defaults() {
        return new ImportOptions(DEFAULT_BATCH_SIZE, null);
    }

    public ImportOptions withBatchSize(int size) {
        return new ImportOptions(size, rejectsDir);
    }

    public ImportOptions withRejectsDir(Path dir) {
        return new ImportOptions(batchSize, dir);
    }
}
