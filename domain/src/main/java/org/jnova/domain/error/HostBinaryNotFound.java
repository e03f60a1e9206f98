package org.jnova.domain.error;

import java.util.Map;

/** Nova's {@code HostBinaryNotFound} (code 404): No service of that binary on that host. */
public class HostBinaryNotFound extends NotFound {
    public static final String MSG_FMT = "Could not find binary %(binary)s on host %(host)s.";
    public static final int CODE = 404;

    /** As Nova raises it, with its keyword arguments. */
    public HostBinaryNotFound(String binary, String host) {
        this(null, kwargsOf("binary", binary, "host", host));
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public HostBinaryNotFound(String message, Map<String, ?> kwargs) {
        this(message == null ? format(MSG_FMT, kwargs) : message, CODE, kwargs);
    }

    protected HostBinaryNotFound(String message, int code, Map<String, ?> kwargs) {
        super(message, code, kwargs);
    }
}
