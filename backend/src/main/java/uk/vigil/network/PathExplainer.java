package uk.vigil.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns a path's nodes and relationships (as paths.cypher returns them) into words. */
final class PathExplainer {
    private PathExplainer() {
    }

    static ExplainedPath explain(List<Map<String, Object>> rawNodes, List<Map<String, Object>> rels) {
        List<NetworkNode> nodes = new ArrayList<>();
        List<String> eids = new ArrayList<>();
        for (Map<String, Object> n : rawNodes) {
            nodes.add(NetworkNode.of(n));
            eids.add((String) n.get("eid"));
        }
        List<ExplainedPath.Hop> hops = new ArrayList<>();
        for (int i = 0; i < rels.size(); i++) {
            Map<String, Object> r = rels.get(i);
            boolean forward = eids.get(i).equals(r.get("start"));
            NetworkNode a = nodes.get(forward ? i : i + 1);
            NetworkNode b = nodes.get(forward ? i + 1 : i);
            String type = (String) r.get("type");
            hops.add(new ExplainedPath.Hop(nodes.get(i).key(), nodes.get(i + 1).key(), type,
                    a.caption() + " " + Words.link(type, (String) r.get("detail"), date(r.get("since")), date(r.get("until")))
                            + " " + b.caption()));
        }
        return new ExplainedPath(rels.size(), nodes, hops, links(nodes, rels));
    }

    /** A summary per stretch between two people (or between an end and the next person). */
    private static List<String> links(List<NetworkNode> nodes, List<Map<String, Object>> rels) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < nodes.size(); i++) {
            boolean person = nodes.get(i).kind().equals("PERSON");
            if (person || i == nodes.size() - 1) {
                out.add(stretch(nodes, rels, start, i));
                start = i;
            }
        }
        return out;
    }

    private static String stretch(List<NetworkNode> nodes, List<Map<String, Object>> rels, int from, int to) {
        String ends = nodes.get(from).caption() + " - " + nodes.get(to).caption() + ": ";
        if (to - from == 1) {
            Map<String, Object> r = rels.get(from);
            return ends + Words.shared((String) r.get("type"), null, date(r.get("since")), date(r.get("until")));
        }
        if (to - from == 2) {
            Map<String, Object> r1 = rels.get(from);
            Map<String, Object> r2 = rels.get(from + 1);
            LocalDate since = later(date(r1.get("since")), date(r2.get("since")));
            LocalDate until = earlier(date(r1.get("until")), date(r2.get("until")));
            String via = (String) r1.get("type");
            if (via.equals("MENTIONS")) {
                return ends + Words.shared(via, nodes.get(from + 1).caption(), null, null);
            }
            return ends + Words.shared(via, nodes.get(from + 1).caption(), since, until);
        }
        boolean coAccused = to - from == 4 && nodes.get(from + 2).kind().equals("OFFENCE")
                && nodes.get(from + 1).kind().equals("CONVICTION") && nodes.get(from + 3).kind().equals("CONVICTION");
        if (coAccused) {
            return ends + Words.shared("CONVICTED_OF", "(" + nodes.get(from + 2).caption() + ")", null, null);
        }
        List<String> parts = new ArrayList<>();
        for (int i = from; i < to; i++) {
            parts.add(Words.link((String) rels.get(i).get("type"), (String) rels.get(i).get("detail"), null, null));
        }
        return ends + "linked through " + String.join(", ", parts);
    }

    static LocalDate date(Object o) {
        return o instanceof LocalDate d ? d : null;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
