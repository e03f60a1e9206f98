package org.jnova.domain.error;

import java.util.Map;

/** Nova's {@code InstanceIsLocked} (code 400): The instance is locked; the API answers 409. */
public class InstanceIsLocked extends InstanceInvalidState {
    public static final String MSG_FMT = "Instance %(instance_uuid)s is locked";
    public static final int CODE = 400;

    /** As Nova raises it, with its keyword arguments. */
    public InstanceIsLocked(String instanceUuid) {
        this(null, kwargsOf("instance_uuid", instanceUuid));
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public InstanceIsLocked(String message, Map<String, ?> kwargs) {
        this(message == null ? format(MSG_FMT, kwargs) : message, CODE, kwargs);
    }

    protected InstanceIsLocked(String message, int code, Map<String, ?> kwargs) {
        super(message, code, kwargs);
    }
}
