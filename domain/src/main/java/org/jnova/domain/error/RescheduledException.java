package org.jnova.domain.error;

import java.util.Map;

/** Nova's {@code RescheduledException} (code 500): A build failed on this host and is rescheduled to another. */
public class RescheduledException extends NovaException {
    public static final String MSG_FMT = "Build of instance %(instance_uuid)s was re-scheduled: %(reason)s";
    public static final int CODE = 500;

    /** As Nova raises it, with its keyword arguments. */
    public RescheduledException(String instanceUuid, String reason) {
        this(null, kwargsOf("instance_uuid", instanceUuid, "reason", reason));
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public RescheduledException(String message, Map<String, ?> kwargs) {
        this(message == null ? format(MSG_FMT, kwargs) : message, CODE, kwargs);
    }

    protected RescheduledException(String message, int code, Map<String, ?> kwargs) {
        super(message, code, kwargs);
    }
}
