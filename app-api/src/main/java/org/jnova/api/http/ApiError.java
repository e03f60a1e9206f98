package org.jnova.api.http;

/**
 * An HTTP error in Nova's body shape: {@code {"<fault>": {"code": <status>, "message": "..."}}}.
 * The fault key follows the status, as webob's faults do in Nova; another service's shape (Glance's)
 * can be given as the body itself.
 */
public class ApiError extends RuntimeException {
    private final int status;
    private final Object body;

    public ApiError(int status, String message) {
        this(status, message, null);
    }

    public ApiError(int status, String message, Object body) {
        super(message);
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    /** The body to answer with instead of Nova's fault, or null. */
    public Object body() {
        return body;
    }

    /** Nova's fault key for a status ({@code wsgi.Fault._fault_names}). */
    public static String faultKey(int status) {
        return switch (status) {
            case 400 -> "badRequest";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "itemNotFound";
            case 405 -> "badMethod";
            case 409 -> "conflictingRequest";
            case 413, 429 -> "overLimit";
            case 415 -> "badMediaType";
            case 501 -> "notImplemented";
            case 503 -> "serviceUnavailable";
            default -> "computeFault";
        };
    }

    public static ApiError notFound(String message) {
        return new ApiError(404, message);
    }

    public static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }
}
