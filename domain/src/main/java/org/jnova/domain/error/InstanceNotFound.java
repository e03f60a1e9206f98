package org.jnova.domain.error;

import java.util.Map;

/** No instance with that uuid; the API answers 404. */
public class InstanceNotFound extends NotFound {
    public static final String MSG_FMT = "Instance %(instance_id)s could not be found.";
    public static final int CODE = 404;

    public InstanceNotFound(String instanceId) {
        this(null, kwargsOf("instance_id", instanceId));
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public InstanceNotFound(String message, Map<String, ?> kwargs) {
        super(message == null ? format(MSG_FMT, kwargs) : message, CODE, kwargs);
    }

    protected InstanceNotFound(String message, int code, Map<String, ?> kwargs) {
        super(message, code, kwargs);
    }
}
