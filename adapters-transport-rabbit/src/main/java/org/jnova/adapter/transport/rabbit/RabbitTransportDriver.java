package org.jnova.adapter.transport.rabbit;

import org.jnova.domain.wire.OsloMessages;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.jnova.domain.rpc.Target;
import org.jnova.ports.transport.CallOptions;
import org.jnova.ports.transport.IncomingHandler;
import org.jnova.ports.transport.Listener;
import org.jnova.ports.transport.SendOptions;
import org.jnova.ports.transport.TransportContext;
import org.jnova.ports.transport.TransportDriver;
import org.jnova.ports.transport.TransportException;
import org.jnova.ports.transport.TransportUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * oslo.messaging's RabbitDriver in Java: casts with publisher confirms, calls correlated through one
 * {@code reply_<hex>} queue, listeners with oslo's topology, notifications, all on amqp-client
 * connections that recover by themselves (see {@link BrokerConnector}).
 */
public final class RabbitTransportDriver implements TransportDriver {
    private static final Logger LOG = LoggerFactory.getLogger(RabbitTransportDriver.class);
    private static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);
    private static final int NOTIFY_RETRY = 3;

    private final RabbitSettings settings;
    private final Topology topology;
    private final BrokerConnector connector;
    private final OsloBackoff backoff;
    private final Connection sendConnection;
    private final AtomicLong sendGeneration = new AtomicLong();
    private final Publisher casts;
    private final Publisher calls;
    private final ReplySender replies;
    private final Set<String> notificationQueues = ConcurrentHashMap.newKeySet();
    private final CopyOnWriteArrayList<RabbitListener> listeners = new CopyOnWriteArrayList<>();
    private volatile ReplyWaiter replyWaiter;

    public RabbitTransportDriver(TransportUrl url, TransportContext context) {
        this(url, RabbitSettings.from(url, context.config()), context.controlExchange(), context.processName());
    }

    public RabbitTransportDriver(TransportUrl url, RabbitSettings settings, String controlExchange, String processName) {
        this.settings = settings;
        this.topology = new Topology(settings, controlExchange == null ? "openstack" : controlExchange);
        this.connector = new BrokerConnector(url, settings, processName == null ? "jnova" : processName);
        this.backoff = new OsloBackoff(settings);
        this.sendConnection = connector.open("send", () -> {
            sendGeneration.incrementAndGet();
            notificationQueues.clear();
        });
        this.casts = new Publisher(sendConnection, topology, backoff, true, null, sendGeneration);
        this.calls = new Publisher(sendConnection, topology, backoff, false, null, sendGeneration);
        this.replies = new ReplySender((confirms, onReturn) ->
                new Publisher(sendConnection, topology, backoff, confirms, onReturn, sendGeneration), settings);
    }

    public RabbitSettings settings() {
        return settings;
    }

    @Override
    public void send(Target target, Map<String, Object> context, Map<String, Object> message, SendOptions options) {
        requireTopic(target);
        SendOptions o = options == null ? SendOptions.DEFAULT : options;
        byte[] body = WireCodec.request(message, context, null, null, null);
        if (target.fanout()) {
            casts.publish(Publisher.Kind.FANOUT, target.topic(), "", false, OsloProperties.PLAIN, body, o.retry());
        } else {
            casts.publish(Publisher.Kind.TOPIC, topology.topicExchange(target.exchange()), routingKey(target),
                    o.atLeastOnce(), OsloProperties.PLAIN, body, o.retry());
        }
    }

    @Override
    public Object call(Target target, Map<String, Object> context, Map<String, Object> message, CallOptions options) {
        requireTopic(target);
        if (target.fanout()) {
            throw new IllegalArgumentException("a call cannot go to a fanout target: " + target);
        }
        CallOptions o = options == null ? CallOptions.of(DEFAULT_CALL_TIMEOUT) : options;
        long timeoutMs = (o.timeout() == null ? DEFAULT_CALL_TIMEOUT : o.timeout()).toMillis();
        ReplyWaiter waiter = replyWaiter();
        String msgId = OsloMessages.newId();
        byte[] body = WireCodec.request(message, context, msgId, waiter.queue(), o.callMonitorTimeout());
        ReplyWaiter.Pending inbox = waiter.register(msgId);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        try {
            // the timeout covers the publish too: retries through a broker outage stop at the deadline
            calls.publish(Publisher.Kind.TOPIC, topology.topicExchange(target.exchange()), routingKey(target), false,
                    OsloProperties.call(timeoutMs), body, o.retry(), deadline);
            long leftMs = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
            return ReplyWaiter.await(msgId, inbox, leftMs, o.callMonitorTimeout());
        } finally {
            waiter.unregister(msgId);
        }
    }

    @Override
    public Listener listen(Target target, IncomingHandler handler) {
        RabbitListener l = new RabbitListener(connector, topology, settings, target, handler, replies);
        listeners.add(l);
        return l;
    }

    @Override
    public void sendNotification(String topic, String priority, Map<String, Object> context,
                                 Map<String, Object> message) {
        String key = topic + "." + priority.toLowerCase(Locale.ROOT);
        String exchange = topology.controlExchange();
        try {
            ensureNotificationQueue(exchange, key);
            casts.publish(Publisher.Kind.TOPIC, exchange, key, false, OsloProperties.PLAIN,
                    WireCodec.request(message, context, null, null, null), NOTIFY_RETRY);
        } catch (RuntimeException e) {
            LOG.error("notification {} on {} could not be sent: {}", message.get("event_type"), key, e.toString());
        }
    }

    /** The notifier creates {@code <topic>.<priority>} so notifications pile up even without a listener. */
    private void ensureNotificationQueue(String exchange, String key) {
        if (notificationQueues.contains(key)) {
            return;
        }
        try {
            Channel ch = sendConnection.createChannel();
            try {
                topology.declareTopicQueue(ch, exchange, key);
            } finally {
                ch.close();
            }
            notificationQueues.add(key);
        } catch (IOException | TimeoutException | RuntimeException e) {
            throw new TransportException("cannot declare notification queue " + key + ": " + e, e);
        }
    }

    private ReplyWaiter replyWaiter() {
        ReplyWaiter w = replyWaiter;
        if (w == null) {
            synchronized (this) {
                w = replyWaiter;
                if (w == null) {
                    // the reply consumer only decodes and completes a future: it runs on the reader thread
                    w = new ReplyWaiter(connector.open("reply", () -> { }, true), topology, settings);
                    replyWaiter = w;
                }
            }
        }
        return w;
    }

    private static String routingKey(Target t) {
        return t.server() == null || t.server().isEmpty() ? t.topic() : t.topic() + "." + t.server();
    }

    private static void requireTopic(Target t) {
        if (t == null || t.topic() == null || t.topic().isEmpty()) {
            throw new IllegalArgumentException("a target needs a topic: " + t);
        }
    }

    @Override
    public void close() {
        for (RabbitListener l : listeners) {
            l.close();
        }
        listeners.clear();
        ReplyWaiter w = replyWaiter;
        if (w != null) {
            w.close();
        }
        replies.close();
        casts.close();
        calls.close();
        BrokerConnector.closeQuietly(sendConnection, "send");
    }
}
