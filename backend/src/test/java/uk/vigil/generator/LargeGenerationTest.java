package uk.vigil.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measures a large run (default 1,000,000 nominals; -Dvigil.generator.nominals=N to change) and
 * prints the report. Tagged slow: excluded from the default build. The output is deleted after.
 */
@Tag("slow")
class LargeGenerationTest {

    @Test
    void generates_a_million_nominals_in_bounded_memory() throws Exception {
        int nominals = Integer.getInteger("vigil.generator.nominals", GeneratorOptions.MAX_NOMINALS);
        Path dir = Files.createTempDirectory("vigil-generator-large-");
        try {
            GenerationReport report = new Generator(GeneratorOptions.of(nominals, dir), System.out::println).run();
            System.out.println(report.summary());
            assertThat(report.rowsPerFile().get("nominals.csv")).isEqualTo((long) nominals);
        } finally {
            Dataset.delete(dir);
        }
    }
}
