package org.jnova.domain.error;

import java.util.Map;

/** Nova's {@code ComputeServiceUnavailable} (code 400): The compute service of a host is down. */
public class ComputeServiceUnavailable extends ServiceUnavailable {
    public static final String MSG_FMT = "Compute service of %(host)s is unavailable at this time.";
    public static final int CODE = 400;

    /** As Nova raises it, with its keyword arguments. */
    public ComputeServiceUnavailable(String host) {
        this(null, kwargsOf("host", host));
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public ComputeServiceUnavailable(String message, Map<String, ?> kwargs) {
        this(message == null ? format(MSG_FMT, kwargs) : message, CODE, kwargs);
    }

    protected ComputeServiceUnavailable(String message, int code, Map<String, ?> kwargs) {
        super(message, code, kwargs);
    }
}
