package org.jnova.api.http;

/**
 * An HTTP error in Nova's body shape: {@code {"<fault>": {"code": <status>, "message": "..."}}}.
 * The fault key follows the status, as webob's faults do in Nova.
 */
public class ApiError extends RuntimeException {
    private final int status;

    public ApiError(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** Nova's fault key for a status: badRequest, itemNotFound, conflictingRequest, ... */
    public static String faultKey(int status) {
        return switch (status) {
            case 400 -> "badRequest";
            case 403 -> "forbidden";
            case 404 -> "itemNotFound";
            case 405 -> "badMethod";
            case 409 -> "conflictingRequest";
            case 413 -> "overLimit";
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
