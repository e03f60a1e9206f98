package org.jnova.domain.error;

import java.util.Map;

/**
 * An operation was requested in a state that does not allow it. Nova's code is 400 (an Invalid); the
 * API turns it into a 409 conflict.
 */
public class InstanceInvalidState extends Invalid {
    public static final String MSG_FMT = "Instance %(instance_uuid)s in %(attr)s %(state)s. Cannot %(method)s"
            + " while the instance is in this state.";
    public static final int CODE = 400;

    public InstanceInvalidState(String attr, String instanceUuid, String state, String method) {
        this(null, kwargsOf("attr", attr, "instance_uuid", instanceUuid, "state", state, "method", method));
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public InstanceInvalidState(String message, Map<String, ?> kwargs) {
        super(message == null ? format(MSG_FMT, kwargs) : message, CODE, kwargs);
    }

    protected InstanceInvalidState(String message, int code, Map<String, ?> kwargs) {
        super(message, code, kwargs);
    }
}
