package uk.vigil.importer;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import uk.vigil.exclusionzone.ZoneGeoJson;

/**
 * Fuzz tests of the import parsers: whatever bytes a file holds, a parser either accepts the value
 * or rejects it with the reason (IllegalArgumentException, or Unreadable for a broken CSV), and
 * nothing else escapes. The default build replays the seeds in
 * {@code ImportParsersFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class ImportParsersFuzzTest {
    private static final List<Column> COLUMNS = ImportSpec.FILES.stream()
            .flatMap(f -> f.columns().stream()).toList();

    @FuzzTest(maxDuration = "30s")
    void a_field_of_any_type_is_parsed_or_rejected_with_a_reason(FuzzedDataProvider data) {
        Column column = COLUMNS.get(data.consumeInt(0, COLUMNS.size() - 1));
        String raw = data.consumeRemainingAsString();
        try {
            FieldParser.parse(column, raw);
        } catch (IllegalArgumentException rejected) {
            // a reject with its reason: what bad input must get
        }
    }

    @FuzzTest(maxDuration = "30s")
    void a_geojson_geometry_is_parsed_or_rejected_with_a_reason(FuzzedDataProvider data) {
        try {
            ZoneGeoJson.read(data.consumeRemainingAsString());
        } catch (IllegalArgumentException rejected) {
            // invalid, self-intersecting, outside the UK, not JSON...
        }
    }

    @FuzzTest(maxDuration = "30s")
    void a_csv_file_of_any_bytes_is_read_or_reported_unreadable(FuzzedDataProvider data) throws IOException {
        Path file = Files.createTempFile("fuzz", ".csv");
        try {
            Files.write(file, data.consumeRemainingAsBytes());
            try (CsvFile csv = CsvFile.open(file)) {
                csv.header();
                for (int i = 0; i < 10_000 && csv.next() != null; i++) {
                    // read every record
                }
            } catch (CsvFile.Unreadable unreadable) {
                // reported with its line number
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
