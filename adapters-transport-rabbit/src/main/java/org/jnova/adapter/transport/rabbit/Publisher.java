package org.jnova.adapter.transport.rabbit;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ShutdownSignalException;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jnova.ports.transport.MessageDeliveryFailureException;
import org.jnova.ports.transport.MessagingTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes on a pool of channels of one connection, declaring each destination exchange once per channel
 * before its first publish (as oslo does). With confirms, {@link #publish} returns only after the broker's
 * ack; a mandatory publish that comes back unroutable fails. Connection and channel errors are retried on
 * oslo's backoff until the retry budget (null or -1 = forever) runs out, then
 * {@link MessageDeliveryFailureException}.
 */
final class Publisher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Publisher.class);
    private static final long CONFIRM_TIMEOUT_MS = 30_000;

    /** Where a message goes: a topic exchange, a topic's fanout exchange, or the default exchange. */
    enum Kind { TOPIC, FANOUT, DEFAULT }

    private final Connection connection;
    private final Topology topology;
    private final OsloBackoff backoff;
    private final boolean confirms;
    private final long reconnectDelayMs;
    private final Consumer<ReturnedMessage> onReturn;
    private final ConcurrentLinkedQueue<Pooled> idle = new ConcurrentLinkedQueue<>();
    private final AtomicLong generation;
    private volatile boolean closed;

    /** A message the broker handed back as unroutable. */
    record ReturnedMessage(String exchange, String routingKey, String replyText, byte[] body) {
    }

    Publisher(Connection connection, Topology topology, OsloBackoff backoff, boolean confirms,
              Consumer<ReturnedMessage> onReturn, AtomicLong generation) {
        this.reconnectDelayMs = (long) (topology.settings().kombuReconnectDelay() * 1000);
        this.connection = connection;
        this.topology = topology;
        this.backoff = backoff;
        this.confirms = confirms;
        this.onReturn = onReturn;
        this.generation = generation;
    }

    /**
     * Publishes one message. {@code exchangeOrTopic} is the exchange name for TOPIC, the topic for
     * FANOUT, ignored for DEFAULT.
     */
    void publish(Kind kind, String exchangeOrTopic, String routingKey, boolean mandatory, AMQP.BasicProperties props,
                 byte[] body, Integer retry) {
        publish(kind, exchangeOrTopic, routingKey, mandatory, props, body, retry, Long.MAX_VALUE);
    }

    /**
     * As above, but retries stop at {@code deadlineNanos} ({@link System#nanoTime()} based; Long.MAX_VALUE =
     * none) with {@link MessagingTimeoutException}: a call's timeout covers its publish, so a call made while
     * the broker is down ends on time instead of waiting for the broker and then its full timeout again.
     */
    void publish(Kind kind, String exchangeOrTopic, String routingKey, boolean mandatory, AMQP.BasicProperties props,
                 byte[] body, Integer retry, long deadlineNanos) {
        String exchange = switch (kind) {
            case TOPIC -> exchangeOrTopic;
            case FANOUT -> Topology.fanoutExchange(exchangeOrTopic);
            case DEFAULT -> "";
        };
        int attempt = 0;
        while (true) {
            Pooled p = null;
            try {
                p = borrow();
                declareOnce(p, kind, exchangeOrTopic);
                p.returned = null;
                p.channel.basicPublish(exchange, routingKey, mandatory, props, body);
                if (confirms) {
                    p.channel.waitForConfirmsOrDie(CONFIRM_TIMEOUT_MS);
                    if (p.returned != null) {
                        String why = p.returned;
                        idle.add(p);
                        throw new MessageDeliveryFailureException("message to exchange '" + exchange
                                + "' routing key '" + routingKey + "' is undeliverable: " + why, null);
                    }
                }
                idle.add(p);
                return;
            } catch (IOException | ShutdownSignalException | TimeoutException
                     | InterruptedException e) {
                discard(p);
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                    throw new MessageDeliveryFailureException("interrupted while publishing to '" + exchange + "'", e);
                }
                boolean forever = retry == null || retry < 0;
                if (closed || (!forever && attempt >= retry)) {
                    throw new MessageDeliveryFailureException("cannot publish to exchange '" + exchange
                            + "' routing key '" + routingKey + "' after " + (attempt + 1) + " attempt(s): " + e, e);
                }
                // kombu's ensure(): at least kombu_reconnect_delay before a retry, growing on oslo's backoff
                long wait = Math.max(reconnectDelayMs, backoff.delayMillis(attempt));
                if (deadlineNanos != Long.MAX_VALUE) {
                    long leftMs = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
                    if (leftMs <= 0) {
                        throw new MessagingTimeoutException("Timed out publishing to exchange '" + exchange
                                + "' routing key '" + routingKey + "' after " + (attempt + 1) + " attempt(s): " + e);
                    }
                    wait = Math.min(wait, leftMs);
                }
                LOG.warn("publish to '{}'/'{}' failed ({}); retrying in {} ms", exchange, routingKey, e.toString(), wait);
                sleep(wait);
                attempt++;
            }
        }
    }

    private void declareOnce(Pooled p, Kind kind, String name) throws IOException {
        long gen = generation.get();
        if (p.generation != gen) {
            p.declared.clear();
            p.generation = gen;
        }
        if (kind == Kind.DEFAULT || p.declared.contains(name)) {
            return;
        }
        if (kind == Kind.TOPIC) {
            topology.declareTopicExchange(p.channel, name);
        } else {
            topology.declareFanoutExchange(p.channel, name);
        }
        p.declared.add(name);
    }

    private Pooled borrow() throws IOException {
        Pooled p = idle.poll();
        if (p != null) {
            if (p.channel.isOpen()) {
                return p;
            }
            if (!connection.isOpen()) {
                // amqp-client recovers this channel in place once the connection is back
                idle.add(p);
                throw new IOException("connection to the broker is down; recovery in progress");
            }
            // closed by the broker (404/406) while the connection lives: not recovered, replace it
        }
        Channel ch = connection.createChannel();
        if (ch == null) {
            throw new IOException("no channel available on connection");
        }
        Pooled fresh = new Pooled(ch);
        if (confirms) {
            ch.confirmSelect();
        }
        ch.addReturnListener(r -> {
            if (confirms) {
                fresh.returned = r.getReplyText();
            } else if (onReturn != null) {
                onReturn.accept(new ReturnedMessage(r.getExchange(), r.getRoutingKey(), r.getReplyText(), r.getBody()));
            }
        });
        return fresh;
    }

    private void discard(Pooled p) {
        if (p == null) {
            return;
        }
        if (connection.isOpen()) {
            // a channel closed by the broker (404/406) is not recovered: replace it
            try {
                if (p.channel.isOpen()) {
                    p.channel.close();
                }
            } catch (IOException | TimeoutException | RuntimeException ignored) {
                // it is being thrown away
            }
        } else {
            idle.add(p);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MessageDeliveryFailureException("interrupted while waiting to retry a publish", e);
        }
    }

    @Override
    public void close() {
        closed = true;
        Pooled p;
        while ((p = idle.poll()) != null) {
            try {
                if (p.channel.isOpen()) {
                    p.channel.close();
                }
            } catch (IOException | TimeoutException | RuntimeException ignored) {
                // closing anyway
            }
        }
    }

    /** A channel plus the exchanges declared on it since the last recovery. */
    private static final class Pooled {
        final Channel channel;
        final Set<String> declared = new HashSet<>();
        long generation = -1;
        volatile String returned;

        Pooled(Channel channel) {
            this.channel = channel;
        }
    }
}
