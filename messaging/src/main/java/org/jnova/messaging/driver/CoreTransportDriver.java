package org.jnova.messaging.driver;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.jnova.domain.rpc.Target;
import org.jnova.domain.wire.OsloMessages;
import org.jnova.ports.transport.Listener;
import org.jnova.ports.transport.wire.PublishOptions;
import org.jnova.ports.transport.wire.TransportWire;
import org.jnova.ports.transport.wire.WireRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RPC core around one transport plugin's wire: everything oslo.messaging does the same on every transport.
 * Calls get a fresh message id, the process's reply address and a deadline, and wait in the {@link ReplyInbox};
 * every message gets a fresh {@code _unique_id} (a wire that has no such field ignores it); subscriptions take
 * requests through a {@link RequestIntake}. The wire only moves bytes.
 */
public final class CoreTransportDriver implements TransportDriver {
    private static final Logger LOG = LoggerFactory.getLogger(CoreTransportDriver.class);
    private static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);

    private final TransportWire wire;
    private final ReplyInbox inbox = new ReplyInbox();
    private volatile String replyAddress;

    public CoreTransportDriver(TransportWire wire) {
        this.wire = Objects.requireNonNull(wire, "wire");
    }

    /** The wire underneath, for diagnostics and tests. */
    public TransportWire wire() {
        return wire;
    }

    @Override
    public void send(Target target, Map<String, Object> context, Map<String, Object> message, SendOptions options) {
        requireTopic(target);
        SendOptions o = options == null ? SendOptions.DEFAULT : options;
        wire.publish(target, new WireRequest(context(context), message, null, null, null, OsloMessages.newId()),
                new PublishOptions(o.retry(), o.atLeastOnce(), null, PublishOptions.NO_DEADLINE));
    }

    @Override
    public Object call(Target target, Map<String, Object> context, Map<String, Object> message, CallOptions options) {
        requireTopic(target);
        if (target.fanout()) {
            throw new IllegalArgumentException("a call cannot go to a fanout target: " + target);
        }
        CallOptions o = options == null ? CallOptions.of(DEFAULT_CALL_TIMEOUT) : options;
        Duration timeout = o.timeout() == null ? DEFAULT_CALL_TIMEOUT : o.timeout();
        String address = replyAddress();
        String msgId = OsloMessages.newId();
        ReplyInbox.Pending pending = inbox.register(msgId);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeout.toMillis());
        try {
            // the timeout covers the publish too: retries through a broker outage stop at the deadline
            wire.publish(target, new WireRequest(context(context), message, msgId, address, o.callMonitorTimeout(),
                    OsloMessages.newId()), new PublishOptions(o.retry(), false, timeout, deadline));
            return pending.await(deadline, o.callMonitorTimeout());
        } finally {
            inbox.unregister(msgId);
        }
    }

    @Override
    public Listener listen(Target target, IncomingHandler handler) {
        if (target == null || target.topic() == null || target.topic().isEmpty()
                || target.server() == null || target.server().isEmpty()) {
            throw new IllegalArgumentException("a listener target needs a topic and a server: " + target);
        }
        return wire.subscribe(target, new RequestIntake(wire, Objects.requireNonNull(handler, "handler")));
    }

    @Override
    public void sendNotification(String topic, String priority, Map<String, Object> context,
                                 Map<String, Object> message) {
        try {
            wire.publishNotification(topic, priority, context(context), message);
        } catch (RuntimeException e) {
            LOG.error("notification {} on {}.{} could not be sent: {}", message.get("event_type"), topic, priority,
                    e.toString());
        }
    }

    /** The inbox opens on the first call: a process that only casts or serves never creates a reply queue. */
    private String replyAddress() {
        String a = replyAddress;
        if (a == null) {
            synchronized (this) {
                a = replyAddress;
                if (a == null) {
                    a = wire.openReplies(inbox);
                    replyAddress = a;
                }
            }
        }
        return a;
    }

    private static Map<String, Object> context(Map<String, Object> context) {
        return context == null ? Map.of() : context;
    }

    private static void requireTopic(Target t) {
        if (t == null || t.topic() == null || t.topic().isEmpty()) {
            throw new IllegalArgumentException("a target needs a topic: " + t);
        }
    }

    @Override
    public void close() {
        wire.close();
    }
}
