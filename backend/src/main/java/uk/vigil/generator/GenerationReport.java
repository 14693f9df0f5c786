package uk.vigil.generator;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * What a run produced and what it cost. Peak heap is the largest used heap sampled after each
 * block (it includes garbage not yet collected, so it tracks -Xmx more than the live set).
 */
public record GenerationReport(GeneratorOptions options, Duration elapsed, Map<String, Long> rowsPerFile,
                               long bytesWritten, long peakHeapBytes, long maxHeapBytes) {

    public long totalRows() {
        return rowsPerFile.values().stream().mapToLong(Long::longValue).sum();
    }

    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Generated %,d nominals (%s, seed %d, as of %s) into %s%n",
                options.nominals(), String.join(", ", options.areas()), options.seed(), options.asOf(), options.outputDir()));
        sb.append(String.format(Locale.ROOT, "%,d rows, %,.1f MB, in %s; peak heap %,d MB (max %,d MB)%n", totalRows(),
                bytesWritten / 1e6, Progress.format(elapsed), peakHeapBytes >> 20, maxHeapBytes >> 20));
        rowsPerFile.forEach((file, rows) -> sb.append(String.format(Locale.ROOT, "  %-26s %,12d%n", file, rows)));
        return sb.toString();
    }
}
