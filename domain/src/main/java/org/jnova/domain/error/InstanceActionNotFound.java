package org.jnova.domain.error;

import java.util.Map;

/** Nova's {@code InstanceActionNotFound} (code 500): No instance action for that request id. */
public class InstanceActionNotFound extends NovaException {
    public static final String MSG_FMT = "Action for request_id %(request_id)s on instance %(instance_uuid)s not found";
    public static final int CODE = 500;

    /** As Nova raises it, with its keyword arguments. */
    public InstanceActionNotFound(String requestId, String instanceUuid) {
        this(null, kwargsOf("request_id", requestId, "instance_uuid", instanceUuid));
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public InstanceActionNotFound(String message, Map<String, ?> kwargs) {
        this(message == null ? format(MSG_FMT, kwargs) : message, CODE, kwargs);
    }

    protected InstanceActionNotFound(String message, int code, Map<String, ?> kwargs) {
        super(message, code, kwargs);
    }
}
