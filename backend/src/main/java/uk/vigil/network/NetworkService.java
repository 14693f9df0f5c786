package uk.vigil.network;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;
import uk.vigil.access.AuditSink;
import uk.vigil.access.RecordAccess;
import uk.vigil.access.Viewer;
import uk.vigil.common.NotFoundException;
import uk.vigil.database.CypherFiles;
import uk.vigil.database.Graph;
import uk.vigil.database.PlanCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Network expansion and explained paths (docs/network.md). Each query includes the access
 * fragments, runs with a transaction time limit, and is audited with every person it shows
 * before the answer is released.
 */
public final class NetworkService {
    private static final Logger LOG = LoggerFactory.getLogger(NetworkService.class);
    /** Links of one type read per node and hop: more are collapsed into a group counted "at least". */
    static final int PER_TYPE = 200;
    static final Duration EXPAND_TIMEOUT = Duration.ofSeconds(10);
    static final Duration PATH_TIMEOUT = Duration.ofSeconds(5);
    private final Graph graph;
    private final AuditSink audit;
    private final Set<String> planned = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final int perType;

    public NetworkService(Graph graph, AuditSink audit) {
        this(graph, audit, PER_TYPE);
    }

    /** With another read limit per node and type: tests reach it with a small fixture. */
    NetworkService(Graph graph, AuditSink audit, int perType) {
        this.graph = graph;
        this.audit = audit;
        this.perType = perType;
    }

    /** The start (or an end) as the viewer may see it; 404 alike for unknown and out of scope. */
    Map<String, Object> start(Viewer viewer, String kind, String id) {
        Map<String, Object> params = RecordAccess.scope(viewer);
        params.put("kind", kind);
        params.put("id", id);
        List<Record> rows = graph.read(tx -> tx.run(CypherFiles.query("network/start"), params).list());
        if (rows.isEmpty()) {
            if (kind.equals("PERSON")) {
                audit.record(viewer, "NETWORK_QUERY", List.of(new AuditSink.Touched("PERSON", id)), "NOT_FOUND", null, Map.of());
            }
            throw new NotFoundException("No " + kind.toLowerCase() + " with id " + id);
        }
        return rows.get(0).asMap();
    }

    public Network expand(Viewer viewer, NetworkRequest q, String purpose) {
        Map<String, Object> first = start(viewer, q.kind(), q.id());
        Map<String, NetworkNode> nodes = new LinkedHashMap<>();
        Map<String, NetworkEdge> edges = new LinkedHashMap<>();
        List<NetworkGroup> groups = new ArrayList<>();
        Map<String, String> keyOf = new LinkedHashMap<>(); // element id -> node key
        NetworkNode startNode = NetworkNode.of(first);
        nodes.put(startNode.key(), startNode);
        keyOf.put((String) first.get("eid"), startNode.key());
        List<String> frontier = List.of((String) first.get("eid"));
        boolean truncated = false;
        String reason = null;
        Map<String, Object> params = RecordAccess.scope(viewer);
        params.put("types", LinkType.names(q.types()));
        params.put("since", q.window().since());
        params.put("until", q.window().until());
        try {
            for (int hop = 1; hop <= q.hops() && !frontier.isEmpty() && !truncated; hop++) {
                params.put("frontier", frontier);
                params.put("perType", perType);
                params.put("propsUpTo", q.cap());
                long hopStart = System.nanoTime();
                List<Record> rows = new ArrayList<>(readTimed(EXPAND_TIMEOUT, CypherFiles.query("network/expand-hop"), params));
                long hopRead = System.nanoTime();
                Set<String> seen = shown(rows);
                // A node and type with too few visible links to collapse them is read again whole when it
                // reached the read limit (visible ones may lie past it) or had more links than the cap
                // (the hop left out their properties, which are drawn now).
                Set<String> again = new LinkedHashSet<>();
                for (Record row : rows) {
                    int read = row.get("links").size();
                    long shown = row.get("links").asList(v -> v).stream().filter(l -> seen.contains(l.get("eid").asString())).count();
                    if (shown <= q.cap() && (read >= perType || (read > q.cap() && shown > 0))) {
                        again.add(row.get("source").asString());
                    }
                }
                if (!again.isEmpty()) {
                    Map<String, Object> whole = new LinkedHashMap<>(params);
                    whole.put("frontier", List.copyOf(again));
                    whole.put("perType", Integer.MAX_VALUE);
                    whole.put("propsUpTo", Integer.MAX_VALUE);
                    rows.removeIf(r -> again.contains(r.get("source").asString()));
                    List<Record> reread = readTimed(EXPAND_TIMEOUT, CypherFiles.query("network/expand-hop"), whole);
                    seen.addAll(shown(reread));
                    rows.addAll(reread);
                }
                Set<String> next = new LinkedHashSet<>();
                LOG.debug("hop {}: frontier {}, {} rows, {} visible, {} read again: read {} ms, read again {} ms", hop,
                        frontier.size(), rows.size(), seen.size(), again.size(), (hopRead - hopStart) / 1_000_000,
                        (System.nanoTime() - hopRead) / 1_000_000);
                for (Record row : rows) {
                    String source = keyOf.get(row.get("source").asString());
                    String type = row.get("type").asString();
                    boolean partial = row.get("links").size() >= perType && !again.contains(row.get("source").asString());
                    List<Value> links = row.get("links").asList(v -> v).stream()
                            .filter(l -> seen.contains(l.get("eid").asString())).toList();
                    long total = links.size();
                    if (total > q.cap()) {
                        groups.add(new NetworkGroup(source + "/" + type, source, type, total, partial,
                                total + (partial ? "+" : "") + " more linked by " + type.toLowerCase().replace('_', ' ')
                                        + " (collapsed: more than " + q.cap() + (partial ? "; not all counted" : "") + ")"));
                        continue;
                    }
                    for (Value link : links) {
                        Map<String, Object> l = link.asMap();
                        String eid = (String) l.get("eid");
                        String key = keyOf.get(eid);
                        if (key == null) {
                            if (nodes.size() >= NetworkRequest.MAX_NODES) {
                                truncated = true;
                                reason = "More than " + NetworkRequest.MAX_NODES + " records: narrow the types, dates or hops";
                                break;
                            }
                            NetworkNode node = NetworkNode.of(l);
                            key = node.key();
                            nodes.put(key, node);
                            keyOf.put(eid, key);
                            next.add(eid);
                        }
                        String edgeId = (String) l.get("edgeId");
                        if (!edges.containsKey(edgeId)) {
                            boolean out = Boolean.TRUE.equals(l.get("outgoing"));
                            String detail = (String) l.get("detail");
                            var since = PathExplainer.date(l.get("since"));
                            var until = PathExplainer.date(l.get("until"));
                            edges.put(edgeId, new NetworkEdge(edgeId, type, out ? source : key, out ? key : source, since, until,
                                    detail, Words.link(type, detail, since, until)));
                        }
                    }
                    if (truncated) {
                        break;
                    }
                }
                frontier = List.copyOf(next);
            }
        } catch (Neo4jException e) {
            if (!timedOut(e)) {
                throw e;
            }
            truncated = true;
            reason = "The time limit was reached: showing what was found so far; narrow the types, dates or hops";
        }
        Network network = new Network(startNode.key(), q.hops(), LinkType.names(q.types()), q.window(),
                List.copyOf(nodes.values()), List.copyOf(edges.values()), groups, truncated, reason);
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("start", startNode.key());
        detail.put("hops", Integer.toString(q.hops()));
        detail.put("types", String.join(",", LinkType.names(q.types())));
        detail.put("window", q.window().since() + ".." + q.window().until());
        detail.put("nodes", Integer.toString(nodes.size()));
        audit.record(viewer, "NETWORK_QUERY", people(network.nodes()), "OK", purpose, detail);
        return network;
    }

