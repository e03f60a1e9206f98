package org.jnova.domain.error;

import java.util.Map;

/** Nova's {@code ServiceTooOld} (code 400): This service is older than the minimum version of the deployment. */
public class ServiceTooOld extends Invalid {
    public static final String MSG_FMT = "This service is older (v%(thisver)i) than the minimum (v%(minver)i) version of the rest of the deployment. Unable to continue.";
    public static final int CODE = 400;

    /** As Nova raises it, with its keyword arguments. */
    public ServiceTooOld(int thisver, int minver) {
        this(null, kwargsOf("thisver", thisver, "minver", minver));
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public ServiceTooOld(String message, Map<String, ?> kwargs) {
        this(message == null ? format(MSG_FMT, kwargs) : message, CODE, kwargs);
    }

    protected ServiceTooOld(String message, int code, Map<String, ?> kwargs) {
        super(message, code, kwargs);
    }
}
