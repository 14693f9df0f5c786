package uk.vigil.network;

import java.util.List;

/**
 * An expansion: nodes, edges, collapsed hubs, and whether it was cut short (node limit reached or
 * the time limit hit), so the analyst knows the picture is partial.
 */
public record Network(String start, int hops, List<String> types, Window window, List<NetworkNode> nodes,
                      List<NetworkEdge> edges, List<NetworkGroup> groups, boolean truncated, String truncatedReason) {
}
