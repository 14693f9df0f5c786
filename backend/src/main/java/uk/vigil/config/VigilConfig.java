package uk.vigil.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Everything Vigil reads from its environment, with the defaults that make a bare
 * {@code java -jar vigil.jar serve} work: an embedded database under {@code ./data}.
 * The table in README.md lists each variable.
 */
public record VigilConfig(
        int httpPort,
        String httpHost,
        Path dataDir,
        int boltPort,
        Optional<String> neo4jUri,
        String neo4jUser,
        Optional<String> neo4jPassword,
        String neo4jDatabase,
        String pageCache,
        int sessionIdleMinutes,
        int sessionMaxHours,
        String totpExemptRoles) {

    public static VigilConfig fromEnvironment() {
        return from(System.getenv());
    }

    public static VigilConfig from(Map<String, String> env) {
        return new VigilConfig(
                intValue(env, "VIGIL_PORT", 8080),
                env.getOrDefault("VIGIL_HOST", "127.0.0.1"),
                Path.of(env.getOrDefault("VIGIL_DATA_DIR", "data")).toAbsolutePath(),
                intValue(env, "VIGIL_BOLT_PORT", 7687),
                optional(env, "NEO4J_URI"),
                env.getOrDefault("NEO4J_USERNAME", "neo4j"),
                optional(env, "NEO4J_PASSWORD"),
                env.getOrDefault("NEO4J_DATABASE", "neo4j"),
                env.getOrDefault("VIGIL_PAGECACHE", "1g"),
                intValue(env, "VIGIL_SESSION_IDLE_MINUTES", 30),
                intValue(env, "VIGIL_SESSION_MAX_HOURS", 12),
                env.getOrDefault("VIGIL_TOTP_EXEMPT_ROLES", ""));
    }

    /** True when Vigil starts its own database rather than connecting to a server. */
    public boolean embedded() {
        return neo4jUri.isEmpty();
    }

    public VigilConfig withHttpPort(int port) {
        return new VigilConfig(port, httpHost, dataDir, boltPort, neo4jUri, neo4jUser, neo4jPassword,
                neo4jDatabase, pageCache, sessionIdleMinutes, sessionMaxHours, totpExemptRoles);
    }

    private static Optional<String> optional(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
    }

    private static int intValue(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + value + "'");
        }
    }
}
