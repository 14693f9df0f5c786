package uk.vigil.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every row's id is unique in its file, even where a county has two places of one name. */
class UniqueIdsTest {

    @Test
    void ids_are_unique_where_a_county_has_two_places_of_one_name() throws IOException {
        Path dir = Files.createTempDirectory("vigil-generator-lancs-");
        Dataset.deleteOnExit(dir);
        // Lancashire has two places called Warton: their business addresses once shared ids.
        new Generator(new GeneratorOptions(1_000, List.of("Lancashire"), 7, dir, GeneratorOptions.DEFAULT_AS_OF), line -> { }).run();
        for (ImportFile file : ImportFile.values()) {
            Path csv = dir.resolve(file.fileName());
            if (!Files.exists(csv)) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            List<String> lines = Files.readAllLines(csv);
            for (String line : lines.subList(1, lines.size())) {
                String id = line.substring(0, line.indexOf(','));
                assertThat(seen.add(id)).as(file.fileName() + " repeats id " + id).isTrue();
            }
        }
    }
}
