package org.jnova.api.http;

import java.util.Map;

/** A status, a JSON body (null for an empty body, e.g. 204) and extra headers (e.g. Location). */
public record ApiResponse(int status, Object body, Map<String, String> headers) {
    public ApiResponse(int status, Object body) {
        this(status, body, Map.of());
    }

    public static ApiResponse ok(Object body) {
        return new ApiResponse(200, body);
    }

    public static ApiResponse accepted(Object body) {
        return new ApiResponse(202, body);
    }

    public static ApiResponse noContent() {
        return new ApiResponse(204, null);
    }
}
