package uk.vigil.exclusionzone;

/** The three shapes an exclusion zone may have. */
public enum ZoneKind {
    POLYGON,
    MULTIPOLYGON,
    /** A GeoJSON Point with {@code radiusM}: every position within that geodesic distance of it. */
    CIRCLE
}
