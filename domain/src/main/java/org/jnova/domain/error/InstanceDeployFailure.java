package org.jnova.domain.error;

import java.util.Map;

/** Nova's {@code InstanceDeployFailure} (code 400): The hypervisor failed to create an instance. */
public class InstanceDeployFailure extends Invalid {
    public static final String MSG_FMT = "Failed to deploy instance: %(reason)s";
    public static final int CODE = 400;

    /** As Nova raises it, with its keyword arguments. */
    public InstanceDeployFailure(String reason) {
        this(null, kwargsOf("reason", reason));
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public InstanceDeployFailure(String message, Map<String, ?> kwargs) {
        this(message == null ? format(MSG_FMT, kwargs) : message, CODE, kwargs);
    }

    protected InstanceDeployFailure(String message, int code, Map<String, ?> kwargs) {
        super(message, code, kwargs);
    }
}
