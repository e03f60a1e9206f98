package org.jnova.api.http;

import java.util.List;
import java.util.Map;
import org.jnova.domain.rpc.RequestContext;
import org.jnova.domain.wire.MalformedMessageException;
import org.jnova.domain.wire.PyJson;

/**
 * One parsed API request: method, the path segments after {@code /v2.1[/<project_id>]}, the raw body,
 * the request context (whose request_id answers in x-openstack-request-id), the base URL for links and
 * the query parameters (the last value of a repeated one).
 */
public record ApiRequest(String method, List<String> segments, String body, RequestContext context,
                         String baseUrl, Map<String, String> query) {

    /** A query parameter ({@code ?status=ACTIVE}), or null. */
    public String query(String name) {
        return query == null ? null : query.get(name);
    }

    public String segment(int i) {
        return i < segments.size() ? segments.get(i) : null;
    }

    public String projectId() {
        return context.projectId();
    }

    /** The body as a JSON object; anything else is Nova's 400. */
    public Map<String, Object> jsonObject() {
        if (body == null || body.isBlank()) {
            throw ApiError.badRequest("Malformed request body: the request body is empty");
        }
        Object parsed;
        try {
            parsed = PyJson.loads(body);
        } catch (MalformedMessageException e) {
            throw ApiError.badRequest("Malformed request body: " + e.getMessage());
        }
        if (!(parsed instanceof Map<?, ?> m)) {
            throw ApiError.badRequest("Malformed request body: the body must be a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) m;
        return map;
    }

    /** {@code <base>/v2.1/<project>/<path>}, Nova's "self" link. */
    public String selfLink(String path) {
        return baseUrl + "/v2.1/" + projectId() + "/" + path;
    }

    /** {@code <base>/<project>/<path>}, Nova's "bookmark" link. */
    public String bookmarkLink(String path) {
        return baseUrl + "/" + projectId() + "/" + path;
    }

    public List<Map<String, Object>> links(String path) {
        return List.of(JsonMaps.of("href", selfLink(path), "rel", "self"),
                JsonMaps.of("href", bookmarkLink(path), "rel", "bookmark"));
    }
}
