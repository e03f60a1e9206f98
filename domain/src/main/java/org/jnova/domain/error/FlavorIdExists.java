package org.jnova.domain.error;

import java.util.Map;

/** Nova's {@code FlavorIdExists} (code 500; the API answers 409): the flavor id is taken. */
public class FlavorIdExists extends NovaException {
    public static final String MSG_FMT = "Flavor with ID %(flavor_id)s already exists.";
    public static final int CODE = 500;

    /** As Nova raises it, with its keyword arguments. */
    public FlavorIdExists(String value) {
        this(null, kwargsOf("flavor_id", value));
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public FlavorIdExists(String message, Map<String, ?> kwargs) {
        this(message == null ? format(MSG_FMT, kwargs) : message, CODE, kwargs);
    }

    protected FlavorIdExists(String message, int code, Map<String, ?> kwargs) {
        super(message, code, kwargs);
    }
}
