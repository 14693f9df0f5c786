package uk.vigil.exclusionzone;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A new shape for an existing zone, drawn on the map: a GeoJSON geometry (object or text), a radius
 * for a circle, and the version of the zone the user edited (a change made since is refused, 409).
 */
public record ZoneReshape(JsonNode geometry, Long radiusM, Long version) {
}
