package org.jnova.domain.error;

import java.util.Map;

/** Nova's {@code ObjectActionError} (code 500): An object method was called in a state that does not allow it (e.g. create() on an object with an id). */
public class ObjectActionError extends NovaException {
    public static final String MSG_FMT = "Object action %(action)s failed because: %(reason)s";
    public static final int CODE = 500;

    /** As Nova raises it, with its keyword arguments. */
    public ObjectActionError(String action, String reason) {
        this(null, kwargsOf("action", action, "reason", reason));
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public ObjectActionError(String message, Map<String, ?> kwargs) {
        this(message == null ? format(MSG_FMT, kwargs) : message, CODE, kwargs);
    }

    protected ObjectActionError(String message, int code, Map<String, ?> kwargs) {
        super(message, code, kwargs);
    }
}
