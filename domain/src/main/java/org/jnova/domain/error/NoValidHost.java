package org.jnova.domain.error;

import java.util.Map;

/** Nova's {@code NoValidHost} (code 500): The scheduler found no host for an instance. */
public class NoValidHost extends NovaException {
    public static final String MSG_FMT = "No valid host was found. %(reason)s";
    public static final int CODE = 500;

    /** As Nova raises it, with its keyword arguments. */
    public NoValidHost(String reason) {
        this(null, kwargsOf("reason", reason));
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public NoValidHost(String message, Map<String, ?> kwargs) {
        this(message == null ? format(MSG_FMT, kwargs) : message, CODE, kwargs);
    }

    protected NoValidHost(String message, int code, Map<String, ?> kwargs) {
        super(message, code, kwargs);
    }
}
