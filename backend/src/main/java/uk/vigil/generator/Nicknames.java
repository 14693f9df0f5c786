package uk.vigil.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** nicknames.csv: each line a given name followed by its nicknames and diminutives (lower case). */
final class Nicknames {
    private final Map<String, List<String>> byGivenName;

    private Nicknames(Map<String, List<String>> byGivenName) {
        this.byGivenName = byGivenName;
    }

    static Nicknames read(Reader source) {
        Map<String, List<String>> map = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(source)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] names = line.trim().split(",");
                if (names.length < 2) {
                    continue;
                }
                List<String> nicknames = new ArrayList<>();
                for (int i = 1; i < names.length; i++) {
                    // One- and two-letter entries ("ab", "eb") are initials rather than names people go by.
                    if (names[i].length() > 2 && !names[i].equals(names[0])) {
                        nicknames.add(Names.capitalise(names[i]));
                    }
                }
                if (!nicknames.isEmpty()) {
                    map.merge(names[0], List.copyOf(nicknames), (a, b) -> {
                        List<String> both = new ArrayList<>(a);
                        b.stream().filter(n -> !both.contains(n)).forEach(both::add);
                        return List.copyOf(both);
                    });
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Nicknames(map);
    }

    /** Nicknames of a given name, capitalised like the name; empty when the list has none. */
    List<String> of(String givenName) {
        return byGivenName.getOrDefault(givenName.toLowerCase(Locale.ROOT), List.of());
    }

    int size() {
        return byGivenName.size();
    }
}
