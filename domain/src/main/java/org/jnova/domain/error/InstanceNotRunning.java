package org.jnova.domain.error;

import java.util.Map;

/** Nova's {@code InstanceNotRunning} (code 400): The operation needs a running instance. */
public class InstanceNotRunning extends Invalid {
    public static final String MSG_FMT = "Instance %(instance_id)s is not running.";
    public static final int CODE = 400;

    /** As Nova raises it, with its keyword arguments. */
    public InstanceNotRunning(String instanceId) {
        this(null, kwargsOf("instance_id", instanceId));
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public InstanceNotRunning(String message, Map<String, ?> kwargs) {
        this(message == null ? format(MSG_FMT, kwargs) : message, CODE, kwargs);
    }

    protected InstanceNotRunning(String message, int code, Map<String, ?> kwargs) {
        super(message, code, kwargs);
    }
}
