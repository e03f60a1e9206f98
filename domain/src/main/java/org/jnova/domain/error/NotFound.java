package org.jnova.domain.error;

import java.util.Map;

/** Nova's {@code NotFound} (code 404): A resource does not exist; the API answers 404. */
public class NotFound extends NovaException {
    public static final String MSG_FMT = "Resource could not be found.";
    public static final int CODE = 404;

    /** With Nova's default message. */
    public NotFound() {
        this(null, Map.of());
    }

    /** With a specific message, as {@code NotFound(message=...)}. */
    public NotFound(String message) {
        this(message, Map.of());
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public NotFound(String message, Map<String, ?> kwargs) {
        this(message == null ? format(MSG_FMT, kwargs) : message, CODE, kwargs);
    }

    protected NotFound(String message, int code, Map<String, ?> kwargs) {
        super(message, code, kwargs);
    }
}
