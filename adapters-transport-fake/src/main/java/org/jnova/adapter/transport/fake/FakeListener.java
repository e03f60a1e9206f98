package org.jnova.adapter.transport.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jnova.domain.rpc.Target;
import org.jnova.domain.wire.OsloEnvelope;
import org.jnova.domain.wire.OsloMessages;
import org.jnova.ports.transport.Listener;
import org.jnova.ports.transport.wire.RequestSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One RPC listener: a delivery thread each for {@code topic}, {@code topic.server} and its own fanout
 * queue. Each thread blocks on its queue, decodes the body (envelope, unpack), drops expired calls, and hands
 * the request to the core's sink.
 */
final class FakeListener implements Listener {
    private static final Logger LOG = LoggerFactory.getLogger(FakeListener.class);

    private final FakeBus bus;
    private final String exchange;
    private final Target target;
    private final RequestSink sink;
    private final MessageQueue fanout;
    private final List<MessageQueue> consumed = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;
    private boolean closed;

    FakeListener(FakeBus bus, String exchange, Target target, RequestSink sink) {
        this.bus = bus;
        this.exchange = exchange;
        this.target = target;
        this.sink = sink;
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
            deliver(m, q.name());
        }
    }

    private void deliver(QueuedMessage m, String source) {
        if (m.expired(System.nanoTime())) {
            LOG.debug("dropping an expired call on {}", source);
            return;
        }
        Map<String, Object> raw = null;
        try {
            raw = OsloEnvelope.deserialize(m.bytes());
            sink.deliver(FakeCodec.decode(raw), source);
        } catch (RuntimeException e) {
            sink.reject(source, String.valueOf(e.getMessage()), raw == null ? null : text(raw.get("_msg_id")),
                    raw == null ? null : text(raw.get("_reply_q")));
        }
    }

    private static String text(Object o) {
        return o instanceof String s ? s : null;
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