    public PathAnswer paths(Viewer viewer, PathRequest q, String purpose) {
        List<String> eids = new ArrayList<>();
        for (PathRequest.End end : q.ends()) {
            eids.add((String) start(viewer, end.kind(), end.id()).get("eid"));
        }
        String cypher = pathQuery(q.k(), q.maxHops());
        Map<String, Object> params = RecordAccess.scope(viewer);
        params.put("relTypes", LinkType.relationships(q.types()));
        params.put("since", q.window().since());
        params.put("until", q.window().until());
        params.put("hubDegree", q.hubDegree());
        List<PathAnswer.Pair> pairs = new ArrayList<>();
        Set<String> shown = new LinkedHashSet<>();
        for (int i = 0; i < eids.size(); i++) {
            for (int j = i + 1; j < eids.size(); j++) {
                params.put("from", eids.get(i));
                params.put("to", eids.get(j));
                String from = q.ends().get(i).key();
                String to = q.ends().get(j).key();
                try {
                    List<Record> rows = readTimed(PATH_TIMEOUT, cypher, params);
                    List<ExplainedPath> paths = new ArrayList<>();
                    for (Record r : rows) {
                        ExplainedPath p = PathExplainer.explain(r.get("nodes").asList(Value::asMap), r.get("rels").asList(Value::asMap));
                        paths.add(p);
                        p.nodes().stream().filter(n -> n.kind().equals("PERSON")).forEach(n -> shown.add(n.id()));
                    }
                    pairs.add(new PathAnswer.Pair(from, to, !paths.isEmpty(), false, paths.isEmpty()
                            ? "No path found among the records you can see within " + q.maxHops() + " steps" : null, paths));
                } catch (Neo4jException e) {
                    if (!timedOut(e)) {
                        throw e;
                    }
                    pairs.add(new PathAnswer.Pair(from, to, false, true,
                            "The search took longer than " + PATH_TIMEOUT.toSeconds() + " seconds and was stopped: narrow the types, dates or steps",
                            List.of()));
                }
            }
        }
        q.ends().stream().filter(e -> e.kind().equals("PERSON")).forEach(e -> shown.add(e.id()));
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("ends", String.join(",", q.ends().stream().map(PathRequest.End::key).toList()));
        detail.put("k", Integer.toString(q.k()));
        detail.put("maxHops", Integer.toString(q.maxHops()));
        detail.put("types", String.join(",", LinkType.names(q.types())));
        audit.record(viewer, "PATH_QUERY", shown.stream().map(id -> new AuditSink.Touched("PERSON", id)).toList(), "OK", purpose, detail);
        return new PathAnswer(pairs);
    }

