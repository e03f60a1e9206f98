package org.jnova.domain.error;

import java.util.Map;

/** Nova's {@code FlavorNotFound} (code 404): No flavor with that id. */
public class FlavorNotFound extends NotFound {
    public static final String MSG_FMT = "Flavor %(flavor_id)s could not be found.";
    public static final int CODE = 404;

    /** As Nova raises it, with its keyword arguments. */
    public FlavorNotFound(String flavorId) {
        this(null, kwargsOf("flavor_id", flavorId));
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public FlavorNotFound(String message, Map<String, ?> kwargs) {
        this(message == null ? format(MSG_FMT, kwargs) : message, CODE, kwargs);
    }

    protected FlavorNotFound(String message, int code, Map<String, ?> kwargs) {
        super(message, code, kwargs);
    }
}
