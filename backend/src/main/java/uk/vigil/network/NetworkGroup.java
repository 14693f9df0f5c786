package uk.vigil.network;

/**
 * A collapsed hub: {@code count} visible neighbours of {@code source} over {@code type}, too many to
 * draw (more than the degree cap). Only what the viewer may see is counted; {@code atLeast} when the
 * hub has more links than an expansion reads ({@link NetworkService#PER_TYPE}) and not all were counted.
 */
public record NetworkGroup(String key, String source, String type, long count, boolean atLeast, String explanation) {
}
