package org.jnova.api.http;

import java.util.ArrayList;
import java.util.List;

/**
 * A route table: method and path pattern ({@code servers/{id}/action}; {@code {x}} matches one segment)
 * to a handler, tried in the order added (add literal paths before the patterns that would also match
 * them). A path no route has is 404; a known path with another method is 405.
 */
final class Routes {
    interface Handler {
        ApiResponse handle(ApiRequest request, List<String> params);
    }

    private record Route(String method, String[] pattern, Handler handler) {
    }

    private final List<Route> routes = new ArrayList<>();

    Routes add(String method, String pattern, Handler handler) {
        routes.add(new Route(method, pattern.isEmpty() ? new String[0] : pattern.split("/"), handler));
        return this;
    }

    /** Whether some route's pattern starts with this literal segment (a collection, not a project id). */
    boolean isCollection(String segment) {
        return routes.stream().anyMatch(r -> r.pattern.length > 0 && r.pattern[0].equals(segment));
    }

    ApiResponse dispatch(ApiRequest request) {
        boolean pathKnown = false;
        for (Route r : routes) {
            List<String> params = match(r.pattern, request.segments());
            if (params == null) {
                continue;
            }
            if (r.method.equals(request.method())) {
                return r.handler.handle(request, params);
            }
            pathKnown = true;
        }
        if (pathKnown) {
            throw new ApiError(405, "The method specified is not allowed for this resource.");
        }
        throw ApiError.notFound("The resource could not be found.");
    }

    private static List<String> match(String[] pattern, List<String> segments) {
        if (pattern.length != segments.size()) {
            return null;
        }
        List<String> params = new ArrayList<>();
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i].startsWith("{")) {
                params.add(segments.get(i));
            } else if (!pattern[i].equals(segments.get(i))) {
                return null;
            }
        }
        return params;
    }
}
