package uk.vigil.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.vigil.common.InvalidRequestException;

/**
 * A checked path request: two to five ends (each {@code KIND:id} or a person id), the number of
 * shortest paths per pair (1..5), the most relationships a path may have (1..8; a conviction link
 * person-conviction-offence is two), link types, the time window, and the hub degree above which a
 * thing is not walked through (1..1000).
 */
public record PathRequest(List<End> ends, int k, int maxHops, Set<LinkType> types, Window window, int hubDegree) {
    public static final int MAX_HOPS = 8;

    /** One end of a path. */
    public record End(String kind, String id) {
        String key() {
            return kind + ":" + id;
        }
    }

    public static PathRequest of(Map<String, String> q) {
        String raw = q.get("ids");
        if (raw == null || raw.isBlank()) {
            throw new InvalidRequestException("ids is required: two to five record ids, comma-separated (PERSON:N1,ADDRESS:A1 or N1,N2)");
        }
        if (raw.length() > 400) {
            throw new InvalidRequestException("ids is too long");
        }
        List<End> ends = new ArrayList<>();
        for (String part : raw.split(",")) {
            String p = part.strip();
            int colon = p.indexOf(':');
            End end = colon < 0 ? new End("PERSON", NetworkRequest.recordId(p, "ids"))
                    : new End(NetworkRequest.kind(p.substring(0, colon)), NetworkRequest.recordId(p.substring(colon + 1), "ids"));
            if (ends.contains(end)) {
                throw new InvalidRequestException("ids names " + end.key() + " twice: a path needs two different records");
            }
            ends.add(end);
        }
        if (ends.size() < 2 || ends.size() > 5) {
            throw new InvalidRequestException("ids must name two to five different records");
        }
        int k = NetworkRequest.number(q.get("k"), "k", 3, 1, 5);
        int hops = NetworkRequest.number(q.get("maxHops"), "maxHops", 6, 1, MAX_HOPS);
        int hub = NetworkRequest.number(q.get("hubDegree"), "hubDegree", 25, 1, 1000);
        return new PathRequest(List.copyOf(ends), k, hops, LinkType.parse(q.get("types")),
                Window.parse(q.get("at"), q.get("from"), q.get("to")), hub);
    }
}
