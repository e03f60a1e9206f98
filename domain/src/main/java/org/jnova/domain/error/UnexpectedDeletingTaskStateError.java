package org.jnova.domain.error;

import java.util.Map;

/** Nova's {@code UnexpectedDeletingTaskStateError} (code 500): The instance was being deleted while another update expected a different task_state. */
public class UnexpectedDeletingTaskStateError extends UnexpectedTaskStateError {
    public static final String MSG_FMT = "Conflict updating instance %(instance_uuid)s. Expected: %(expected)s. Actual: %(actual)s";
    public static final int CODE = 500;

    /** As Nova raises it, with its keyword arguments. */
    public UnexpectedDeletingTaskStateError(String instanceUuid, Object expected, Object actual) {
        this(null, kwargsOf("instance_uuid", instanceUuid, "expected", expected, "actual", actual));
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public UnexpectedDeletingTaskStateError(String message, Map<String, ?> kwargs) {
        this(message == null ? format(MSG_FMT, kwargs) : message, CODE, kwargs);
    }

    protected UnexpectedDeletingTaskStateError(String message, int code, Map<String, ?> kwargs) {
        super(message, code, kwargs);
    }
}
