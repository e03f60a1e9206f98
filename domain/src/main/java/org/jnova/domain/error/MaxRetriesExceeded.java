package org.jnova.domain.error;

import java.util.Map;

/** Nova's {@code MaxRetriesExceeded} (code 500): Rescheduling a build gave up after the configured number of attempts. */
public class MaxRetriesExceeded extends NoValidHost {
    public static final String MSG_FMT = "Exceeded maximum number of retries. %(reason)s";
    public static final int CODE = 500;

    /** As Nova raises it, with its keyword arguments. */
    public MaxRetriesExceeded(String reason) {
        this(null, kwargsOf("reason", reason));
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public MaxRetriesExceeded(String message, Map<String, ?> kwargs) {
        this(message == null ? format(MSG_FMT, kwargs) : message, CODE, kwargs);
    }

    protected MaxRetriesExceeded(String message, int code, Map<String, ?> kwargs) {
        super(message, code, kwargs);
    }
}
