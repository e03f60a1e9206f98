package org.jnova.domain.error;

import java.util.Map;

/** Nova's {@code HostNotFound} (code 404): No such host. */
public class HostNotFound extends NotFound {
    public static final String MSG_FMT = "Host %(host)s could not be found.";
    public static final int CODE = 404;

    /** As Nova raises it, with its keyword arguments. */
    public HostNotFound(String host) {
        this(null, kwargsOf("host", host));
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public HostNotFound(String message, Map<String, ?> kwargs) {
        this(message == null ? format(MSG_FMT, kwargs) : message, CODE, kwargs);
    }

    protected HostNotFound(String message, int code, Map<String, ?> kwargs) {
        super(message, code, kwargs);
    }
}
