package org.jnova.adapter.transport.rabbit;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.jnova.domain.rpc.Target;
import org.jnova.ports.transport.Listener;
import org.jnova.ports.transport.TransportContext;
import org.jnova.ports.transport.TransportException;
import org.jnova.ports.transport.TransportUrl;
import org.jnova.ports.transport.wire.PublishOptions;
import org.jnova.ports.transport.wire.ReplySink;
import org.jnova.ports.transport.wire.RequestSink;
import org.jnova.ports.transport.wire.TransportWire;
import org.jnova.ports.transport.wire.WireReply;
import org.jnova.ports.transport.wire.WireRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * oslo.messaging 14's rabbit driver wire (wire spec §2-§6): casts and calls through the topic exchange (fanout
 * exchanges for fanouts) with publisher confirms and oslo's retry backoff, replies through the default exchange
 * with the mandatory flag, one connection for sending, one per listener, one for this process's reply queue.
 */
public final class RabbitWire implements TransportWire {
    private static final Logger LOG = LoggerFactory.getLogger(RabbitWire.class);
    private static final int NOTIFY_RETRY = 3;

    private final RabbitSettings settings;
    private final Topology topology;
    private final BrokerConnector connector;
    private final Connection sendConnection;
    private final AtomicLong sendGeneration = new AtomicLong();
    private final Publisher casts;
    private final Publisher calls;
    private final ReplySender replies;
    private final Set<String> notificationQueues = ConcurrentHashMap.newKeySet();
    private final CopyOnWriteArrayList<RabbitListener> listeners = new CopyOnWriteArrayList<>();
    private volatile ReplyConsumer replyConsumer;

    public RabbitWire(TransportUrl url, TransportContext context) {
        this(url, RabbitSettings.from(url, context.config()), context.controlExchange(), context.processName());
    }

    public RabbitWire(TransportUrl url, RabbitSettings settings, String controlExchange, String processName) {
        this.settings = settings;
        this.topology = new Topology(settings, controlExchange == null ? "openstack" : controlExchange);
        this.connector = new BrokerConnector(url, settings, processName == null ? "jnova" : processName);
        OsloBackoff backoff = new OsloBackoff(settings);
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
    public void publish(Target target, WireRequest request, PublishOptions options) {
        byte[] body = WireCodec.request(request.message(), request.context(), request.msgId(),
                request.replyAddress(), request.callMonitorTimeout(), request.uniqueId());
        if (request.isCall()) {
            long timeoutMs = options.timeout() == null ? 60_000 : options.timeout().toMillis();
            calls.publish(Publisher.Kind.TOPIC, topology.topicExchange(target.exchange()), routingKey(target), false,
                    OsloProperties.call(timeoutMs), body, options.retry(), options.deadlineNanos());
        } else if (target.fanout()) {
            casts.publish(Publisher.Kind.FANOUT, target.topic(), "", false, OsloProperties.PLAIN, body,
                    options.retry());
        } else {
            casts.publish(Publisher.Kind.TOPIC, topology.topicExchange(target.exchange()), routingKey(target),
                    options.atLeastOnce(), OsloProperties.PLAIN, body, options.retry());
        }
    }

    @Override
    public synchronized String openReplies(ReplySink sink) {
        if (replyConsumer == null) {
            // the reply consumer only decodes and hands over: it runs on the connection's reader thread
            replyConsumer = new ReplyConsumer(connector.open("reply", () -> { }, true), topology, settings, sink);
        }
        return replyConsumer.queue();
    }

    @Override
    public void publishReply(String replyAddress, WireReply reply) {
        replies.reply(replyAddress, reply);
    }

    @Override
    public Listener subscribe(Target target, RequestSink sink) {
        RabbitListener l = new RabbitListener(connector, topology, settings, target, sink);
        listeners.add(l);
        return l;
    }

    @Override
    public void publishNotification(String topic, String priority, Map<String, Object> context,
                                    Map<String, Object> message) {
        String key = topic + "." + priority.toLowerCase(Locale.ROOT);
        String exchange = topology.controlExchange();
        try {
            ensureNotificationQueue(exchange, key);
            casts.publish(Publisher.Kind.TOPIC, exchange, key, false, OsloProperties.PLAIN,
                    WireCodec.request(message, context, null, null, null, null), NOTIFY_RETRY);
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

    private static String routingKey(Target t) {
        return t.server() == null || t.server().isEmpty() ? t.topic() : t.topic() + "." + t.server();
    }

    @Override
    public void close() {
        for (RabbitListener l : listeners) {
            l.close();
        }
        listeners.clear();
        ReplyConsumer c = replyConsumer;
        if (c != null) {
            c.close();
        }
        replies.close();
        casts.close();
        calls.close();
        BrokerConnector.closeQuietly(sendConnection, "send");
    }
}
