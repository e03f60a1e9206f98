package org.jnova.domain.wire;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jnova.domain.rpc.RemoteFailure;

/**
 * The inner oslo.messaging messages with Python's exact key orders: requests (§3.4), their unpacking
 * (§3.5), replies (§4.1), failures (§5.1) and notifications (§8) of oslo-messaging-wire.md.
 */
public final class OsloMessages {
    public static final String CONTEXT_PREFIX = "_context_";
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private OsloMessages() {
    }

    /**
     * A request: method, args, namespace (if any), version (if any), then for calls {@code _msg_id},
     * {@code _reply_q} and {@code _timeout} (the call-monitor timeout, null allowed), a fresh
     * {@code _unique_id}, and one {@code _context_<k>} per context entry in its order.
     */
    public static Map<String, Object> request(String method, Map<String, ?> args, String namespace, String version,
                                              String msgId, String replyQ, Integer timeout, boolean isCall,
                                              Map<String, ?> context) {
        if (method == null || method.isEmpty()) {
            throw new IllegalArgumentException("an RPC request needs a method name");
        }
        if (isCall && (msgId == null || replyQ == null)) {
            throw new IllegalArgumentException("a call needs a _msg_id and a _reply_q");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", method);
        m.put("args", args == null ? new LinkedHashMap<>() : args);
        if (namespace != null) {
            m.put("namespace", namespace);
        }
        if (version != null) {
            m.put("version", version);
        }
        if (isCall) {
            m.put("_msg_id", msgId);
            m.put("_reply_q", replyQ);
            m.put("_timeout", timeout);
        }
        m.put("_unique_id", newId());
        packContext(m, context);
        return m;
    }

    private static void packContext(Map<String, Object> m, Map<String, ?> context) {
        if (context != null) {
            for (Map.Entry<String, ?> e : context.entrySet()) {
                m.put(CONTEXT_PREFIX + e.getKey(), e.getValue());
            }
        }
    }

    /**
     * Splits a received request as oslo's {@code unpack_context} does: {@code _context_*} into the context (prefix
     * stripped, wire order), {@code _msg_id}/{@code _reply_q}/{@code _timeout}/{@code _unique_id} out (oslo's
     * {@code RpcContext} keeps them off the context dict), the rest stays the message. A field of the wrong type is
     * a MalformedMessageException naming it; the input is not modified.
     */
    public static IncomingRpc unpack(Map<String, ?> msg) {
        Map<String, Object> context = new LinkedHashMap<>(Math.max(16, msg.size() * 2));
        Map<String, Object> message = new LinkedHashMap<>(8);
        for (Map.Entry<String, ?> e : msg.entrySet()) {
            String k = e.getKey();
            if (k.startsWith(CONTEXT_PREFIX)) {
                context.put(k.substring(CONTEXT_PREFIX.length()), e.getValue());
            } else if (!k.equals("_msg_id") && !k.equals("_reply_q") && !k.equals("_timeout")
                    && !k.equals("_unique_id")) {
                message.put(k, e.getValue());
            }
        }
        return new IncomingRpc(context, message, text("_msg_id", msg.get("_msg_id")),
                text("_reply_q", msg.get("_reply_q")), timeoutOf(msg.get("_timeout")),
                text("_unique_id", msg.get("_unique_id")));
    }

    private static Integer timeoutOf(Object t) {
        if (t == null) {
            return null;
        }
        if (t instanceof Number n) {
            return n.intValue();
        }
        throw new MalformedMessageException("_timeout must be a number or null, got " + PyRepr.repr(t));
    }

    private static String text(String field, Object o) {
        if (o == null || o instanceof String) {
            return (String) o;
        }
        throw new MalformedMessageException(field + " must be a string, got " + PyRepr.repr(o));
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }

    /** A reply: {@code result, failure, ending, _msg_id, _unique_id}; a heartbeat has ending=false. */
    public static Map<String, Object> reply(Object result, String failureJson, boolean ending, String msgId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("result", result);
        m.put("failure", failureJson);
        m.put("ending", ending);
        m.put("_msg_id", msgId);
        m.put("_unique_id", newId());
        return m;
    }

    /** The {@code failure} string: JSON of class, module, message, tb, args, kwargs in that order. */
    public static String serializeFailure(RemoteFailure f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("class", f.className());
        m.put("module", f.module());
        m.put("message", f.message());
        m.put("tb", f.tb());
        m.put("args", f.args());
        m.put("kwargs", f.kwargs());
        return PyJson.dumps(m);
    }

    /** Reads a {@code failure} string; missing keys default as in oslo's deserialize_remote_exception. */
    @SuppressWarnings("unchecked")
    public static RemoteFailure parseFailure(String failureJson) {
        Object parsed = PyJson.loads(failureJson);
        if (!(parsed instanceof Map<?, ?> raw)) {
            throw new MalformedMessageException("failure is a JSON " + OsloEnvelope.typeName(parsed) + ", not an object");
        }
        Map<String, Object> m = (Map<String, Object>) raw;
        List<String> tb = new ArrayList<>();
        if (m.get("tb") instanceof List<?> l) {
            for (Object o : l) {
                tb.add(String.valueOf(o));
            }
        }
        Object module = m.get("module");
        String mod = module == null ? null : module.toString();
        if ("exceptions".equals(mod)) {
            mod = "builtins"; // Python 2 peers
        }
        return new RemoteFailure(text(m.get("class")), mod, text(m.get("message")), tb,
                m.get("args") instanceof List<?> a ? (List<Object>) a : List.of(),
                m.get("kwargs") instanceof Map<?, ?> k ? (Map<String, Object>) k : Map.of());
    }

    /**
     * A notification: message_id (dashed uuid), publisher_id, event_type, priority (upper case, WARNING
     * becomes WARN), payload, timestamp ({@code str(utcnow())}), then {@code _unique_id} and the context.
     */
    public static Map<String, Object> notification(String publisherId, String eventType, String priority,
                                                   Object payload, Instant timestamp, Map<String, ?> context) {
        String p = priority.toUpperCase(Locale.ROOT);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("message_id", newDashedId());
        m.put("publisher_id", publisherId);
        m.put("event_type", eventType);
        m.put("priority", p.equals("WARNING") ? "WARN" : p);
        m.put("payload", payload);
        m.put("timestamp", PyDateTime.str(timestamp == null ? Instant.now() : timestamp));
        m.put("_unique_id", newId());
        packContext(m, context);
        return m;
    }

    /** {@code uuid4().hex}: 32 lowercase hex digits. */
    public static String newId() {
        char[] out = new char[32];
        fillUuid4(out, false);
        return new String(out);
    }

    /** {@code str(uuid4())}: the dashed form. */
    public static String newDashedId() {
        char[] out = new char[36];
        fillUuid4(out, true);
        return new String(out);
    }

    private static void fillUuid4(char[] out, boolean dashes) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long hi = (r.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L; // version 4
        long lo = (r.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L; // IETF variant
        int pos = 0;
        for (int i = 0; i < 32; i++) {
            if (dashes && (i == 8 || i == 12 || i == 16 || i == 20)) {
                out[pos++] = '-';
            }
            long word = i < 16 ? hi : lo;
            int shift = (15 - (i % 16)) * 4;
            out[pos++] = HEX[(int) ((word >>> shift) & 0xf)];
        }
    }
}
