package org.jnova.domain.error;

import java.util.Map;

/** Nova's {@code ComputeHostNotFound} (code 404): No compute node for that host. */
public class ComputeHostNotFound extends HostNotFound {
    public static final String MSG_FMT = "Compute host %(host)s could not be found.";
    public static final int CODE = 404;

    /** As Nova raises it, with its keyword arguments. */
    public ComputeHostNotFound(String host) {
        this(null, kwargsOf("host", host));
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public ComputeHostNotFound(String message, Map<String, ?> kwargs) {
        this(message == null ? format(MSG_FMT, kwargs) : message, CODE, kwargs);
    }

    protected ComputeHostNotFound(String message, int code, Map<String, ?> kwargs) {
        super(message, code, kwargs);
    }
}
