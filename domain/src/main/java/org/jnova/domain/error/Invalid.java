package org.jnova.domain.error;

import java.util.Map;

/** Nova's {@code Invalid} (code 400): Bad input; the API answers 400. */
public class Invalid extends NovaException {
    public static final String MSG_FMT = "Bad Request - Invalid Parameters";
    public static final int CODE = 400;

    /** With Nova's default message. */
    public Invalid() {
        this(null, Map.of());
    }

    /** With a specific message, as {@code Invalid(message=...)}. */
    public Invalid(String message) {
        this(message, Map.of());
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public Invalid(String message, Map<String, ?> kwargs) {
        this(message == null ? format(MSG_FMT, kwargs) : message, CODE, kwargs);
    }

    protected Invalid(String message, int code, Map<String, ?> kwargs) {
        super(message, code, kwargs);
    }
}
