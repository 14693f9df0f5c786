package uk.vigil.investigation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.vigil.common.InvalidRequestException;
import uk.vigil.network.LinkType;
import uk.vigil.network.Window;

/**
 * A saved network chart: how to draw it again through the network API (start record, hops, link
 * types, date window, the records expanded and removed since) plus the selection, pinned positions
 * and the year filter. Checked field by field and rebuilt from the checked values only, so nothing
 * but these fields is stored (docs/investigations.md, "Chart state").
 *
 * @param records the people, addresses, vehicles, devices and accounts the chart showed when saved:
 *                what the investigation INCLUDES, and so what a colleague must be able to see
 */
public record ChartState(RecordRef root, int hops, List<String> types, String at, String from, String to,
                         List<RecordRef> expanded, List<String> removed, List<String> selected,
                         Map<String, double[]> pinned, Integer year, List<RecordRef> records) {
    static final int MAX_RECORDS = 500;
    static final String KEY = "[A-Z]{4,12}:[A-Za-z0-9_-]{1,64}";

    /** Reads and checks a state object; every problem is a 400 saying what to fix. */
    static ChartState of(JsonNode state) {
        if (state == null || !state.isObject()) {
            throw new InvalidRequestException("state must be a JSON object (docs/investigations.md, \"Chart state\")");
        }
        JsonNode rootNode = state.get("root");
        if (rootNode == null || !rootNode.isObject()) {
            throw new InvalidRequestException("state.root is required: {kind, id} of the record the chart starts from");
        }
        RecordRef root = RecordRef.of(text(rootNode, "kind"), text(rootNode, "id"), "state.root");
        int hops = whole(state.get("hops"), "state.hops", 2, 1, 4);
        List<String> types = new ArrayList<>();
        JsonNode typesNode = state.get("types");
        if (typesNode != null && !typesNode.isNull()) {
            if (!typesNode.isArray()) {
                throw new InvalidRequestException("state.types must be a list of link types");
            }
            List<String> names = new ArrayList<>();
            typesNode.forEach(t -> names.add(t.isTextual() ? t.asText() : "?"));
            if (!names.isEmpty()) {
                LinkType.parse(String.join(",", names)).forEach(t -> types.add(t.name()));
            }
        }
        JsonNode window = state.get("window");
        String at = null;
        String from = null;
        String to = null;
        if (window != null && !window.isNull()) {
            if (!window.isObject()) {
                throw new InvalidRequestException("state.window must be an object {at} or {from, to}");
            }
            at = text(window, "at");
            from = text(window, "from");
            to = text(window, "to");
            Window.parse(at, from, to);
        }
        List<RecordRef> expanded = refs(state.get("expanded"), "state.expanded");
        List<RecordRef> records = refs(state.get("records"), "state.records");
        if (records.stream().noneMatch(r -> r.equals(root))) {
            records.add(0, root);
        }
        Set<String> keys = new LinkedHashSet<>();
        records.forEach(r -> keys.add(r.key()));
        for (RecordRef e : expanded) {
            if (!keys.contains(e.key())) {
                throw new InvalidRequestException("state.expanded: " + e.key() + " is not among state.records");
            }
        }
        List<String> removed = keyList(state.get("removed"), "state.removed", null);
        List<String> selected = keyList(state.get("selected"), "state.selected", keys);
        Map<String, double[]> pinned = new LinkedHashMap<>();
        JsonNode pins = state.get("pinned");
        if (pins != null && !pins.isNull()) {
            if (!pins.isArray() || pins.size() > MAX_RECORDS) {
                throw new InvalidRequestException("state.pinned must be a list of at most " + MAX_RECORDS + " {key, x, y}");
            }
            for (JsonNode p : pins) {
                String key = p.isObject() ? text(p, "key") : null;
                if (key == null || !keys.contains(key)) {
                    throw new InvalidRequestException("state.pinned: each key must be one of state.records (" + key + ")");
                }
                JsonNode x = p.get("x");
                JsonNode y = p.get("y");
                if (x == null || y == null || !x.isNumber() || !y.isNumber()
                        || !Double.isFinite(x.asDouble()) || !Double.isFinite(y.asDouble())
                        || Math.abs(x.asDouble()) > 1e6 || Math.abs(y.asDouble()) > 1e6) {
                    throw new InvalidRequestException("state.pinned: x and y must be numbers (at most 1,000,000 either way)");
                }
                pinned.put(key, new double[] {x.asDouble(), y.asDouble()});
            }
        }
        JsonNode yearNode = state.get("year");
        Integer year = yearNode == null || yearNode.isNull() ? null : whole(yearNode, "state.year", 0, 1900, 2200);
        return new ChartState(root, hops, List.copyOf(types), at, from, to, List.copyOf(expanded), removed, selected,
                pinned, year, List.copyOf(records));
    }

    /** The state as stored and answered: the checked fields only. */
    ObjectNode json() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.set("root", ref(root));
        o.put("hops", hops);
        ArrayNode t = o.putArray("types");
        types.forEach(t::add);
        ObjectNode w = o.putObject("window");
        w.put("at", at);
        w.put("from", from);
        w.put("to", to);
        ArrayNode e = o.putArray("expanded");
        expanded.forEach(r -> e.add(ref(r)));
        ArrayNode rm = o.putArray("removed");
        removed.forEach(rm::add);
        ArrayNode sel = o.putArray("selected");
        selected.forEach(sel::add);
        ArrayNode pins = o.putArray("pinned");
        pinned.forEach((k, xy) -> pins.addObject().put("key", k).put("x", xy[0]).put("y", xy[1]));
        if (year == null) {
            o.putNull("year");
        } else {
            o.put("year", year);
        }
        ArrayNode recs = o.putArray("records");
        records.forEach(r -> recs.add(ref(r)));
        return o;
    }

    private static ObjectNode ref(RecordRef r) {
        return JsonNodeFactory.instance.objectNode().put("kind", r.kind()).put("id", r.id());
    }

    private static List<RecordRef> refs(JsonNode list, String where) {
        List<RecordRef> out = new ArrayList<>();
        if (list == null || list.isNull()) {
            return out;
        }
        if (!list.isArray() || list.size() > MAX_RECORDS) {
            throw new InvalidRequestException(where + " must be a list of at most " + MAX_RECORDS + " {kind, id}");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode n : list) {
            if (!n.isObject()) {
                throw new InvalidRequestException(where + " must be a list of {kind, id}");
            }
            RecordRef r = RecordRef.of(text(n, "kind"), text(n, "id"), where);
            if (seen.add(r.key())) {
                out.add(r);
            }
        }
        return out;
    }

    /** Node keys (KIND:id); {@code allowed} limits them to the chart's records when given. */
    private static List<String> keyList(JsonNode list, String where, Set<String> allowed) {
        List<String> out = new ArrayList<>();
        if (list == null || list.isNull()) {
            return out;
        }
        if (!list.isArray() || list.size() > MAX_RECORDS) {
            throw new InvalidRequestException(where + " must be a list of at most " + MAX_RECORDS + " record keys");
        }
        for (JsonNode n : list) {
            String key = n.isTextual() ? n.asText() : "";
            if (!key.matches(KEY) || (allowed != null && !allowed.contains(key))) {
                throw new InvalidRequestException(where + ": each must be the key of one of state.records, like PERSON:N1");
            }
            if (!out.contains(key)) {
                out.add(key);
            }
        }
        return out;
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new InvalidRequestException(field + " must be text");
        }
        return v.asText().length() > 100 ? v.asText().substring(0, 100) : v.asText();
    }

    private static int whole(JsonNode v, String name, int fallback, int min, int max) {
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < min || v.asInt() > max) {
            throw new InvalidRequestException(name + " must be a whole number from " + min + " to " + max);
        }
        return v.asInt();
    }
}
