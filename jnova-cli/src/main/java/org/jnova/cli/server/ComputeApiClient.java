package org.jnova.cli.server;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.jnova.domain.wire.MalformedMessageException;
import org.jnova.domain.wire.PyJson;

/**
 * A small Compute API v2.1 client over java.net.http. Error answers become
 * {@link ComputeApiException} carrying Nova's message (the text inside the fault body).
 */
public final class ComputeApiClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** The token a noauth2 API (jnova's all-in-one default) takes for its admin. */
    public static final String NOAUTH_ADMIN_TOKEN = "admin:admin";

    private final String baseUrl;
    private final String token;
    private final String imageUrl;
    private final HttpClient http;

    /** {@code baseUrl} is the versioned endpoint, e.g. {@code http://127.0.0.1:8774/v2.1}; noauth2's admin token. */
    public ComputeApiClient(String baseUrl) {
        this(baseUrl, NOAUTH_ADMIN_TOKEN);
    }

    /** A client sending {@code token} as X-Auth-Token (a Keystone token, or noauth2's {@code user:project}). */
    public ComputeApiClient(String baseUrl, String token) {
        this(baseUrl, token, null);
    }

    /** As above, with the Image API endpoint of the catalog (null: the one beside the compute endpoint). */
    public ComputeApiClient(String baseUrl, String token, String imageUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.token = token;
        this.imageUrl = imageUrl;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The Image API endpoint beside this compute endpoint ({@code <base>/image}, jnova's embedded catalog). */
    public String imageUrl() {
        if (imageUrl != null) {
            return imageUrl.endsWith("/") ? imageUrl.substring(0, imageUrl.length() - 1) : imageUrl;
        }
        return baseUrl.endsWith("/v2.1") ? baseUrl.substring(0, baseUrl.length() - "/v2.1".length()) + "/image"
                : baseUrl + "/image";
    }

    /** A client for another endpoint with the same token (the image catalog). */
    public ComputeApiClient at(String otherBaseUrl) {
        return new ComputeApiClient(otherBaseUrl, token, imageUrl);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Map<String, Object> get(String path) {
        return send("GET", path, null);
    }

    public Map<String, Object> post(String path, Object body) {
        return send("POST", path, body);
    }

    public void delete(String path) {
        send("DELETE", path, null);
    }

    /** Sends a request; 2xx returns the JSON object (empty for an empty body), anything else throws. */
    public Map<String, Object> send(String method, String path, Object body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : baseUrl + path)).timeout(TIMEOUT)
                .header("Accept", "application/json");
        if (token != null) {
            b.header("X-Auth-Token", token);
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
            b.method(method, HttpRequest.BodyPublishers.ofString(PyJson.dumps(body)));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> resp;
        try {
            resp = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new ComputeApiException(0, "cannot reach the compute API at " + baseUrl + " (connection refused)");
        } catch (IOException e) {
            throw new ComputeApiException(0, "request to " + baseUrl + path + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ComputeApiException(0, "interrupted while calling " + baseUrl + path);
        }
        Map<String, Object> parsed = parse(resp);
        if (resp.statusCode() / 100 != 2) {
            throw new ComputeApiException(resp.statusCode(), faultMessage(resp, parsed));
        }
        return parsed;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(HttpResponse<String> resp) {
        String text = resp.body();
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        try {
            Object v = PyJson.loads(text);
            return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of("value", v);
        } catch (MalformedMessageException e) {
            return Map.of("raw", text);
        }
    }

    /** The message of {@code {"<fault>": {"code": n, "message": "..."}}}, else the raw status. */
    private static String faultMessage(HttpResponse<String> resp, Map<String, Object> body) {
        if (body.get("message") instanceof String m) {
            return m; // the Image API's (Glance's) error body
        }
        for (Object v : body.values()) {
            if (v instanceof Map<?, ?> fault && fault.get("message") != null) {
                return String.valueOf(fault.get("message"));
            }
        }
        return "HTTP " + resp.statusCode() + (body.containsKey("raw") ? ": " + body.get("raw") : "");
    }
}
