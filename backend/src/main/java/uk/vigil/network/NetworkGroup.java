package uk.vigil.network;

/**
 * A collapsed hub: {@code count} visible neighbours of {@code source} over {@code type}, too many to
 * draw (more than the degree cap). Only what the viewer may see is counted.
 */
public record NetworkGroup(String key, String source, String type, long count, String explanation) {
}
