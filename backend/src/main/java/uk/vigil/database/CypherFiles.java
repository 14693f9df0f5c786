package uk.vigil.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Cypher lives in {@code cypher/} at the top of the repository and is packaged on the classpath
 * under {@code cypher/}. This reads it: named queries by name, migrations by folder.
 */
public final class CypherFiles {
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private CypherFiles() {
    }

    private static final Pattern FRAGMENT = Pattern.compile("\\{\\{([a-z-]+) ([A-Za-z_][A-Za-z0-9_]*)}}");

    /**
     * A named query, e.g. {@code query("nominal/profile")} reads {@code cypher/queries/nominal/profile.cypher}.
     * Access fragments written {@code {{person-visible p}}} are expanded from {@code cypher/queries/access/},
     * with the fragment's {@code __x} renamed to the variable given: the scope rule is written once.
     */
    public static String query(String name) {
        return CACHE.computeIfAbsent(name, n -> expand(read("cypher/queries/" + n + ".cypher")));
    }

    static String expand(String text) {
        return expand(text, 0);
    }

    /** Fragments may use fragments ({@code person-searchable} builds on {@code person-visible}); a few levels at most. */
    private static String expand(String text, int depth) {
        if (depth > 4) {
            throw new IllegalStateException("Access fragments nest more than 4 deep: is one including itself?");
        }
        Matcher m = FRAGMENT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String fragment = read("cypher/queries/access/" + m.group(1) + ".cypher").lines()
                    .filter(line -> !line.strip().startsWith("//"))
                    .collect(Collectors.joining("\n"))
                    .replace("__x", m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(expand(fragment, depth + 1)));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String read(String resource) {
        try (InputStream in = CypherFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing Cypher resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** File names directly inside a classpath folder, whether it is a directory or inside a jar. */
    static List<String> list(String folder) {
        URL url = CypherFiles.class.getClassLoader().getResource(folder);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return names(fs.getPath(folder));
            }
            return names(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot list " + folder, e);
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Splits a file into statements at semicolons that end a line; {@code //} comment lines are dropped. */
    static List<String> statements(String text) {
        StringBuilder current = new StringBuilder();
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("//") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                out.add(statement.substring(0, statement.length() - 1).strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
