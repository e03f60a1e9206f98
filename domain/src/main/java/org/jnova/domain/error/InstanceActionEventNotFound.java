package org.jnova.domain.error;

import java.util.Map;

/** Nova's {@code InstanceActionEventNotFound} (code 500): No such event in an instance action. */
public class InstanceActionEventNotFound extends NovaException {
    public static final String MSG_FMT = "Event %(event)s not found for action id %(action_id)s";
    public static final int CODE = 500;

    /** As Nova raises it, with its keyword arguments. */
    public InstanceActionEventNotFound(String event, Object actionId) {
        this(null, kwargsOf("event", event, "action_id", actionId));
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public InstanceActionEventNotFound(String message, Map<String, ?> kwargs) {
        this(message == null ? format(MSG_FMT, kwargs) : message, CODE, kwargs);
    }

    protected InstanceActionEventNotFound(String message, int code, Map<String, ?> kwargs) {
        super(message, code, kwargs);
    }
}
