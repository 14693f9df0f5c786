package uk.vigil.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One node of a network or path as the viewer may see it: key properties only (never free text,
 * descriptions or intelligence wording). {@code key} is kind + id, unique across labels.
 */
public record NetworkNode(String key, String id, String kind, String caption, Map<String, Object> properties) {

    /** Builds a node from the {eid, labels, props} map the network queries return. */
    static NetworkNode of(Map<String, Object> row) {
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) row.get("labels");
        @SuppressWarnings("unchecked")
        Map<String, Object> props = (Map<String, Object>) row.get("props");
        String kind = kind(labels);
        Map<String, Object> kept = new LinkedHashMap<>();
        props.forEach((k, v) -> {
            if (v != null && !k.equals("id")) {
                kept.put(k, v);
            }
        });
        if (kind.equals("PERSON")) {
            kept.put("roles", labels.stream().filter(l -> !l.equals("Person")).sorted().toList());
        }
        String id = String.valueOf(props.get("id"));
        return new NetworkNode(kind + ":" + id, id, kind, caption(kind, props), kept);
    }

    static String kind(List<String> labels) {
        for (String k : List.of("Person", "Address", "Vehicle", "Device", "Account", "Offence", "Conviction", "Intelligence")) {
            if (labels.contains(k)) {
                return k.toUpperCase(java.util.Locale.ROOT);
            }
        }
        return "OTHER";
    }

    static String caption(String kind, Map<String, Object> p) {
        return switch (kind) {
            case "PERSON" -> join(p.get("forename"), p.get("surname")) + (p.get("dob") != null ? " (" + p.get("dob") + ")" : "");
            case "ADDRESS" -> join(p.get("line1"), p.get("town"), p.get("postcode"))
                    + (p.get("kind") != null && !"PRIVATE".equals(p.get("kind")) ? " [" + p.get("kind") + "]" : "");
            case "VEHICLE" -> join(p.get("vrm"), p.get("colour"), p.get("make"), p.get("model"));
            case "DEVICE" -> p.get("phoneNumber") != null ? "phone " + p.get("phoneNumber")
                    : join(p.get("type"), p.get("make"), p.get("model"), p.get("imei") != null ? "IMEI " + p.get("imei") : null);
            case "ACCOUNT" -> join(p.get("type"), p.get("value"), p.get("platform") != null ? "(" + p.get("platform") + ")" : null);
            case "OFFENCE" -> join(p.get("type"), "offence", p.get("date"));
            case "CONVICTION" -> join("conviction", p.get("date"), p.get("disposal"));
            case "INTELLIGENCE" -> join("intelligence", p.get("date"),
                    p.get("sourceEval") != null ? "graded " + p.get("sourceEval") + p.get("intelEval") : null);
            default -> String.valueOf(p.get("id"));
        };
    }

    private static String join(Object... parts) {
        StringBuilder b = new StringBuilder();
        for (Object part : parts) {
            if (part != null && !part.toString().isBlank()) {
                if (!b.isEmpty()) {
                    b.append(' ');
                }
                b.append(part);
            }
        }
        return b.toString();
    }
}
