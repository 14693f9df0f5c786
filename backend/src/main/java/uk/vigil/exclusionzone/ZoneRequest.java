package uk.vigil.exclusionzone;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A zone to create or replace: the EXCLUSION_ZONE condition it belongs to, the person it protects,
 * a GeoJSON geometry (object or text), a radius for a circle, and valid from/to (ISO dates).
 */
public record ZoneRequest(String id, String condition, String protectedPerson, String name, JsonNode geometry, Long radiusM,
                          String from, String to) {
}