    private static List<AuditSink.Touched> people(List<NetworkNode> nodes) {
        return nodes.stream().filter(n -> n.kind().equals("PERSON")).map(n -> new AuditSink.Touched("PERSON", n.id())).toList();
    }

    /**
     * Runs a read with a time limit. The access fragments make these queries large: Neo4j takes
     * seconds to plan and compile each one (about 3 s for network/visible at 1M nominals, more on a
     * busy machine), which must not count against the limit. Neo4j plans a query again for each size
     * class of a list parameter (1, 2-10, 11-100, 101-1,000, ...: {@link PlanCache}), so the first run of
     * each query text with each size class has no limit (normally the start-up warm-up, which plans
     * them all); later runs reuse the cached plan.
     */
    List<Record> readTimed(Duration timeout, String cypher, Map<String, Object> params) {
        boolean first = planned.add(cypher + PlanCache.sizeClasses(params));
        TransactionConfig config = first ? TransactionConfig.empty() : TransactionConfig.builder().withTimeout(timeout).build();
        try (Session session = graph.session()) {
            return session.executeRead(tx -> tx.run(cypher, params).list(), config);
        }
    }


    /** Which linked records of one hop's rows the viewer may see, as the hop marked them ({@code shown}). */
    private static Set<String> shown(List<Record> rows) {
        Set<String> seen = new java.util.HashSet<>();
        for (Record row : rows) {
            for (Value link : row.get("links").values()) {
                if (link.get("shown").asBoolean()) {
                    seen.add(link.get("eid").asString());
                }
            }
        }
        return seen;
    }

    /** Which of these nodes (element ids) the viewer may see: network/visible.cypher. */
    public Set<String> visible(Viewer viewer, java.util.Collection<String> eids) {
        if (eids.isEmpty()) {
            return Set.of();
        }
        Map<String, Object> params = RecordAccess.scope(viewer);
        params.put("eids", List.copyOf(eids));
        Set<String> out = new java.util.HashSet<>();
        readTimed(EXPAND_TIMEOUT, CypherFiles.query("network/visible"), params).forEach(r -> out.add(r.get("eid").asString()));
        return out;
    }

    /**
     * Compiles the start, expansion, visibility, report and default path queries before the first user asks:
     * the frontier and the records to check at every size class ({@link PlanCache}), with ids that
     * match nothing, so the plans are made and nothing is read.
     */
    public void warmUp() {
        Viewer nobody = new Viewer("warm-up", "", "", Set.of("vigil-warm-up"), Set.of("vigil-warm-up"),
                uk.vigil.access.Marking.OFFICIAL, null, "warm-up", "127.0.0.1");
        for (int size : PlanCache.SIZE_CLASSES) {
            List<String> none = java.util.Collections.nCopies(size, "none");
            Map<String, Object> hop = RecordAccess.scope(nobody);
            hop.put("types", LinkType.names(LinkType.DEFAULT));
            hop.put("since", Window.EARLIEST);
            hop.put("until", Window.LATEST);
            hop.put("frontier", none);
            hop.put("perType", PER_TYPE);
            hop.put("propsUpTo", NetworkRequest.DEFAULT_CAP);
            readTimed(EXPAND_TIMEOUT, CypherFiles.query("network/expand-hop"), hop);
            visible(nobody, none);
        }
        // the start of every expansion and the ends of every path: about 11 s to plan at 1M
        Map<String, Object> begin = RecordAccess.scope(nobody);
        begin.put("kind", "PERSON");
        begin.put("id", "none");
        graph.read(tx -> tx.run(CypherFiles.query("network/start"), begin).list());
        Map<String, Object> report = RecordAccess.scope(nobody);
        report.put("id", "none");
        readTimed(EXPAND_TIMEOUT, CypherFiles.query("network/hidden-associations"), report);
        Map<String, Object> path = RecordAccess.scope(nobody);
        path.put("relTypes", LinkType.relationships(LinkType.DEFAULT));
        path.put("since", Window.EARLIEST);
        path.put("until", Window.LATEST);
        path.put("hubDegree", 25);
        path.put("from", "none");
        path.put("to", "none");
        readTimed(PATH_TIMEOUT, pathQuery(3, 6), path);
    }

    static String pathQuery(int k, int hops) {
        return CypherFiles.query("network/paths").replace("{{k}}", Integer.toString(k)).replace("{{hops}}", Integer.toString(hops));
    }

    static boolean timedOut(Neo4jException e) {
        String code = e.code() == null ? "" : e.code();
        return code.contains("TransactionTimedOut") || code.contains("Terminated") || code.contains("TransactionTimedOutClientConfiguration");
    }
}
