package org.jnova.domain.error;

import java.util.Map;

/** Nova's {@code ServiceTopicExists} (code 500): A service with this host and topic already exists. */
public class ServiceTopicExists extends NovaException {
    public static final String MSG_FMT = "Service with host %(host)s topic %(topic)s exists.";
    public static final int CODE = 500;

    /** As Nova raises it, with its keyword arguments. */
    public ServiceTopicExists(String host, String topic) {
        this(null, kwargsOf("host", host, "topic", topic));
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public ServiceTopicExists(String message, Map<String, ?> kwargs) {
        this(message == null ? format(MSG_FMT, kwargs) : message, CODE, kwargs);
    }

    protected ServiceTopicExists(String message, int code, Map<String, ?> kwargs) {
        super(message, code, kwargs);
    }
}
