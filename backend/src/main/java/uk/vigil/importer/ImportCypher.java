package uk.vigil.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The importer's Cypher templates, {@code cypher/import/<name>.cypher} on the classpath. Labels and
 * relationship types cannot be parameters, so templates hold {@code {{placeholders}}} for them,
 * filled only with names from {@link ImportSpec} and checked to be plain identifiers; every value
 * stays a {@code $parameter}.
 */
final class ImportCypher {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_]+");
    private static final Map<String, String> TEXT = new ConcurrentHashMap<>();
    private static final Map<String, String> FILLED = new ConcurrentHashMap<>();

    private ImportCypher() {
    }

    /** The template with each {@code {{key}}} replaced by its identifier; every placeholder must be given. */
    static String fill(String template, Map<String, String> names) {
        String cacheKey = template + names;
        return FILLED.computeIfAbsent(cacheKey, k -> {
            Matcher m = PLACEHOLDER.matcher(TEXT.computeIfAbsent(template, ImportCypher::read));
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String name = names.get(m.group(1));
                if (name == null) {
                    throw new IllegalArgumentException("No value for {{" + m.group(1) + "}} in " + template);
                }
                m.appendReplacement(out, Matcher.quoteReplacement(identifier(name)));
            }
            m.appendTail(out);
            return out.toString();
        });
    }

    static String identifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a label or type name: '" + name + "'");
        }
        return name;
    }

    private static String read(String template) {
        String resource = "cypher/import/" + template + ".cypher";
        try (InputStream in = ImportCypher.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing Cypher resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
