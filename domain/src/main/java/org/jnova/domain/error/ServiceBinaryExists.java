package org.jnova.domain.error;

import java.util.Map;

/** Nova's {@code ServiceBinaryExists} (code 500): A service with this host and binary already exists. */
public class ServiceBinaryExists extends NovaException {
    public static final String MSG_FMT = "Service with host %(host)s binary %(binary)s exists.";
    public static final int CODE = 500;

    /** As Nova raises it, with its keyword arguments. */
    public ServiceBinaryExists(String host, String binary) {
        this(null, kwargsOf("host", host, "binary", binary));
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public ServiceBinaryExists(String message, Map<String, ?> kwargs) {
        this(message == null ? format(MSG_FMT, kwargs) : message, CODE, kwargs);
    }

    protected ServiceBinaryExists(String message, int code, Map<String, ?> kwargs) {
        super(message, code, kwargs);
    }
}
