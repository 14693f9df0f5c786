package uk.vigil.network;

import java.util.List;

/**
 * One path between two records: its nodes in order, each hop in words, and the links between the
 * people on it summarised ("same phone 07700 900001 since 2021").
 */
public record ExplainedPath(int length, List<NetworkNode> nodes, List<Hop> hops, List<String> links) {

    /** One relationship of the path, from one node key to the next, in words. */
    public record Hop(String from, String to, String type, String explanation) {
    }
}
