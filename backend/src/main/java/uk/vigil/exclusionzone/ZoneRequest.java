package uk.vigil.exclusionzone;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A zone to create or replace: the EXCLUSION_ZONE condition it belongs to, the person it protects,
 * a GeoJSON geometry (object or text), a radius for a circle, valid from/to (ISO dates) and, to replace
 * one, the version the user edited (a change made since is refused, 409).
 */
public record ZoneRequest(String id, String condition, String protectedPerson, String name, JsonNode geometry, Long radiusM,
                          String from, String to, Long version) {
}
