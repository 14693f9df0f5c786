package uk.vigil.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Nickname groups from the bundled {@code uk/vigil/analysis/nicknames.csv} (carltonnorthern/nicknames,
 * Apache-2.0): each row is a canonical given name followed by its nicknames, lower case.
 */
public final class Nicknames {
  static final String RESOURCE = "nicknames.csv";

  private static final Map<String, Set<String>> GROUPS = load();

  private Nicknames() {}

  /**
   * The canonical names of every row that contains the name, as its canonical name or as one of its
   * nicknames, in alphabetical order; empty if none. "bill" gives {@code bill, will, william, willis}.
   */
  public static Set<String> groups(String foldedName) {
    if (foldedName == null) {
      return Set.of();
    }
    return GROUPS.getOrDefault(foldedName.trim().toLowerCase(Locale.ROOT), Set.of());
  }

  /** How many distinct names (canonical or nickname) have at least one group. */
  static int size() {
    return GROUPS.size();
  }

  private static Map<String, Set<String>> load() {
    InputStream in = Nicknames.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("Missing classpath resource uk/vigil/analysis/" + RESOURCE
          + " (copied from import/reference/ at build time)");
    }
    Map<String, SortedSet<String>> groups = new HashMap<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String[] names = line.split(",");
        String canonical = names[0].trim().toLowerCase(Locale.ROOT);
        if (canonical.isEmpty() || canonical.startsWith("#")) {
          continue;
        }
        for (String name : names) {
          String key = name.trim().toLowerCase(Locale.ROOT);
          if (!key.isEmpty()) {
            groups.computeIfAbsent(key, k -> new TreeSet<>()).add(canonical);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read uk/vigil/analysis/" + RESOURCE, e);
    }
    Map<String, Set<String>> frozen = new HashMap<>(groups.size() * 2);
    groups.forEach((name, canonicals) -> frozen.put(name, Collections.unmodifiableSortedSet(canonicals)));
    return Map.copyOf(frozen);
  }
}
