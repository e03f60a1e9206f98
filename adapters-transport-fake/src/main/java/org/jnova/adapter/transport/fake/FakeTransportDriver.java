package org.jnova.adapter.transport.fake;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jnova.domain.rpc.Target;
import org.jnova.domain.wire.OsloEnvelope;
import org.jnova.domain.wire.OsloMessages;
import org.jnova.ports.transport.CallOptions;
import org.jnova.ports.transport.IncomingHandler;
import org.jnova.ports.transport.Listener;
import org.jnova.ports.transport.MessagingTimeoutException;
import org.jnova.ports.transport.RemoteFailureException;
import org.jnova.ports.transport.SendOptions;
import org.jnova.ports.transport.TransportDriver;
import org.jnova.ports.transport.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code fake://} driver: oslo fake-driver routing on the in-process {@link FakeBus}, but every
 * request and reply is encoded exactly as on RabbitMQ (inner message, 2.0 envelope, UTF-8 JSON bytes) and
 * decoded on delivery, so serialization bugs show up in tests. Each driver has its own reply queue
 * {@code reply_<hex>}; calls wait on it with oslo's overall and call-monitor timers.
 */
final class FakeTransportDriver implements TransportDriver {
    private static final Logger LOG = LoggerFactory.getLogger(FakeTransportDriver.class);
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final FakeBus bus;
    private final String controlExchange;
    private final String replyQueue = "reply_" + OsloMessages.newId();
    private final Map<String, BlockingQueue<Map<String, Object>>> waiting = new ConcurrentHashMap<>();
    private final List<FakeListener> listeners = new CopyOnWriteArrayList<>();

    FakeTransportDriver(FakeBus bus, String controlExchange) {
        this.bus = bus;
        this.controlExchange = controlExchange;
        bus.registerReplyBytes(replyQueue, this::onReply);
    }

    private String exchange(Target target) {
        return target.exchange() == null ? controlExchange : target.exchange();
    }

    @Override
    public void send(Target target, Map<String, Object> context, Map<String, Object> message, SendOptions options) {
        Map<String, Object> inner = request(message, null, null, null, false, context);
        boolean mandatory = options != null && options.atLeastOnce();
        bus.publish(exchange(target), target, new QueuedMessage(OsloEnvelope.serializeToBytes(inner), 0), mandatory);
    }

    @Override
    public Object call(Target target, Map<String, Object> context, Map<String, Object> message, CallOptions options) {
        Duration timeout = options == null || options.timeout() == null ? DEFAULT_TIMEOUT : options.timeout();
        Integer monitor = options == null ? null : options.callMonitorTimeout();
        String msgId = OsloMessages.newId();
        BlockingQueue<Map<String, Object>> replies = new LinkedBlockingQueue<>();
        waiting.put(msgId, replies);
        try {
            Map<String, Object> inner = request(message, msgId, replyQueue, monitor, true, context);
            long start = System.nanoTime();
            long deadline = start + timeout.toNanos();
            bus.publish(exchange(target), target, new QueuedMessage(OsloEnvelope.serializeToBytes(inner), deadline),
                    false);
            return awaitReply(msgId, replies, deadline, monitor);
        } finally {
            waiting.remove(msgId);
        }
    }

    /** oslo's {@code ReplyWaiter} loop: until {@code ending}, keeping the last non-null result. */
    private Object awaitReply(String msgId, BlockingQueue<Map<String, Object>> replies, long deadline,
                              Integer monitor) {
        long monitorNanos = monitor == null || monitor <= 0 ? 0 : TimeUnit.SECONDS.toNanos(monitor);
        long monitorDeadline = monitorNanos == 0 ? Long.MAX_VALUE : System.nanoTime() + monitorNanos;
        Object result = null;
        while (true) {
            long now = System.nanoTime();
            long wait = Math.min(deadline - now, monitorDeadline == Long.MAX_VALUE ? Long.MAX_VALUE
                    : monitorDeadline - now);
            if (wait <= 0) {
                throw new MessagingTimeoutException("Timed out waiting for a reply to message ID " + msgId);
            }
            Map<String, Object> reply;
            try {
                reply = replies.poll(wait, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransportException("interrupted while waiting for a reply to message ID " + msgId, e);
            }
            if (reply == null) {
                continue;
            }
            if (monitorNanos != 0) {
                monitorDeadline = System.nanoTime() + monitorNanos;
            }
            Object failure = reply.get("failure");
            if (failure != null) {
                throw new RemoteFailureException(OsloMessages.parseFailure(failure.toString()));
            }
            if (reply.get("result") != null) {
                result = reply.get("result");
            }
            if (Boolean.TRUE.equals(reply.get("ending"))) {
                return result;
            }
        }
    }

    /** Runs on the replying thread: decodes the body and hands it to the waiting call. */
    private void onReply(byte[] body) {
        Map<String, Object> reply;
        try {
            reply = OsloEnvelope.deserialize(body);
        } catch (RuntimeException e) {
            LOG.warn("Dropped a malformed reply on {}: {}", replyQueue, e.getMessage());
            return;
        }
        Object msgId = reply.remove("_msg_id");
        BlockingQueue<Map<String, Object>> q = msgId == null ? null : waiting.get(msgId.toString());
        if (q == null) {
            LOG.info("No calling threads waiting for msg_id : {}", msgId);
            return;
        }
        if (!reply.containsKey("failure")) {
            LOG.warn("Dropped a reply to {} without a 'failure' key", msgId);
            return;
        }
        q.add(reply);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> request(Map<String, Object> message, String msgId, String replyQ,
                                               Integer timeout, boolean isCall, Map<String, Object> context) {
        Object args = message.get("args");
        return OsloMessages.request((String) message.get("method"),
                args == null ? Map.of() : (Map<String, Object>) args,
                (String) message.get("namespace"), (String) message.get("version"), msgId, replyQ, timeout,
                isCall, context);
    }

    @Override
    public Listener listen(Target target, IncomingHandler handler) {
        if (target.topic() == null || target.server() == null) {
            throw new IllegalArgumentException("a listener needs a topic and a server: " + target);
        }
        FakeListener l = new FakeListener(bus, exchange(target), target, handler).start();
        listeners.add(l);
        return l;
    }

    @Override
    public void sendNotification(String topic, String priority, Map<String, Object> context,
                                 Map<String, Object> message) {
        try {
            Map<String, Object> inner = new java.util.LinkedHashMap<>(message);
            inner.put("_unique_id", OsloMessages.newId());
            context.forEach((k, v) -> inner.put("_context_" + k, v));
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
        bus.removeReplyQueue(replyQueue);
    }
}
