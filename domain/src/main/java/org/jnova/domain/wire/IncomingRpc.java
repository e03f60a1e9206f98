package org.jnova.domain.wire;

import java.util.Map;

/**
 * An unpacked RPC request ({@code unpack_context}): the context (the {@code _context_*} entries plus
 * {@code client_timeout}), the message without underscore keys ({@code method, args, namespace,
 * version}), and the call fields. {@code msgId} is null for casts.
 */
public record IncomingRpc(Map<String, Object> context, Map<String, Object> message, String msgId, String replyQ,
                          Integer clientTimeout, String uniqueId) {
    public String method() {
        Object m = message.get("method");
        return m == null ? null : m.toString();
    }

    /** The keyword arguments, empty when absent. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> args() {
        Object a = message.get("args");
        return a instanceof Map<?, ?> ? (Map<String, Object>) a : Map.of();
    }

    public String namespace() {
        Object n = message.get("namespace");
        return n == null ? null : n.toString();
    }

    /** The requested version; oslo assumes "1.0" when absent. */
    public String version() {
        Object v = message.get("version");
        return v == null ? "1.0" : v.toString();
    }

    /** A call expects a reply; a cast (no {@code _msg_id}) does not. */
    public boolean isCall() {
        return msgId != null && !msgId.isEmpty();
    }
}
