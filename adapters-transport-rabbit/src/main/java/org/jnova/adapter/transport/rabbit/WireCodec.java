package org.jnova.adapter.transport.rabbit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jnova.domain.wire.OsloEnvelope;
import org.jnova.domain.wire.OsloMessages;
import org.jnova.domain.wire.PyJson;

/**
 * Builds and reads the inner oslo messages (wire spec §3.4, §4.1, §5) on top of the domain's
 * {@link OsloEnvelope} and {@link PyJson}; this class only fixes key order and types.
 */
final class WireCodec {
    static final String CONTEXT_PREFIX = OsloMessages.CONTEXT_PREFIX;
    /** Context keys are a small fixed set (Nova's to_dict): their prefixed forms are built once. */
    private static final int MAX_CACHED_KEYS = 512;
    private static final Map<String, String> PREFIXED = new ConcurrentHashMap<>();

    private WireCodec() {
    }

    /**
     * A request body: the message's own keys (method, args, namespace, version), then for calls
     * {@code _msg_id, _reply_q, _timeout}, then a fresh {@code _unique_id}, then {@code _context_*}.
     */
    static byte[] request(Map<String, Object> message, Map<String, Object> context, String msgId, String replyQ,
                          Object monitorTimeout, String uniqueId) {
        Map<String, Object> inner = new LinkedHashMap<>(message.size() + context.size() + 4);
        inner.putAll(message);
        if (msgId != null) {
            inner.put("_msg_id", msgId);
            inner.put("_reply_q", replyQ);
            inner.put("_timeout", monitorTimeout);
        }
        inner.put("_unique_id", uniqueId == null ? OsloMessages.newId() : uniqueId);
        if (context != null) {
            for (Map.Entry<String, Object> e : context.entrySet()) {
                inner.put(prefixed(e.getKey()), e.getValue());
            }
        }
        return bytes(inner);
    }

    /** {@code _context_<key>}, cached for the usual keys. */
    static String prefixed(String key) {
        String p = PREFIXED.get(key);
        if (p == null) {
            p = CONTEXT_PREFIX + key;
            if (PREFIXED.size() < MAX_CACHED_KEYS) {
                PREFIXED.put(key, p);
            }
        }
        return p;
    }

    /** A reply body: {@code result, failure, ending, _msg_id, _unique_id}, always with the failure key. */
    static byte[] reply(String msgId, Object result, String failureJson, boolean ending) {
        return bytes(OsloMessages.reply(result, failureJson, ending, msgId));
    }

    /** The same inner message with a fresh {@code _unique_id}, for retransmissions. */
    static byte[] withFreshUniqueId(Map<String, Object> inner) {
        Map<String, Object> copy = new LinkedHashMap<>(inner);
        copy.put("_unique_id", OsloMessages.newId());
        return bytes(copy);
    }

    static byte[] bytes(Map<String, Object> inner) {
        return OsloEnvelope.serializeToBytes(inner);
    }

    /** The inner message of a body; MalformedMessageException says why it is not one. */
    static Map<String, Object> decode(byte[] body) {
        return OsloEnvelope.deserialize(body);
    }
}
