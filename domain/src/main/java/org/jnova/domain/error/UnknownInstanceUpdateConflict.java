package org.jnova.domain.error;

import java.util.Map;

/** Nova's {@code UnknownInstanceUpdateConflict} (code 500): A conditional instance update failed for a reason that could not be determined. */
public class UnknownInstanceUpdateConflict extends InstanceUpdateConflict {
    public static final String MSG_FMT = "Conflict updating instance %(instance_uuid)s, but we were unable to determine the cause";
    public static final int CODE = 500;

    /** As Nova raises it, with its keyword arguments. */
    public UnknownInstanceUpdateConflict(String instanceUuid) {
        this(null, kwargsOf("instance_uuid", instanceUuid));
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public UnknownInstanceUpdateConflict(String message, Map<String, ?> kwargs) {
        this(message == null ? format(MSG_FMT, kwargs) : message, CODE, kwargs);
    }

    protected UnknownInstanceUpdateConflict(String message, int code, Map<String, ?> kwargs) {
        super(message, code, kwargs);
    }
}
