package org.jnova.domain.wire;

import java.util.Map;

/**
 * The oslo.messaging 2.0 envelope ({@code _drivers/common.py serialize_msg / deserialize_msg}): the
 * message is JSON text carried as a string inside {@code {"oslo.version": "2.0", "oslo.message": ...}}.
 */
public final class OsloEnvelope {
    public static final String VERSION_KEY = "oslo.version";
    public static final String MESSAGE_KEY = "oslo.message";
    public static final String VERSION = "2.0";

    private OsloEnvelope() {
    }

    /** The AMQP body for an inner message. */
    public static String serialize(Map<String, Object> inner) {
        String innerJson = PyJson.dumps(inner);
        StringBuilder sb = new StringBuilder(innerJson.length() + innerJson.length() / 8 + 48);
        sb.append("{\"oslo.version\": \"2.0\", \"oslo.message\": ");
        PyJson.writeString(sb, innerJson);
        sb.append('}');
        return sb.toString();
    }

    /**
     * The inner message of an AMQP body. A dict without the envelope keys is a legacy 1.0 message and
     * is returned as is; an envelope of another major version, or a newer minor, is refused.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> deserialize(String body) {
        Object outer = PyJson.loads(body);
        if (!(outer instanceof Map<?, ?>)) {
            throw new MalformedMessageException("message body is a JSON " + typeName(outer) + ", not an object");
        }
        Map<String, Object> map = (Map<String, Object>) outer;
        if (!map.containsKey(VERSION_KEY) || !map.containsKey(MESSAGE_KEY)) {
            return map;
        }
        checkVersion(map.get(VERSION_KEY));
        Object msg = map.get(MESSAGE_KEY);
        if (!(msg instanceof String text)) {
            throw new MalformedMessageException("oslo.message is a JSON " + typeName(msg) + ", not a string");
        }
        Object inner = PyJson.loads(text);
        if (!(inner instanceof Map<?, ?>)) {
            throw new MalformedMessageException("oslo.message holds a JSON " + typeName(inner) + ", not an object");
        }
        return (Map<String, Object>) inner;
    }

    private static void checkVersion(Object v) {
        String version = String.valueOf(v);
        int dot = version.indexOf('.');
        String major = dot < 0 ? version : version.substring(0, dot);
        String minor = dot < 0 ? "0" : version.substring(dot + 1);
        int dot2 = minor.indexOf('.');
        if (dot2 >= 0) {
            minor = minor.substring(0, dot2);
        }
        boolean ok;
        try {
            ok = Integer.parseInt(major) == 2 && Integer.parseInt(minor) <= 0;
        } catch (NumberFormatException e) {
            ok = false;
        }
        if (!ok) {
            throw new MalformedMessageException("unsupported envelope version " + version);
        }
    }

    static String typeName(Object o) {
        if (o == null) {
            return "null";
        }
        if (o instanceof String) {
            return "string";
        }
        if (o instanceof Boolean) {
            return "boolean";
        }
        if (o instanceof Number) {
            return "number";
        }
        if (o instanceof java.util.List<?>) {
            return "array";
        }
        return "object";
    }
}
