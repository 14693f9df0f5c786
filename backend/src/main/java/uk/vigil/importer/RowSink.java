package uk.vigil.importer;

import java.util.List;
import java.util.function.Function;

/**
 * Where a file's validated rows go, a batch at a time: the graph, in one transaction per batch
 * ({@link BatchWriter}), or the staging files of an initial load ({@link InitialLoadStage}).
 */
interface RowSink {
    WriteCounts write(FileSpec spec, int batch, List<Row> rows, Function<String, String> areaOfAgency);
}
