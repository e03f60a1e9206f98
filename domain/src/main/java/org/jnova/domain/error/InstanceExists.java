package org.jnova.domain.error;

import java.util.Map;

/** Nova's {@code InstanceExists} (code 500): The hypervisor already has a domain of that name. */
public class InstanceExists extends NovaException {
    public static final String MSG_FMT = "Instance %(name)s already exists.";
    public static final int CODE = 500;

    /** As Nova raises it, with its keyword arguments. */
    public InstanceExists(String name) {
        this(null, kwargsOf("name", name));
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public InstanceExists(String message, Map<String, ?> kwargs) {
        this(message == null ? format(MSG_FMT, kwargs) : message, CODE, kwargs);
    }

    protected InstanceExists(String message, int code, Map<String, ?> kwargs) {
        super(message, code, kwargs);
    }
}
