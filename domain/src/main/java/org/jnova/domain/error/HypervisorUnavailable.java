package org.jnova.domain.error;

import java.util.Map;

/** Nova's {@code HypervisorUnavailable} (code 500): The connection to the hypervisor is broken. */
public class HypervisorUnavailable extends NovaException {
    public static final String MSG_FMT = "Connection to the hypervisor is broken on host";
    public static final int CODE = 500;

    /** With Nova's default message. */
    public HypervisorUnavailable() {
        this(null, Map.of());
    }

    /** With a specific message, as {@code HypervisorUnavailable(message=...)}. */
    public HypervisorUnavailable(String message) {
        this(message, Map.of());
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public HypervisorUnavailable(String message, Map<String, ?> kwargs) {
        this(message == null ? format(MSG_FMT, kwargs) : message, CODE, kwargs);
    }

    protected HypervisorUnavailable(String message, int code, Map<String, ?> kwargs) {
        super(message, code, kwargs);
    }
}
