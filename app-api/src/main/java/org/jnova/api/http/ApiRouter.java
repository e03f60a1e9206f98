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
import org.jnova.api.auth.AuthResult;
import org.jnova.api.auth.Authenticator;
import org.jnova.api.compute.BadRequest;
import org.jnova.api.compute.ComputeApi;
import org.jnova.api.compute.ComputeBackend;
import org.jnova.api.image.ImageCatalog;
import org.jnova.api.policy.Policy;
import org.jnova.api.policy.PolicyNotAuthorized;
import org.jnova.domain.error.NovaException;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.domain.wire.PyJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP front of the Compute API, in the order of Nova's paste pipeline: the version documents
 * answer anyone; every other request is authenticated first ({@link Authenticator}: keystone or
 * noauth2), then its microversion negotiated ({@link ApiVersion}), a {@code /v2.1/<project_id>/} prefix
 * checked against the caller's project, and the route run; route handlers validate the request with
 * Nova's schemas first (Nova's decorators run before the method's own policy check), then authorize with
 * {@link Policy}. {@code /image/...} is the embedded image catalog's Image API. Errors become Nova's
 * fault bodies; every response carries the request id in x-openstack-request-id and x-compute-request-id.
 */
public final class ApiRouter implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApiRouter.class);
    private static final int MAX_BODY_BYTES = 1 << 20;

    private final Authenticator auth;
    private final Routes compute = new Routes();
    private final Routes image = new Routes();

    public ApiRouter(ComputeApi api, ComputeBackend backend, Authenticator auth, Policy policy, ImageCatalog images) {
        this.auth = auth;
        new ServersResource(api, backend, policy).register(compute);
        new InstanceActionsResource(api, backend, policy).register(compute);
        new FlavorsResource(backend, policy).register(compute);
        new FlavorExtraSpecsResource(backend, policy).register(compute);
        new ServicesResource(backend, policy).register(compute);
        new HypervisorsResource(backend, policy).register(compute);
        new ImagesResource(images, policy).register(image);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String requestId = RequestContext.newRequestId();
        ApiResponse resp;
        ApiVersion version = null;
        try {
            List<String> segs = segments(exchange);
            if (segs.isEmpty() || (segs.size() == 1 && segs.get(0).equals("v2.1"))) {
                resp = versions(exchange, segs.isEmpty());
            } else {
                AuthResult result = auth.authenticate(exchange.getRequestHeaders(), remoteAddress(exchange));
                if (result instanceof AuthResult.Answered a) {
                    resp = new ApiResponse(a.status(), a.body(), a.headers());
                } else {
                    RequestContext ctx = ((AuthResult.Accepted) result).context();
                    requestId = ctx.requestId();
                    if (segs.get(0).equals("image")) {
                        resp = image.dispatch(request(exchange, segs.subList(1, segs.size()), ctx, null, false));
                    } else if (segs.get(0).equals("v2.1")) {
                        version = ApiVersion.of(exchange.getRequestHeaders());
                        resp = routeCompute(exchange, new ArrayList<>(segs.subList(1, segs.size())), ctx, version);
                    } else {
                        throw ApiError.notFound("The resource could not be found.");
                    }
                }
            }
        } catch (RuntimeException | IOException e) {
            resp = failure(exchange, e);
        }
        write(exchange, resp, requestId, version);
    }

    private ApiResponse routeCompute(HttpExchange exchange, List<String> segs, RequestContext ctx, ApiVersion version)
            throws IOException {
        boolean projectInPath = false;
        if (segs.size() >= 2 && !compute.isCollection(segs.get(0))) {
            String pathProject = segs.remove(0);
            if (!pathProject.equals(ctx.projectId())) {
                throw ApiError.badRequest("Malformed request URL: URL's project_id '" + pathProject
                        + "' doesn't match Context's project_id '" + ctx.projectId() + "'");
            }
            projectInPath = true;
        }
        return compute.dispatch(request(exchange, segs, ctx, version, projectInPath));
    }

    private static ApiRequest request(HttpExchange exchange, List<String> segs, RequestContext ctx, ApiVersion version,
                                      boolean projectInPath) throws IOException {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null) {
            host = exchange.getLocalAddress().getHostString() + ":" + exchange.getLocalAddress().getPort();
        }
        return new ApiRequest(exchange.getRequestMethod(), List.copyOf(segs), readBody(exchange), ctx, "http://" + host,
                queryParameters(exchange.getRequestURI().getRawQuery()), version, projectInPath);
    }

    private static List<String> segments(HttpExchange exchange) {
        List<String> segs = new ArrayList<>();
        for (String s : exchange.getRequestURI().getPath().split("/")) {
            if (!s.isEmpty()) {
                segs.add(s);
            }
        }
        return segs;
    }

    private static String remoteAddress(HttpExchange exchange) {
        return exchange.getRemoteAddress() == null ? null : exchange.getRemoteAddress().getAddress().getHostAddress();
    }

    private static ApiResponse versions(HttpExchange exchange, boolean root) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            throw new ApiError(405, "The method specified is not allowed for this resource.");
        }
        ApiRequest r = request(exchange, List.of(), null, null, false);
        return ApiResponse.ok(root ? JsonMaps.of("versions", List.of(VersionDoc.current(r)))
                : JsonMaps.of("version", VersionDoc.current(r)));
    }

    /** {@code a=1&b=x%20y} decoded; a repeated key keeps every value, in order. */
    static Map<String, List<String>> queryParameters(String rawQuery) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    /** Nova errors keep their message; the status follows the API's mapping of each error. */
    private static ApiResponse failure(HttpExchange exchange, Exception e) {
        int status;
        String message = e.getMessage();
        if (e instanceof ApiError a) {
            status = a.status();
            if (a.body() != null) {
                return new ApiResponse(status, a.body());
            }
        } else if (e instanceof BadRequest) {
            status = 400;
        } else if (e instanceof PolicyNotAuthorized) {
            status = 403;
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

    private static void write(HttpExchange exchange, ApiResponse resp, String requestId, ApiVersion version)
            throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("x-openstack-request-id", requestId);
        headers.set("x-compute-request-id", requestId);
        if (version != null) {
            headers.set(ApiVersion.HEADER, "compute " + version);
            headers.set(ApiVersion.LEGACY_HEADER, version.toString());
            headers.add("Vary", ApiVersion.HEADER);
            headers.add("Vary", ApiVersion.LEGACY_HEADER);
        }
        resp.headers().forEach(headers::set);
        try (exchange) {
            if (resp.body() == null) {
                exchange.sendResponseHeaders(resp.status(), -1);
                return;
            }
            byte[] bytes = PyJson.dumps(resp.body()).getBytes(StandardCharsets.UTF_8);
            headers.set("Content-Type", "application/json");
            exchange.sendResponseHeaders(resp.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
