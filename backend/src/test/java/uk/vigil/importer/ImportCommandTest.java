package uk.vigil.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import uk.vigil.testing.TestGraph;

class ImportCommandTest {
    @TempDir
    Path out;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private int run(String... args) {
        ImportCommand command = new ImportCommand();
        new CommandLine(command).parseArgs(args);
        return command.run(TestGraph.graph(), new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    @Test
    void a_clean_load_exits_0_and_prints_the_report() {
        TestGraph.clear();
        assertThat(run("--dir", Samples.small().toString(), "--rejects", out.toString())).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("Importing 44 files", "total", "No rejects.")
                .containsPattern("conflicts: \\w+: \\d+ found");
    }

    @Test
    void skip_conflict_scan_loads_without_scanning_and_says_how_to_scan_later() {
        TestGraph.clear();
        assertThat(run("--dir", Samples.small().toString(), "--rejects", out.toString(), "--skip-conflict-scan")).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("No rejects.", "run 'vigil conflicts-scan'")
                .doesNotContain("nominals checked");
    }

    @Test
    void a_load_with_rejects_exits_3_and_names_the_report() {
        TestGraph.clear();
        assertThat(run("--dir", Samples.bad().toString(), "--rejects", out.toString(), "--batch-size", "2")).isEqualTo(3);
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("22 reject lines in " + out.resolve("rejects.csv"));
    }

    @Test
    void a_folder_that_does_not_exist_exits_1_and_a_bad_command_line_2() {
        assertThat(new CommandLine(new ImportCommand()).setErr(new java.io.PrintWriter(stderr))
                .execute("--dir", out.resolve("missing").toString())).isEqualTo(1);
        assertThat(new CommandLine(new ImportCommand()).setErr(new java.io.PrintWriter(stderr)).execute()).isEqualTo(2);
        assertThat(new CommandLine(new ImportCommand()).setErr(new java.io.PrintWriter(stderr))
                .execute("--dir", out.toString(), "--batch-size", "many")).isEqualTo(2);
        assertThat(new CommandLine(new ImportCommand()).setErr(new java.io.PrintWriter(stderr))
                .execute("--dir", out.toString(), "--batch-size", "0")).isEqualTo(2);
    }

    @Test
    void help_lists_the_options_and_exit_codes() {
        String usage = new CommandLine(new ImportCommand()).getUsageMessage();
        assertThat(usage).contains("--dir", "--rejects", "--batch-size", "default: 5000", "--initial", "--skip-conflict-scan", "Exit codes:",
                "3   loaded, but some rows or files were rejected");
    }
}
