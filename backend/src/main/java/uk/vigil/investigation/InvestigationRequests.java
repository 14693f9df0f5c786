package uk.vigil.investigation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Set;
import uk.vigil.common.InvalidRequestException;
import uk.vigil.web.WebApp;

/** The checked request bodies of the investigations API; every problem is a 400 that says what to fix. */
final class InvestigationRequests {
    static final int MAX_NAME = 120;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_PARAMS = 10_000;
    /** What a saved search can be: the search page's query or a suspect search (run again when opened). */
    static final Set<String> SEARCH_KINDS = Set.of("SEARCH", "SUSPECT");

    private InvestigationRequests() {
    }

    record New(String name, String description, NewChart chart) {
        static New of(JsonNode body) {
            NewChart chart = body.hasNonNull("chart") ? NewChart.of(object(body.get("chart"), "chart")) : null;
            return new New(checkedName(body.get("name"), "name"), checkedDescription(body.get("description")), chart);
        }
    }

    record Change(String name, String description, long version) {
        static Change of(JsonNode body) {
            JsonNode v = body.get("version");
            if (v == null || !v.isIntegralNumber() || v.asLong() < 1) {
                throw new InvalidRequestException("version is required: the version you read (a whole number)");
            }
            return new Change(checkedName(body.get("name"), "name"), checkedDescription(body.get("description")), v.asLong());
        }
    }

    record NewChart(String name, ChartState state) {
        static NewChart of(JsonNode body) {
            return new NewChart(checkedName(body.get("name"), "chart name"), ChartState.of(body.get("state")));
        }
    }

    record NewSearch(String kind, String params, String purpose) {
        static NewSearch of(JsonNode body) {
            JsonNode k = body.get("kind");
            String kind = k != null && k.isTextual() ? k.asText().strip().toUpperCase(Locale.ROOT) : "";
            if (!SEARCH_KINDS.contains(kind)) {
                throw new InvalidRequestException("kind must be SEARCH or SUSPECT");
            }
            JsonNode params = body.get("params");
            if (params == null || !params.isObject()) {
                throw new InvalidRequestException("params must be a JSON object: the search's parameters");
            }
            String text;
            try {
                text = WebApp.objectMapper().writeValueAsString(params);
            } catch (JsonProcessingException e) {
                throw new InvalidRequestException("params must be a JSON object");
            }
            if (text.length() > MAX_PARAMS) {
                throw new InvalidRequestException("params is longer than " + MAX_PARAMS + " characters");
            }
            JsonNode p = body.get("purpose");
            String purpose = p == null || p.isNull() ? null : p.asText().strip();
            if (purpose != null && purpose.length() > 500) {
                throw new InvalidRequestException("purpose is longer than 500 characters");
            }
            return new NewSearch(kind, text, purpose == null || purpose.isEmpty() ? null : purpose);
        }
    }

    static JsonNode object(JsonNode node, String what) {
        if (node == null || !node.isObject()) {
            throw new InvalidRequestException(what + " must be a JSON object (docs/investigations.md)");
        }
        return node;
    }

    static String checkedName(JsonNode v, String what) {
        String name = v == null || v.isNull() || !v.isTextual() ? "" : v.asText().strip();
        if (name.isEmpty()) {
            throw new InvalidRequestException(what + " is required");
        }
        if (name.length() > MAX_NAME) {
            throw new InvalidRequestException(what + " is longer than " + MAX_NAME + " characters");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidRequestException(what + " must be one line of text");
        }
        return name;
    }

    static String checkedDescription(JsonNode v) {
        if (v == null || v.isNull()) {
            return "";
        }
        if (!v.isTextual()) {
            throw new InvalidRequestException("description must be text");
        }
        String d = v.asText().strip();
        if (d.length() > MAX_DESCRIPTION) {
            throw new InvalidRequestException("description is longer than " + MAX_DESCRIPTION + " characters");
        }
        return d;
    }
}
