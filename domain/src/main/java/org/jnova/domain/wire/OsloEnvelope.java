package org.jnova.domain.wire;

import java.nio.charset.StandardCharsets;
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

    private static final String PREFIX = "{\"oslo.version\": \"2.0\", \"oslo.message\": \"";
    private static final byte[] PREFIX_BYTES = PREFIX.getBytes(StandardCharsets.US_ASCII);
    /** Builders kept per thread for the inner JSON; one that grew past this is not kept. */
    private static final int KEEP_BUILDER_CHARS = 64 * 1024;
    private static final ThreadLocal<StringBuilder> BUILDERS = ThreadLocal.withInitial(() -> new StringBuilder(1024));

    /** The AMQP body for an inner message. */
    public static String serialize(Map<String, Object> inner) {
        return new String(serializeToBytes(inner), StandardCharsets.UTF_8);
    }

    /**
     * The AMQP body for an inner message as UTF-8 bytes (the same text as {@link #serialize}). The inner
     * JSON is pure ASCII (ensure_ascii), so the outer string literal only escapes its quotes and
     * backslashes: the body is written straight into one exactly sized array.
     */
    public static byte[] serializeToBytes(Map<String, Object> inner) {
        StringBuilder sb = BUILDERS.get();
        sb.setLength(0);
        String text;
        try {
            PyJson.write(sb, inner);
            // one bulk copy to bytes, then plain array loops: per-char StringBuilder.charAt calls cost
            // several times more when the JIT has not inlined them (C1, the first minutes of a service)
            text = sb.toString();
        } finally {
            if (sb.capacity() > KEEP_BUILDER_CHARS) {
                BUILDERS.remove();
            }
        }
        byte[] json = text.getBytes(StandardCharsets.ISO_8859_1);
        int escapes = 0;
        for (byte b : json) {
            if (b == '"' || b == '\\') {
                escapes++;
            } else if (b < 0x20 || b == 0x7f) {
                // never PyJson's ensure_ascii output, which is printable ASCII only
                return slowSerialize(text);
            }
        }
        byte[] out = new byte[PREFIX_BYTES.length + json.length + escapes + 2];
        System.arraycopy(PREFIX_BYTES, 0, out, 0, PREFIX_BYTES.length);
        int o = PREFIX_BYTES.length;
        for (byte b : json) {
            if (b == '"' || b == '\\') {
                out[o++] = '\\';
            }
            out[o++] = b;
        }
        out[o++] = '"';
        out[o] = '}';
        return out;
    }

    /** The general path (never taken for PyJson's own ASCII output, kept for safety). */
    private static byte[] slowSerialize(String innerJson) {
        StringBuilder sb = new StringBuilder(innerJson.length() + innerJson.length() / 8 + 48);
        sb.append("{\"oslo.version\": \"2.0\", \"oslo.message\": ");
        PyJson.writeString(sb, innerJson);
        sb.append('}');
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The inner message of a UTF-8 AMQP body, as {@link #deserialize(String)}. A body in the exact form
     * oslo and jnova write ({@code {"oslo.version": "2.0", "oslo.message": "..."}} with only {@code \"}
     * and {@code \\} escapes) is unwrapped in one pass over the bytes; anything else takes the general path.
     */
    public static Map<String, Object> deserialize(byte[] body) {
        char[] inner = new char[Math.max(0, body.length - PREFIX_BYTES.length)];
        int length = fastUnwrap(body, inner);
        if (length < 0) {
            return deserialize(new String(body, StandardCharsets.UTF_8));
        }
        Object parsed = PyJson.loads(inner, length);
        if (!(parsed instanceof Map<?, ?>)) {
            throw new MalformedMessageException("oslo.message holds a JSON " + typeName(parsed) + ", not an object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) parsed;
        return m;
    }

    /**
     * Unescapes the inner JSON of a canonical 2.0 envelope into {@code out} (ASCII bytes become chars
     * one to one) and returns its length, or -1 when the body is in any other form.
     */
    private static int fastUnwrap(byte[] body, char[] out) {
        int p = PREFIX_BYTES.length;
        if (body.length < p + 2) {
            return -1;
        }
        for (int i = 0; i < p; i++) {
            if (body[i] != PREFIX_BYTES[i]) {
                return -1;
            }
        }
        int o = 0;
        int n = body.length;
        int i = p;
        while (i < n) {
            byte b = body[i];
            if (b == '"') {
                // the closing quote must be followed by the closing brace and nothing else
                return i + 2 == n && body[i + 1] == '}' ? o : -1;
            }
            if (b < 0x20) {
                return -1; // control characters and every non-ASCII byte (negative) go the general way
            }
            if (b == '\\') {
                if (i + 1 >= n) {
                    return -1;
                }
                byte e = body[i + 1];
                if (e != '"' && e != '\\') {
                    return -1;
                }
                out[o++] = (char) e;
                i += 2;
                continue;
            }
            out[o++] = (char) b;
            i++;
        }
        return -1;
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
