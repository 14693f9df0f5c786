package uk.vigil.map;

import java.util.Map;

/**
 * The map's tile source: {@code VIGIL_MAP_TILE_URL} (e.g. {@code /tiles/{z}/{x}/{y}.png} on the same
 * origin, which the Content-Security-Policy allows) and {@code VIGIL_MAP_TILE_ATTRIBUTION}. Without a
 * URL the map draws its layers over a plain base of towns: it needs no internet.
 */
public record MapSettings(String tileUrl, String attribution) {
    public static MapSettings from(Map<String, String> env) {
        String url = env.get("VIGIL_MAP_TILE_URL");
        if (url != null && !url.isBlank()) {
            url = url.strip();
            if (!(url.startsWith("/") || url.startsWith("https://")) || !url.contains("{z}") || !url.contains("{x}")
                    || !url.contains("{y}")) {
                throw new IllegalArgumentException("VIGIL_MAP_TILE_URL must start with / or https:// and contain {z}, {x} and {y}");
            }
        } else {
            url = null;
        }
        return new MapSettings(url, env.getOrDefault("VIGIL_MAP_TILE_ATTRIBUTION", ""));
    }
}
