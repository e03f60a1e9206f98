package org.jnova.domain.error;

import java.util.Map;

/** Nova's {@code FlavorExists} (code 500; the API answers 409): the flavor name is taken. */
public class FlavorExists extends NovaException {
    public static final String MSG_FMT = "Flavor with name %(name)s already exists.";
    public static final int CODE = 500;

    /** As Nova raises it, with its keyword arguments. */
    public FlavorExists(String value) {
        this(null, kwargsOf("name", value));
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public FlavorExists(String message, Map<String, ?> kwargs) {
        this(message == null ? format(MSG_FMT, kwargs) : message, CODE, kwargs);
    }

    protected FlavorExists(String message, int code, Map<String, ?> kwargs) {
        super(message, code, kwargs);
    }
}
