package uk.vigil.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An HTTP client for API tests that keeps cookies itself (the JDK's CookieManager will not send
 * Secure cookies over http://, which browsers do for 127.0.0.1) and sends the CSRF token it was given.
 * Other packages' API tests can sign in with it once the gate is installed.
 */
public final class AuthClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrfToken;

    public AuthClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public record Response(int status, String body, HttpHeaders headers) {
        public JsonNode json() {
            try {
                return body.isEmpty() ? null : JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public List<String> setCookies() {
            return headers.allValues("Set-Cookie");
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** Signs in; on success keeps the session cookie and the CSRF token. */
    public Response signIn(String username, String password, String code) {
        Response r = send("POST", "/api/session", Map.of("username", username, "password", password,
                "code", code == null ? "" : code), Map.of());
        if (r.status() == 200) {
            csrfToken = r.json().get("csrfToken").asText();
        }
        return r;
    }

    public Response get(String path) {
        return send("GET", path, null, Map.of());
    }

    public Response post(String path, Object body) {
        return send("POST", path, body, csrfHeader());
    }

    public Response delete(String path) {
        return send("DELETE", path, null, csrfHeader());
    }

    public Response send(String method, String path, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
            if (body instanceof String raw) {
                b.method(method, HttpRequest.BodyPublishers.ofString(raw));
            } else if (body != null) {
                b.header("Content-Type", "application/json");
                b.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            } else {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            }
            headers.forEach(b::header);
            if (!cookies.isEmpty()) {
                b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; ")));
            }
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            r.headers().allValues("Set-Cookie").forEach(this::keep);
            return new Response(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    public String csrfToken() {
        return csrfToken;
    }

    public void setCsrfToken(String token) {
        csrfToken = token;
    }

    private Map<String, String> csrfHeader() {
        return csrfToken == null ? Map.of() : Map.of(AuthRoutes.CSRF_HEADER, csrfToken);
    }

    private void keep(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        String name = pair.substring(0, eq).strip();
        if (setCookie.toLowerCase().contains("max-age=0")) {
            cookies.remove(name);
        } else {
            cookies.put(name, pair.substring(eq + 1).strip());
        }
    }
}
