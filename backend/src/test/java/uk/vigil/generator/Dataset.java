package uk.vigil.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A generated dataset read back with commons-csv (so the writer's quoting is checked by an
 * independent RFC 4180 parser). Generated once per size per JVM and shared by the test classes.
 */
final class Dataset {
    private static final Map<Integer, Dataset> CACHE = new HashMap<>();

    final Path dir;
    final GenerationReport report;
    final Map<ImportFile, List<String>> headers = new EnumMap<>(ImportFile.class);
    final Map<ImportFile, List<Map<String, String>>> rows = new EnumMap<>(ImportFile.class);
    final JsonNode manifest;

    private Dataset(Path dir, GenerationReport report) throws IOException {
        this.dir = dir;
        this.report = report;
        for (ImportFile file : ImportFile.values()) {
            try (Reader reader = Files.newBufferedReader(dir.resolve(file.fileName()), StandardCharsets.UTF_8);
                 CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                headers.put(file, parser.getHeaderNames());
                List<Map<String, String>> list = new ArrayList<>();
                for (CSVRecord r : parser) {
                    list.add(new LinkedHashMap<>(r.toMap()));
                }
                rows.put(file, list);
            }
        }
        manifest = new ObjectMapper().readTree(dir.resolve(Manifest.FILE).toFile());
    }

    static synchronized Dataset generated(int nominals) {
        return CACHE.computeIfAbsent(nominals, n -> {
            try {
                Path dir = Files.createTempDirectory("vigil-generator-" + n + "-");
                deleteOnExit(dir);
                GenerationReport report = new Generator(GeneratorOptions.of(n, dir), line -> { }).run();
                return new Dataset(dir, report);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static void deleteOnExit(Path dir) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
    }

    static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a temp folder
        }
    }

    List<Map<String, String>> rows(ImportFile file) {
        return rows.get(file);
    }

    Map<String, Map<String, String>> byId(ImportFile file) {
        Map<String, Map<String, String>> map = new HashMap<>();
        rows(file).forEach(r -> map.put(r.get("id"), r));
        return map;
    }

    Set<String> ids(ImportFile file) {
        Set<String> ids = new HashSet<>();
        rows(file).forEach(r -> ids.add(r.get("id")));
        return ids;
    }

    Set<String> personIds() {
        Set<String> ids = new HashSet<>();
        for (ImportFile f : ImportFile.values()) {
            if (f.isPersonFile()) {
                ids.addAll(ids(f));
            }
        }
        return ids;
    }

    /** Rows grouped by the value of one column. */
    Map<String, List<Map<String, String>>> groupBy(ImportFile file, String column) {
        Map<String, List<Map<String, String>>> map = new HashMap<>();
        rows(file).forEach(r -> map.computeIfAbsent(r.get(column), k -> new ArrayList<>()).add(r));
        return map;
    }

    /** person id -> address id of the open-ended HOME row (the current home). */
    Map<String, String> currentHomes() {
        Map<String, String> homes = new HashMap<>();
        for (Map<String, String> r : rows(ImportFile.PERSON_ADDRESSES)) {
            if (r.get("relation").equals("HOME") && r.get("to").isEmpty()) {
                homes.put(r.get("person"), r.get("address"));
            }
        }
        return homes;
    }
}
