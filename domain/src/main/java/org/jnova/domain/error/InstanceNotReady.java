package org.jnova.domain.error;

import java.util.Map;

/** Nova's {@code InstanceNotReady} (code 400): The instance is not ready for the operation. */
public class InstanceNotReady extends Invalid {
    public static final String MSG_FMT = "Instance %(instance_id)s is not ready";
    public static final int CODE = 400;

    /** As Nova raises it, with its keyword arguments. */
    public InstanceNotReady(String instanceId) {
        this(null, kwargsOf("instance_id", instanceId));
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public InstanceNotReady(String message, Map<String, ?> kwargs) {
        this(message == null ? format(MSG_FMT, kwargs) : message, CODE, kwargs);
    }

    protected InstanceNotReady(String message, int code, Map<String, ?> kwargs) {
        super(message, code, kwargs);
    }
}
