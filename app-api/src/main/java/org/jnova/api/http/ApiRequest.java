package org.jnova.api.http;

import java.util.List;
import java.util.Map;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.domain.wire.MalformedMessageException;
import org.jnova.domain.wire.PyJson;

/**
 * One parsed API request: method, the path segments after {@code /v2.1[/<project_id>]} (or after
 * {@code /image}), the raw body, the authenticated request context (whose request_id answers in
 * x-openstack-request-id), the base URL for links, the query parameters (every value of a repeated
 * one), the negotiated microversion and whether the URL named the project (Nova's links then do too).
 */
public record ApiRequest(String method, List<String> segments, String body, RequestContext context,
                         String baseUrl, Map<String, List<String>> queryValues, ApiVersion version,
                         boolean projectInPath) {

    /** A query parameter's last value ({@code ?status=ACTIVE}), or null. */
    public String query(String name) {
        List<String> v = queryValues == null ? null : queryValues.get(name);
        return v == null || v.isEmpty() ? null : v.get(v.size() - 1);
    }

    public String segment(int i) {
        return i < segments.size() ? segments.get(i) : null;
    }

    public String projectId() {
        return context.projectId();
    }

    /** {@code api_version_request.is_supported(req, min_version)}. */
    public boolean atLeast(String version) {
        return version().atLeast(version);
    }

    /** Whether the request has a body at all (Nova lets an empty POST/PUT body through as None). */
    public boolean hasBody() {
        return body != null && !body.isEmpty();
    }

    /** The body parsed as JSON; a body that is not JSON is Nova's 400 "Malformed request body". */
    public Object json() {
        if (!hasBody()) {
            return null;
        }
        try {
            return PyJson.loads(body);
        } catch (MalformedMessageException e) {
            throw ApiError.badRequest("Malformed request body");
        }
    }

    /** The body as a JSON object; anything else is Nova's 400. */
    public Map<String, Object> jsonObject() {
        if (!(json() instanceof Map<?, ?> m)) {
            throw ApiError.badRequest("The request body is invalid");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) m;
        return map;
    }

    private String projectPrefix() {
        return projectInPath && projectId() != null ? projectId() + "/" : "";
    }

    /** {@code <base>/v2.1/[<project>/]<path>}, Nova's "self" link. */
    public String selfLink(String path) {
        return baseUrl + "/v2.1/" + projectPrefix() + path;
    }

    /** {@code <base>/[<project>/]<path>}, Nova's "bookmark" link. */
    public String bookmarkLink(String path) {
        return baseUrl + "/" + projectPrefix() + path;
    }

    public List<Map<String, Object>> links(String path) {
        return List.of(JsonMaps.of("href", selfLink(path), "rel", "self"),
                JsonMaps.of("href", bookmarkLink(path), "rel", "bookmark"));
    }
}
