package org.jnova.adapter.transport.fake;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jnova.domain.wire.OsloMessages;
import org.jnova.ports.transport.wire.WireRequest;

/** The rabbit driver's body layout, which the fake bus carries: message keys, call fields, _unique_id, context. */
final class FakeCodec {
    private FakeCodec() {
    }

    static Map<String, Object> request(WireRequest r) {
        Map<String, Object> inner = new LinkedHashMap<>(r.message());
        if (r.isCall()) {
            inner.put("_msg_id", r.msgId());
            inner.put("_reply_q", r.replyAddress());
            inner.put("_timeout", r.callMonitorTimeout());
        }
        inner.put("_unique_id", r.uniqueId() == null ? OsloMessages.newId() : r.uniqueId());
        r.context().forEach((k, v) -> inner.put(OsloMessages.CONTEXT_PREFIX + k, v));
        return inner;
    }

    static WireRequest decode(Map<String, Object> inner) {
        var in = OsloMessages.unpack(inner);
        return new WireRequest(in.context(), in.message(), in.msgId(), in.replyQ(), in.clientTimeout(), in.uniqueId());
    }
}
