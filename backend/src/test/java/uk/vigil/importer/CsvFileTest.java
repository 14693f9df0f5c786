package uk.vigil.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileTest {
    @TempDir
    Path dir;

    private List<CsvFile.Line> lines(CsvFile csv) {
        List<CsvFile.Line> lines = new ArrayList<>();
        for (CsvFile.Line line = csv.next(); line != null; line = csv.next()) {
            lines.add(line);
        }
        return lines;
    }

    @Test
    void each_record_knows_the_line_it_starts_on_across_quoted_line_breaks_and_blank_lines() throws IOException {
        Path file = dir.resolve("f.csv");
        Files.writeString(file, "\uFEFFid, name\n1,a\n2,\"two\nlines\"\n\n3,\"say \"\"hi\"\"\"\n");
        try (CsvFile csv = CsvFile.open(file)) {
            assertThat(csv.header()).containsExactly("id", "name");
            assertThat(lines(csv)).containsExactly(new CsvFile.Line(2, List.of("1", "a")),
                    new CsvFile.Line(3, List.of("2", "two\nlines")), new CsvFile.Line(6, List.of("3", "say \"hi\"")));
        }
    }

    @Test
    void an_empty_file_has_no_header() throws IOException {
        Path file = dir.resolve("empty.csv");
        Files.writeString(file, "");
        try (CsvFile csv = CsvFile.open(file)) {
            assertThat(csv.header()).isEmpty();
            assertThat(csv.next()).isNull();
        }
    }

    @Test
    void bytes_that_are_not_utf8_stop_the_reading() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "id,name\n1,Se\u00f1or\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> {
            try (CsvFile csv = CsvFile.open(file)) {
                csv.next();
            }
        }).isInstanceOf(CsvFile.Unreadable.class).hasMessageStartingWith("cannot read the file from line");
    }
}
