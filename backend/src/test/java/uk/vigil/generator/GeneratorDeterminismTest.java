package uk.vigil.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same options give byte-identical files, whatever the thread scheduling; another seed gives other data. */
class GeneratorDeterminismTest {

    @Test
    void same_options_give_byte_identical_files(@TempDir Path first, @TempDir Path second) throws Exception {
        new Generator(GeneratorOptions.of(1_000, first), line -> { }).run();
        new Generator(GeneratorOptions.of(1_000, second), line -> { }).run();
        Map<String, String> a = hashes(first);
        Map<String, String> b = hashes(second);
        assertThat(a).hasSize(ImportFile.values().length + 1);
        assertThat(b).isEqualTo(a);
    }

    @Test
    void another_seed_gives_another_dataset(@TempDir Path first, @TempDir Path second) throws Exception {
        new Generator(GeneratorOptions.of(1_000, first), line -> { }).run();
        new Generator(GeneratorOptions.of(1_000, second).withSeed(7), line -> { }).run();
        assertThat(hash(second.resolve("nominals.csv"))).isNotEqualTo(hash(first.resolve("nominals.csv")));
    }

    @Test
    void progress_is_reported() throws Exception {
        StringBuilder lines = new StringBuilder();
        Path dir = Files.createTempDirectory("vigil-progress");
        try {
            GenerationReport report = new Generator(GeneratorOptions.of(1_000, dir), line -> lines.append(line).append('\n')).run();
            assertThat(lines.toString()).contains("1,000/1,000 nominals (100.0%)").contains("rows/s").contains("ETA");
            assertThat(report.rowsPerFile().get("nominals.csv")).isEqualTo(1_000);
            assertThat(report.totalRows()).isGreaterThan(30_000);
            assertThat(report.peakHeapBytes()).isPositive();
            assertThat(report.summary()).contains("nominals.csv");
        } finally {
            Dataset.delete(dir);
        }
    }

    static Map<String, String> hashes(Path dir) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                hashes.put(f.getFileName().toString(), hash(f));
            }
        }
        return hashes;
    }

    static String hash(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
