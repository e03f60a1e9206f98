package org.jnova.domain.error;

import java.util.Map;

/** Nova's {@code ServiceUnavailable} (code 400): A service needed for the operation is down. */
public class ServiceUnavailable extends Invalid {
    public static final String MSG_FMT = "Service is unavailable at this time.";
    public static final int CODE = 400;

    /** With Nova's default message. */
    public ServiceUnavailable() {
        this(null, Map.of());
    }

    /** With a specific message, as {@code ServiceUnavailable(message=...)}. */
    public ServiceUnavailable(String message) {
        this(message, Map.of());
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public ServiceUnavailable(String message, Map<String, ?> kwargs) {
        this(message == null ? format(MSG_FMT, kwargs) : message, CODE, kwargs);
    }

    protected ServiceUnavailable(String message, int code, Map<String, ?> kwargs) {
        super(message, code, kwargs);
    }
}
