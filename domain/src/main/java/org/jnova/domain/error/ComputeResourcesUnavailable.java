package org.jnova.domain.error;

import java.util.Map;

/**
 * Nova's {@code ComputeResourcesUnavailable} (code 400): the compute's own claim found the build does not
 * fit what the node has left; the build is rescheduled.
 */
public class ComputeResourcesUnavailable extends ServiceUnavailable {
    public static final String MSG_FMT = "Insufficient compute resources: %(reason)s.";
    public static final int CODE = 400;

    /** As Nova raises it, with its keyword arguments. */
    public ComputeResourcesUnavailable(String reason) {
        this(null, kwargsOf("reason", reason));
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public ComputeResourcesUnavailable(String message, Map<String, ?> kwargs) {
        this(message == null ? format(MSG_FMT, kwargs) : message, CODE, kwargs);
    }

    protected ComputeResourcesUnavailable(String message, int code, Map<String, ?> kwargs) {
        super(message, code, kwargs);
    }
}
