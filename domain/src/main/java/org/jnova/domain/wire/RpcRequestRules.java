package org.jnova.domain.wire;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What makes a received RPC request acceptable, whatever transport carried it (oslo's dispatcher and
 * {@code AMQPIncomingMessage} between them): {@code method} a non-empty string, {@code args} an object (absent
 * means none), {@code namespace} and {@code version} strings when present, and a call's id paired with a reply
 * address. Methods starting with {@code _} are the dispatcher's to refuse (as NoSuchMethod), not a malformation.
 */
public final class RpcRequestRules {
    private RpcRequestRules() {
    }

    /**
     * Returns the message with {@code args} defaulted to an empty object, or throws MalformedMessageException
     * naming the first broken rule.
     */
    public static Map<String, Object> check(Map<String, Object> message, String msgId, String replyAddress) {
        if (message == null) {
            throw new MalformedMessageException("request has no message");
        }
        if (!(message.get("method") instanceof String m) || m.isEmpty()) {
            throw new MalformedMessageException("request has no 'method' string (got "
                    + PyRepr.repr(message.get("method")) + ")");
        }
        Object args = message.get("args");
        if (args != null && !(args instanceof Map<?, ?>)) {
            throw new MalformedMessageException("request 'args' is not an object (got " + OsloEnvelope.typeName(args)
                    + ")");
        }
        optString(message, "namespace");
        optString(message, "version");
        if (msgId != null && msgId.isEmpty()) {
            throw new MalformedMessageException("call request has an empty message id");
        }
        if (msgId != null && (replyAddress == null || replyAddress.isEmpty())) {
            throw new MalformedMessageException("call request has a message id but no reply address");
        }
        if (args != null) {
            return message;
        }
        Map<String, Object> withArgs = new LinkedHashMap<>(message);
        withArgs.put("args", new LinkedHashMap<String, Object>());
        return withArgs;
    }

    private static void optString(Map<String, Object> message, String field) {
        Object v = message.get(field);
        if (v != null && !(v instanceof String)) {
            throw new MalformedMessageException("request field '" + field + "' is not a string (got "
                    + PyRepr.repr(v) + ")");
        }
    }
}
