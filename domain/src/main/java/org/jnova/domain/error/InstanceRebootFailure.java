package org.jnova.domain.error;

import java.util.Map;

/** Nova's {@code InstanceRebootFailure} (code 400): The hypervisor failed to reboot an instance. */
public class InstanceRebootFailure extends Invalid {
    public static final String MSG_FMT = "Failed to reboot instance: %(reason)s";
    public static final int CODE = 400;

    /** As Nova raises it, with its keyword arguments. */
    public InstanceRebootFailure(String reason) {
        this(null, kwargsOf("reason", reason));
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public InstanceRebootFailure(String message, Map<String, ?> kwargs) {
        this(message == null ? format(MSG_FMT, kwargs) : message, CODE, kwargs);
    }

    protected InstanceRebootFailure(String message, int code, Map<String, ?> kwargs) {
        super(message, code, kwargs);
    }
}
