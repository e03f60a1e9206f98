package org.jnova.adapter.transport.rabbit;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jnova.domain.rpc.Target;
import org.jnova.domain.wire.IncomingRpc;
import org.jnova.domain.wire.MalformedMessageException;
import org.jnova.domain.wire.OsloMessages;
import org.jnova.ports.transport.Listener;
import org.jnova.ports.transport.TransportException;
import org.jnova.ports.transport.wire.RequestSink;
import org.jnova.ports.transport.wire.WireRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An RPC server's three consumers ({@code T}, {@code T.S}, {@code T_fanout_<hex>}, tags "1".."3") on one
 * dedicated connection and channel. Requests are acked on receipt (oslo's at-most-once) and handed to the
 * core's sink; undecodable bodies are rejected to the broker and reported to the sink with their reason.
 */
final class RabbitListener implements Listener {
    private static final Logger LOG = LoggerFactory.getLogger(RabbitListener.class);
    private static final List<String> TAGS = List.of("1", "2", "3");

    private final Connection connection;
    private final Channel channel;
    private final String fanoutQueue;
    private final RequestSink sink;
    private volatile boolean stopped;
    private final Map<String, Declaration> declarations = new java.util.LinkedHashMap<>();
    private final long reconsumeDelayMs;

    /** Re-declares one queue (with its exchange and binding). */
    @FunctionalInterface
    private interface Declaration {
        void declare() throws IOException;
    }

    RabbitListener(BrokerConnector connector, Topology topology, RabbitSettings settings, Target target,
                   RequestSink sink) {
        if (target.topic() == null || target.server() == null) {
            throw new IllegalArgumentException("a listener target needs topic and server: " + target);
        }
        this.sink = sink;
        this.reconsumeDelayMs = (long) (settings.kombuReconnectDelay() * 1000);
        String topic = target.topic();
        this.fanoutQueue = topic + "_fanout_" + OsloMessages.newId();
        // deliveries are decoded, acked and handed to the handler (which hands off quickly, per the port's
        // contract) on the connection's reader thread
        this.connection = connector.open("listen:" + topic + "." + target.server(), () -> { }, true);
        try {
            channel = connection.createChannel();
            if (settings.qosPrefetchCount() > 0) {
                channel.basicQos(settings.qosPrefetchCount());
            }
            String exchange = topology.topicExchange(target.exchange());
            String serverQueue = topic + "." + target.server();
            declarations.put(topic, () -> topology.declareTopicQueue(channel, exchange, topic));
            declarations.put(serverQueue, () -> topology.declareTopicQueue(channel, exchange, serverQueue));
            declarations.put(fanoutQueue, () -> topology.declareFanoutQueue(channel, topic, fanoutQueue));
            for (Declaration d : declarations.values()) {
                d.declare();
            }
            consume(topic, TAGS.get(0));
            consume(serverQueue, TAGS.get(1));
            consume(fanoutQueue, TAGS.get(2));
        } catch (IOException e) {
            BrokerConnector.closeQuietly(connection, "listener");
            throw new TransportException("cannot listen on " + target + ": " + e, e);
        }
    }

    private void consume(String queue, String tag) throws IOException {
        channel.basicConsume(queue, false, tag, new DefaultConsumer(channel) {
            @Override
            public void handleDelivery(String t, Envelope env, AMQP.BasicProperties props, byte[] body)
                    throws IOException {
                onDelivery(queue, env.getDeliveryTag(), body);
            }

            /** The broker cancelled us (queue deleted, node failover): re-declare and consume again, as oslo does. */
            @Override
            public void handleCancel(String t) {
                LOG.warn("consumer {} on queue {} was cancelled by the broker; re-declaring in {} ms", t, queue,
                        reconsumeDelayMs);
                Thread th = new Thread(() -> reconsume(queue, tag), "rabbit-reconsume-" + queue);
                th.setDaemon(true);
                th.start();
            }
        });
    }

    private void reconsume(String queue, String tag) {
        for (int attempt = 0; !stopped && attempt < 30; attempt++) {
            try {
                Thread.sleep(reconsumeDelayMs);
                declarations.get(queue).declare();
                consume(queue, tag);
                LOG.info("consuming queue {} again", queue);
                return;
            } catch (IOException | RuntimeException e) {
                LOG.warn("re-consuming queue {} failed: {}", queue, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void onDelivery(String queue, long deliveryTag, byte[] body) throws IOException {
        Map<String, Object> inner;
        try {
            inner = WireCodec.decode(body);
        } catch (MalformedMessageException e) {
            channel.basicReject(deliveryTag, false);
            sink.reject(queue, "undecodable message: " + e.getMessage(), null, null);
            return;
        }
        // acked on receipt: oslo's rabbit driver is at-most-once for RPC
        channel.basicAck(deliveryTag, false);
        IncomingRpc in;
        try {
            in = OsloMessages.unpack(inner);
        } catch (MalformedMessageException e) {
            sink.reject(queue, e.getMessage(), inner.get("_msg_id") instanceof String m ? m : null,
                    inner.get("_reply_q") instanceof String q ? q : null);
            return;
        }
        sink.deliver(new WireRequest(in.context(), in.message(), in.msgId(), in.replyQ(), in.clientTimeout(),
                in.uniqueId()), queue);
    }

    @Override
    public void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        for (String tag : TAGS) {
            try {
                if (channel.isOpen()) {
                    channel.basicCancel(tag);
                }
            } catch (IOException | RuntimeException e) {
                LOG.debug("cancel consumer {}: {}", tag, e.toString());
            }
        }
    }

    @Override
    public void close() {
        stop();
        try {
            if (channel != null && channel.isOpen()) {
                channel.queueDelete(fanoutQueue);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("delete fanout queue {}: {}", fanoutQueue, e.toString());
        }
        BrokerConnector.closeQuietly(connection, "listener");
    }
}
