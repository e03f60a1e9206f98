package org.jnova.api.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jnova.api.compute.BadRequest;
import org.jnova.api.compute.ComputeApi;
import org.jnova.api.compute.ComputeBackend;
import org.jnova.domain.error.NovaException;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.domain.wire.PyJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes Compute API v2.1 requests and turns errors into Nova's fault bodies.
 *
 * <p>There is no authentication (no Keystone): every request acts as user {@code admin} with the admin
 * role, in the project named by the {@code X-Auth-Project-Id} header, else the {@code /v2.1/<project_id>/}
 * path prefix, else {@code admin}. Every response carries the request context's id in
 * {@code x-openstack-request-id} and {@code x-compute-request-id}.
 */
public final class ApiRouter implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApiRouter.class);
    private static final String DEFAULT_PROJECT = "admin";
    private static final String USER = "admin";
    private static final List<String> COLLECTIONS = List.of("servers", "flavors", "os-services", "os-hypervisors");
    private static final String VERSIONS = "?versions";
    private static final int MAX_BODY_BYTES = 1 << 20;

    private final ServersResource servers;
    private final InstanceActionsResource actions;
    private final ServicesResource services;
    private final FlavorsResource flavors;
    private final HypervisorsResource hypervisors;

    public ApiRouter(ComputeApi api, ComputeBackend backend) {
        this.servers = new ServersResource(api, backend);
        this.actions = new InstanceActionsResource(backend);
        this.services = new ServicesResource(backend);
        this.flavors = new FlavorsResource(backend);
        this.hypervisors = new HypervisorsResource(backend);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        ApiRequest req = null;
        ApiResponse resp;
        try {
            req = parse(exchange);
            resp = route(req);
        } catch (RuntimeException e) {
            resp = failure(exchange, e);
        }
        String requestId = req != null ? req.context().requestId() : RequestContext.newRequestId();
        write(exchange, resp, requestId);
    }

    private ApiRequest parse(HttpExchange exchange) throws IOException {
        List<String> segs = new ArrayList<>();
        for (String s : exchange.getRequestURI().getPath().split("/")) {
            if (!s.isEmpty()) {
                segs.add(s);
            }
        }
        String project = exchange.getRequestHeaders().getFirst("X-Auth-Project-Id");
        if (!segs.isEmpty() && segs.get(0).equals("v2.1")) {
            segs.remove(0);
            if (segs.size() >= 2 && !COLLECTIONS.contains(segs.get(0))) {
                String pathProject = segs.remove(0);
                project = project == null ? pathProject : project;
            }
        } else {
            // outside /v2.1 only the version list exists
            segs.add(0, segs.isEmpty() ? VERSIONS : "?unversioned");
        }
        project = project == null || project.isBlank() ? DEFAULT_PROJECT : project;
        RequestContext ctx = RequestContext.of(USER, project, List.of("admin", "member", "reader"), true);
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null) {
            host = exchange.getLocalAddress().getHostString() + ":" + exchange.getLocalAddress().getPort();
        }
        return new ApiRequest(exchange.getRequestMethod(), segs, readBody(exchange), ctx, "http://" + host,
                queryParameters(exchange.getRequestURI().getRawQuery()));
    }

    /** {@code a=1&b=x%20y} decoded; a repeated key keeps its last value. */
    static Map<String, String> queryParameters(String rawQuery) {
        Map<String, String> out = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.put(key, value);
        }
        return out;
    }

    private ApiResponse route(ApiRequest r) {
        String m = r.method();
        List<String> s = r.segments();
        String root = r.segment(0);
        if (VERSIONS.equals(root) && s.size() == 1) {
            return only(m, "GET", () -> ApiResponse.ok(JsonMaps.of("versions", List.of(VersionDoc.current(r)))));
        }
        if (s.isEmpty()) {
            return only(m, "GET", () -> ApiResponse.ok(JsonMaps.of("version", VersionDoc.current(r))));
        }
        if ("servers".equals(root)) {
            return routeServers(r, m, s);
        }
        if ("flavors".equals(root)) {
            if (s.size() == 1) {
                return only(m, "GET", () -> flavors.list(r, false));
            }
            if (s.size() == 2) {
                return only(m, "GET", () -> "detail".equals(s.get(1)) ? flavors.list(r, true) : flavors.show(r, s.get(1)));
            }
        }
        if ("os-services".equals(root) && s.size() == 1) {
            return only(m, "GET", () -> services.list(r));
        }
        if ("os-services".equals(root) && s.size() == 2) {
            return only(m, "PUT", () -> services.update(r, s.get(1)));
        }
        if ("os-hypervisors".equals(root)) {
            return routeHypervisors(r, m, s);
        }
        throw ApiError.notFound("The resource could not be found.");
    }

    private ApiResponse routeServers(ApiRequest r, String m, List<String> s) {
        if (s.size() == 1) {
            return switch (m) {
                case "GET" -> servers.list(r, false);
                case "POST" -> servers.create(r);
                default -> throw notAllowed();
            };
        }
        String id = s.get(1);
        if (s.size() == 2) {
            if ("detail".equals(id)) {
                return only(m, "GET", () -> servers.list(r, true));
            }
            return switch (m) {
                case "GET" -> servers.show(r, id);
                case "DELETE" -> servers.delete(r, id);
                default -> throw notAllowed();
            };
        }
        if (s.size() == 3 && "action".equals(s.get(2))) {
            return only(m, "POST", () -> servers.action(r, id));
        }
        if ("os-instance-actions".equals(s.get(2))) {
            if (s.size() == 3) {
                return only(m, "GET", () -> actions.list(r, id));
            }
            if (s.size() == 4) {
                return only(m, "GET", () -> actions.show(r, id, s.get(3)));
            }
        }
        throw ApiError.notFound("The resource could not be found.");
    }

    private ApiResponse routeHypervisors(ApiRequest r, String m, List<String> s) {
        if (s.size() == 1) {
            return only(m, "GET", () -> hypervisors.list(r, false));
        }
        if (s.size() == 2) {
            return only(m, "GET", () -> switch (s.get(1)) {
                case "detail" -> hypervisors.list(r, true);
                case "statistics" -> hypervisors.statistics(r);
                default -> hypervisors.show(r, s.get(1));
            });
        }
        throw ApiError.notFound("The resource could not be found.");
    }

    private interface Handler {
        ApiResponse handle();
    }

    private static ApiResponse only(String method, String allowed, Handler h) {
        if (!allowed.equals(method)) {
            throw notAllowed();
        }
        return h.handle();
    }

    private static ApiError notAllowed() {
        return new ApiError(405, "The method specified is not allowed for this resource.");
    }

    /** Nova errors keep their message; the status follows the API's mapping of each error. */
    private static ApiResponse failure(HttpExchange exchange, RuntimeException e) {
        int status;
        String message = e.getMessage();
        if (e instanceof ApiError a) {
            status = a.status();
        } else if (e instanceof BadRequest) {
            status = 400;
        } else if (e instanceof NovaException n) {
            status = statusOf(n);
        } else {
            status = 500;
            message = "Unexpected API Error. Please report this at http://bugs.launchpad.net/nova/ and attach the "
                    + "Nova API log if possible.\n" + e.getClass().getName();
        }
        if (status >= 500) {
            LOG.error("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
        } else {
            LOG.debug("{} {} -> {}: {}", exchange.getRequestMethod(), exchange.getRequestURI(), status, message);
        }
        Map<String, Object> fault = new LinkedHashMap<>();
        fault.put("code", status);
        fault.put("message", message == null ? e.getClass().getSimpleName() : message);
        return new ApiResponse(status, JsonMaps.of(ApiError.faultKey(status), fault));
    }

    static int statusOf(NovaException e) {
        return switch (e.novaClass()) {
            case "UnexpectedTaskStateError", "UnexpectedDeletingTaskStateError", "InstanceUpdateConflict",
                    "UnknownInstanceUpdateConflict", "InstanceInvalidState", "InstanceIsLocked" -> 409;
            case "InstanceNotFound", "FlavorNotFound", "InstanceActionNotFound", "ComputeHostNotFound" -> 404;
            default -> {
                int code = e.code();
                yield code == 400 || code == 403 || code == 404 || code == 409 ? code : 500;
            }
        };
    }

    private static String readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new ApiError(413, "Request is too large.");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static void write(HttpExchange exchange, ApiResponse resp, String requestId) throws IOException {
        exchange.getResponseHeaders().set("x-openstack-request-id", requestId);
        exchange.getResponseHeaders().set("x-compute-request-id", requestId);
        resp.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        try (exchange) {
            if (resp.body() == null) {
                exchange.sendResponseHeaders(resp.status(), -1);
                return;
            }
            byte[] bytes = PyJson.dumps(resp.body()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(resp.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
