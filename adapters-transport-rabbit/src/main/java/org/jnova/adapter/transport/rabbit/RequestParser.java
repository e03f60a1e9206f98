package org.jnova.adapter.transport.rabbit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jnova.domain.wire.MalformedMessageException;

/**
 * Splits a decoded request as oslo's {@code unpack_context} does: {@code _context_*} into the context
 * (prefix stripped, wire order), {@code _msg_id}/{@code _reply_q}/{@code _timeout}/{@code _unique_id} out,
 * the rest stays the message. Wrong field types are a MalformedMessageException naming the field.
 */
final class RequestParser {
    /** The parts of one request. */
    record Parsed(Map<String, Object> context, Map<String, Object> message, String msgId, String replyQ,
                  Integer clientTimeout, String uniqueId) {
    }

    private RequestParser() {
    }

    /** Reply address of a request, even a malformed one, so the caller can be told what was wrong. */
    static String[] replyAddress(Map<String, Object> inner) {
        if (inner.get("_msg_id") instanceof String m && inner.get("_reply_q") instanceof String q && !m.isEmpty()) {
            return new String[] {m, q};
        }
        return null;
    }

    static Parsed parse(Map<String, Object> inner) {
        Map<String, Object> context = new LinkedHashMap<>(Math.max(16, inner.size() * 2));
        Map<String, Object> message = new LinkedHashMap<>(8);
        String msgId = null;
        String replyQ = null;
        Integer timeout = null;
        String uniqueId = null;
        for (Map.Entry<String, Object> e : inner.entrySet()) {
            String k = e.getKey();
            Object v = e.getValue();
            if (k.startsWith(WireCodec.CONTEXT_PREFIX)) {
                context.put(WireCodec.unprefixed(k), v);
                continue;
            }
            switch (k) {
                case "_msg_id" -> msgId = optString(k, v);
                case "_reply_q" -> replyQ = optString(k, v);
                case "_unique_id" -> uniqueId = optString(k, v);
                case "_timeout" -> timeout = optTimeout(v);
                default -> message.put(k, v);
            }
        }
        if (!(message.get("method") instanceof String m) || m.isEmpty()) {
            throw new MalformedMessageException("request has no 'method' string (got " + message.get("method") + ")");
        }
        Object args = message.get("args");
        if (args == null) {
            message.put("args", new LinkedHashMap<String, Object>());
        } else if (!(args instanceof Map<?, ?>)) {
            throw new MalformedMessageException("request 'args' is not an object");
        }
        optString("namespace", message.get("namespace"));
        optString("version", message.get("version"));
        if (msgId != null && replyQ == null) {
            throw new MalformedMessageException("call request has _msg_id but no _reply_q");
        }
        return new Parsed(context, message, msgId, replyQ, timeout, uniqueId);
    }

    private static String optString(String field, Object v) {
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw new MalformedMessageException("request field '" + field + "' is not a string: " + v);
    }

    private static Integer optTimeout(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return n.intValue();
        }
        throw new MalformedMessageException("request field '_timeout' is not a number: " + v);
    }
}
