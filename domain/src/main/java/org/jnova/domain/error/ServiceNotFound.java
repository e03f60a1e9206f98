package org.jnova.domain.error;

import java.util.Map;

/** Nova's {@code ServiceNotFound} (code 404): No service with that id. */
public class ServiceNotFound extends NotFound {
    public static final String MSG_FMT = "Service %(service_id)s could not be found.";
    public static final int CODE = 404;

    /** As Nova raises it, with its keyword arguments. */
    public ServiceNotFound(Object serviceId) {
        this(null, kwargsOf("service_id", serviceId));
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public ServiceNotFound(String message, Map<String, ?> kwargs) {
        this(message == null ? format(MSG_FMT, kwargs) : message, CODE, kwargs);
    }

    protected ServiceNotFound(String message, int code, Map<String, ?> kwargs) {
        super(message, code, kwargs);
    }
}
