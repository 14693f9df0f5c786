package uk.vigil.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code vigil generate}: options, progress, report, and clear errors. */
class GenerateCommandTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new GenerateCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void generates_a_dataset_and_prints_the_report(@TempDir Path dir) {
        Run run = run("--nominals", "1000", "--area", "Cumbria", "--area", "lancashire", "--seed", "7", "--out",
                dir.toString(), "--as-of", "2025-03-31");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("1,000/1,000 nominals");
        assertThat(run.out()).contains("Generated 1,000 nominals").contains("nominals.csv").contains("peak heap");
        assertThat(dir.resolve("manifest.json")).exists();
        assertThat(dir.resolve("areas.csv")).content().contains("cumbria,Cumbria").contains("lancashire,Lancashire");
    }

    @Test
    void rejects_a_size_out_of_range_with_a_clear_message(@TempDir Path dir) {
        Run run = run("--nominals", "10", "--out", dir.toString());
        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("nominals must be between 1,000 and 1,000,000");
    }

    @Test
    void rejects_an_unknown_area_and_suggests_counties(@TempDir Path dir) {
        Run run = run("--nominals", "1000", "--area", "Cumbri", "--out", dir.toString());
        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("unknown area 'Cumbri'").contains("Cumbria");
    }

    @Test
    void all_stands_for_every_county_of_england_and_wales_and_no_other() {
        ReferenceData reference = ReferenceData.get();
        List<String> all = World.counties(reference, List.of("all"));
        assertThat(all).contains("Cumbria", "Greater London", "Cardiff", "Isles of Scilly").doesNotHaveDuplicates()
                .doesNotContain("Glasgow City", "Highland");
        assertThat(reference.places.stream().filter(p -> all.contains(p.county())))
                .allMatch(p -> p.nation().equals("England") || p.nation().equals("Wales"));
        assertThat(reference.places.stream().filter(p -> p.nation().equals("Wales") || p.nation().equals("England")))
                .allMatch(p -> all.contains(p.county()));
        assertThat(World.counties(reference, List.of("Cumbria", "ALL"))).hasSize(all.size() + 1).startsWith("Cumbria");
    }

    @Test
    void requires_an_output_folder() {
        assertThat(run("--nominals", "1000").err()).contains("--out");
    }

    @Test
    void options_validate_and_default() throws Exception {
        assertThatThrownBy(() -> GeneratorOptions.of(999, Path.of("x"))).hasMessageContaining("between 1,000 and 1,000,000");
        assertThatThrownBy(() -> GeneratorOptions.of(1_000_001, Path.of("x"))).hasMessageContaining("was 1,000,001");
        GeneratorOptions o = new GeneratorOptions(1_000, null, 1, Files.createTempDirectory("x"), null);
        assertThat(o.areas()).isEqualTo(List.of("Cumbria"));
        assertThat(o.asOf()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(GeneratorOptions.areaId("County Durham")).isEqualTo("county-durham");
        Dataset.delete(o.outputDir());
    }
}
