package uk.vigil.network;

import java.util.List;

/**
 * The paths between each pair of the requested ends. {@code found} false with a message when there is
 * no path among the records the viewer can see within the bounds, or the time limit was reached
 * ({@code timedOut}); never a hint of what hidden records might connect them.
 */
public record PathAnswer(List<Pair> pairs) {

    public record Pair(String from, String to, boolean found, boolean timedOut, String message,
                       List<ExplainedPath> paths) {
    }
}
