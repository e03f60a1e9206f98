package org.jnova.adapter.transport.fake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jnova.domain.rpc.Target;
import org.jnova.domain.wire.OsloEnvelope;
import org.jnova.domain.wire.OsloMessages;
import org.jnova.domain.wire.PyRepr;
import org.jnova.ports.transport.Listener;
import org.jnova.ports.transport.wire.PublishOptions;
import org.jnova.ports.transport.wire.ReplySink;
import org.jnova.ports.transport.wire.RequestSink;
import org.jnova.ports.transport.wire.TransportWire;
import org.jnova.ports.transport.wire.WireReply;
import org.jnova.ports.transport.wire.WireRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * oslo's fake driver as a wire: requests and replies are encoded exactly as the rabbit driver encodes them
 * (enveloped JSON with {@code _context_*} keys), queued in the JVM's {@link FakeBus}, and decoded again, so the
 * core sees the same bytes it would see from a broker.
 */
final class FakeWire implements TransportWire {
    private static final Logger LOG = LoggerFactory.getLogger(FakeWire.class);

    private final FakeBus bus;
    private final String controlExchange;
    private final List<FakeListener> listeners = new CopyOnWriteArrayList<>();
    private volatile String replyQueue;

    FakeWire(FakeBus bus, String controlExchange) {
        this.bus = bus;
        this.controlExchange = controlExchange;
    }

    private String exchange(Target target) {
        return target.exchange() == null ? controlExchange : target.exchange();
    }

    @Override
    public void publish(Target target, WireRequest request, PublishOptions options) {
        long expires = options.timeout() == null ? 0 : System.nanoTime() + options.timeout().toNanos();
        byte[] body = OsloEnvelope.serializeToBytes(FakeCodec.request(request));
        bus.publish(exchange(target), target, new QueuedMessage(body, expires), options.atLeastOnce());
    }

    @Override
    public synchronized String openReplies(ReplySink sink) {
        if (replyQueue == null) {
            String name = "reply_" + OsloMessages.newId();
            bus.registerReplyBytes(name, body -> onReply(body, sink));
            replyQueue = name;
        }
        return replyQueue;
    }

    /** Runs on the replying thread: decodes the body and hands it to the core's inbox. */
    private static void onReply(byte[] body, ReplySink sink) {
        Map<String, Object> reply;
        try {
            reply = OsloEnvelope.deserialize(body);
        } catch (RuntimeException e) {
            sink.reject("undecodable reply: " + e.getMessage());
            return;
        }
        if (!(reply.get("_msg_id") instanceof String msgId)) {
            sink.reject("reply without a _msg_id string: " + PyRepr.repr(reply.get("_msg_id")));
            return;
        }
        if (!reply.containsKey("failure")) {
            // oslo reads data['failure'] unguarded: a reply without the key is broken
            sink.reject("reply to " + msgId + " has no 'failure' key");
            return;
        }
        sink.deliver(new WireReply(msgId, reply.get("result"), reply.get("failure"),
                Boolean.TRUE.equals(reply.get("ending")),
                reply.get("_unique_id") instanceof String u ? u : null));
    }

    @Override
    public void publishReply(String replyAddress, WireReply reply) {
        bus.sendReply(replyAddress, reply.msgId(), OsloEnvelope.serializeToBytes(OsloMessages.reply(reply.result(),
                (String) reply.failure(), reply.ending(), reply.msgId())));
    }

    @Override
    public Listener subscribe(Target target, RequestSink sink) {
        FakeListener l = new FakeListener(bus, exchange(target), target, sink).start();
        listeners.add(l);
        return l;
    }

    @Override
    public void publishNotification(String topic, String priority, Map<String, Object> context,
                                    Map<String, Object> message) {
        try {
            Map<String, Object> inner = new LinkedHashMap<>(message);
            inner.put("_unique_id", OsloMessages.newId());
            context.forEach((k, v) -> inner.put(OsloMessages.CONTEXT_PREFIX + k, v));
            bus.notify(controlExchange, topic + "." + priority, OsloEnvelope.serialize(inner));
        } catch (RuntimeException e) {
            LOG.warn("Could not send notification to {}.{}: {}", topic, priority, e.toString());
        }
    }

    @Override
    public void close() {
        for (FakeListener l : listeners) {
            l.close();
        }
        listeners.clear();
        String q = replyQueue;
        if (q != null) {
            bus.removeReplyQueue(q);
        }
    }
}
