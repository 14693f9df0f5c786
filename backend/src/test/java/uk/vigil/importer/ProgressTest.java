package uk.vigil.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private long now;

    @Test
    void prints_at_most_one_line_a_second_with_rate_and_time_left_per_file_and_overall() {
        List<String> lines = new ArrayList<>();
        Progress progress = new Progress(lines::add, () -> now, 2, 30_000);
        progress.startFile("nominals.csv", 10_000);
        now = 500_000_000L;
        progress.rows(2_500);
        assertThat(lines).hasSize(1); // only the opening line: half a second has passed
        now = 1_000_000_000L;
        progress.rows(5_000);
        now = 1_400_000_000L;
        progress.rows(7_000);
        assertThat(lines).containsExactly("Importing 2 files, about 30,000 rows",
                "nominals.csv: 5,000 of 10,000 rows (50%), 5,000 rows/s, ETA 1s"
                        + " | all files: 5,000 of 30,000 rows (16%), 5,000 rows/s, ETA 5s");
    }

    @Test
    void the_overall_figures_carry_on_across_files() {
        List<String> lines = new ArrayList<>();
        Progress progress = new Progress(lines::add, () -> now, 2, 20_000);
        progress.startFile("a.csv", 10_000);
        now = 2_000_000_000L;
        progress.rows(10_000);
        progress.endFile(10_000);
        progress.startFile("b.csv", 10_000);
        now = 4_000_000_000L;
        progress.rows(5_000);
        assertThat(lines.get(lines.size() - 1)).isEqualTo("b.csv: 5,000 of 10,000 rows (50%), 2,500 rows/s, ETA 2s"
                + " | all files: 15,000 of 20,000 rows (75%), 3,750 rows/s, ETA 1s");
    }

    @Test
    void durations_read_as_hours_minutes_and_seconds() {
        assertThat(Progress.duration(Duration.ofSeconds(42))).isEqualTo("42s");
        assertThat(Progress.duration(Duration.ofSeconds(125))).isEqualTo("2m 05s");
        assertThat(Progress.duration(Duration.ofSeconds(3 * 3600 + 7 * 60))).isEqualTo("3h 07m");
    }
}
