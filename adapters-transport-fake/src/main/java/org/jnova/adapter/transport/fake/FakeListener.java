package org.jnova.adapter.transport.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jnova.domain.rpc.RemoteFailure;
import org.jnova.domain.rpc.Target;
import org.jnova.domain.wire.OsloEnvelope;
import org.jnova.domain.wire.OsloMessages;
import org.jnova.domain.wire.UniqueIdCache;
import org.jnova.ports.transport.IncomingHandler;
import org.jnova.ports.transport.Listener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One RPC listener: a delivery thread each for {@code topic}, {@code topic.server} and its own fanout
 * queue. Each thread blocks on its queue, decodes the body (envelope, unpack), drops duplicates and
 * expired calls, and hands the request to the handler.
 */
final class FakeListener implements Listener {
    private static final Logger LOG = LoggerFactory.getLogger(FakeListener.class);

    private final FakeBus bus;
    private final String exchange;
    private final Target target;
    private final IncomingHandler handler;
    private final MessageQueue fanout;
    private final List<MessageQueue> consumed = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final UniqueIdCache seen = new UniqueIdCache();
    private volatile boolean running = true;
    private boolean closed;

    FakeListener(FakeBus bus, String exchange, Target target, IncomingHandler handler) {
        this.bus = bus;
        this.exchange = exchange;
        this.target = target;
        this.handler = handler;
        this.fanout = new MessageQueue(target.topic() + "_fanout_" + OsloMessages.newId());
        consumed.add(bus.queue(exchange, target.topic()));
        consumed.add(bus.queue(exchange, target.topic() + "." + target.server()));
        consumed.add(fanout);
        bus.addFanout(exchange, target.topic(), fanout);
    }

    FakeListener start() {
        for (MessageQueue q : consumed) {
            q.addConsumer();
            Thread t = new Thread(() -> consume(q), "fake-bus-" + q.name());
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        return this;
    }

    private void consume(MessageQueue q) {
        while (running) {
            QueuedMessage m;
            try {
                m = q.take();
            } catch (InterruptedException e) {
                break;
            }
            if (!running) {
                q.giveBack(m);
                break;
            }
            deliver(m);
        }
    }

    private void deliver(QueuedMessage m) {
        if (m.expired(System.nanoTime())) {
            LOG.debug("dropping an expired call on {}", target);
            return;
        }
        Map<String, Object> raw = null;
        try {
            raw = OsloEnvelope.deserialize(m.bytes());
            var in = OsloMessages.unpack(raw);
            if (in.uniqueId() != null && seen.seenBefore(in.uniqueId())) {
                LOG.warn("Duplicate message {} on {} dropped", in.uniqueId(), target);
                return;
            }
            handler.onMessage(new FakeIncomingMessage(bus, in.context(), in.message(), in.msgId(), in.replyQ(),
                    in.clientTimeout()));
        } catch (RuntimeException e) {
            LOG.warn("Dropped a malformed message on {}: {}", target, e.getMessage());
            replyMalformed(raw, e);
        }
    }

    /** Tells the caller, if the broken message still names its reply queue and message id. */
    private void replyMalformed(Map<String, Object> raw, RuntimeException e) {
        if (raw == null || !(raw.get("_msg_id") instanceof String msgId) || !(raw.get("_reply_q") instanceof String q)) {
            return;
        }
        String reason = String.valueOf(e.getMessage());
        RemoteFailure failure = new RemoteFailure(e.getClass().getSimpleName(), e.getClass().getPackageName(),
                reason, List.of(e + "\n"), List.of(reason), Map.of());
        bus.sendReply(q, msgId, OsloEnvelope.serializeToBytes(
                OsloMessages.reply(null, OsloMessages.serializeFailure(failure), true, msgId)));
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        for (Thread t : threads) {
            t.interrupt();
        }
        for (MessageQueue q : consumed) {
            q.removeConsumer();
        }
    }

    @Override
    public synchronized void close() {
        stop();
        if (!closed) {
            closed = true;
            bus.removeFanout(exchange, target.topic(), fanout);
        }
    }
}
