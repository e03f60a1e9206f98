package org.jnova.domain.error;

import java.util.Map;

/** Nova's {@code BuildAbortException} (code 500): A build failed in a way that rescheduling cannot fix. */
public class BuildAbortException extends NovaException {
    public static final String MSG_FMT = "Build of instance %(instance_uuid)s aborted: %(reason)s";
    public static final int CODE = 500;

    /** As Nova raises it, with its keyword arguments. */
    public BuildAbortException(String instanceUuid, String reason) {
        this(null, kwargsOf("instance_uuid", instanceUuid, "reason", reason));
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public BuildAbortException(String message, Map<String, ?> kwargs) {
        this(message == null ? format(MSG_FMT, kwargs) : message, CODE, kwargs);
    }

    protected BuildAbortException(String message, int code, Map<String, ?> kwargs) {
        super(message, code, kwargs);
    }
}
