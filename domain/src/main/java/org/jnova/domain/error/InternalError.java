package org.jnova.domain.error;

import java.util.Map;

/** Nova's {@code InternalError} (code 500): An unexpected internal error; the message is the error text. */
public class InternalError extends NovaException {
    public static final String MSG_FMT = "%(err)s";
    public static final int CODE = 500;

    /** As Nova raises it, with its keyword arguments. */
    public InternalError(String err) {
        this(null, kwargsOf("err", err));
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public InternalError(String message, Map<String, ?> kwargs) {
        this(message == null ? format(MSG_FMT, kwargs) : message, CODE, kwargs);
    }

    protected InternalError(String message, int code, Map<String, ?> kwargs) {
        super(message, code, kwargs);
    }
}
