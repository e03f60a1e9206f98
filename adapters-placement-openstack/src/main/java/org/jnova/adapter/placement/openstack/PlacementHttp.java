package org.jnova.adapter.placement.openstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jnova.domain.wire.PyJson;
import org.jnova.ports.placement.PlacementException;

/**
 * JSON over HTTP to Placement: each request names its microversion ({@code OpenStack-API-Version:
 * placement X.Y}) and carries the token; a 401 renews the token once, a connection lost before the answer
 * is tried once more; an unreachable service or a 5xx is a {@link PlacementException} naming the request.
 */
final class PlacementHttp {
    private final HttpClient http;
    private final PlacementAuth auth;
    private final Duration timeout;

    PlacementHttp(HttpClient http, PlacementAuth auth, Duration timeout) {
        this.http = http;
        this.auth = auth;
        this.timeout = timeout;
    }

    /** A Placement answer: status, the parsed JSON body (null if none) and Placement's first error, if any. */
    record Response(int status, Object body, String errorCode, String errorDetail) {
        Map<?, ?> json() {
            return body instanceof Map<?, ?> m ? m : Map.of();
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    Response get(String path, String microversion) {
        return send("GET", path, microversion, null);
    }

    /** Sends the request; {@code body} (a map or list) is written as JSON. */
    Response send(String method, String path, String microversion, Object body) {
        for (int attempt = 1; ; attempt++) {
            PlacementAuth.Credentials c = auth.credentials();
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(c.endpoint() + path)).timeout(timeout)
                    .header("Accept", "application/json");
            if (microversion != null) {
                b.header("OpenStack-API-Version", "placement " + microversion);
            }
            if (c.token() != null) {
                b.header("X-Auth-Token", c.token());
            }
            if (body != null) {
                b.header("Content-Type", "application/json");
                b.method(method, HttpRequest.BodyPublishers.ofString(PyJson.dumps(body), StandardCharsets.UTF_8));
            } else {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> r;
            try {
                r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                if (attempt == 1 && !(e instanceof java.net.ConnectException)) {
                    continue; // a pooled connection the server had closed (HTTP/1.0 servers close after each answer)
                }
                throw new PlacementException("cannot reach Placement at " + c.endpoint() + " (" + method + " " + path
                        + "): " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PlacementException("interrupted during " + method + " " + path, e);
            }
            if (r.statusCode() == 401 && attempt == 1 && auth.invalidate()) {
                continue;
            }
            Response out = parse(r);
            if (out.status() == 401 || out.status() == 403) {
                throw new PlacementException("Placement at " + c.endpoint() + " refused " + method + " " + path
                        + " (HTTP " + out.status() + "): check [placement] auth_type and its credentials");
            }
            if (out.status() >= 500) {
                throw new PlacementException("Placement failed " + method + " " + path + ": HTTP " + out.status()
                        + " " + out.errorDetail());
            }
            return out;
        }
    }

    private static Response parse(HttpResponse<String> r) {
        String text = r.body();
        Object body = null;
        if (text != null && !text.isBlank()) {
            try {
                body = PyJson.loads(text);
            } catch (RuntimeException e) {
                body = text;
            }
        }
        String code = null;
        String detail = body instanceof String s ? KeystonePasswordAuth.abbreviate(s) : null;
        if (body instanceof Map<?, ?> m && m.get("errors") instanceof List<?> errors && !errors.isEmpty()
                && errors.get(0) instanceof Map<?, ?> first) {
            code = first.get("code") instanceof String s ? s : null;
            detail = first.get("detail") instanceof String s ? s.replaceAll("\\s+", " ").trim() : null;
        }
        return new Response(r.statusCode(), body, code, detail);
    }
}
