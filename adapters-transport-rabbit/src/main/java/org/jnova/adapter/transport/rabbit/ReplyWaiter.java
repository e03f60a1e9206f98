package org.jnova.adapter.transport.rabbit;

import org.jnova.domain.wire.OsloMessages;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jnova.domain.rpc.RemoteFailure;
import org.jnova.domain.wire.MalformedMessageException;
import org.jnova.ports.transport.MessagingTimeoutException;
import org.jnova.ports.transport.RemoteFailureException;
import org.jnova.ports.transport.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * oslo's {@code ReplyWaiter}: one {@code reply_<hex>} queue per driver on its own connection, consumed with
 * auto-ack; replies are routed to the waiting call by the {@code _msg_id} in their body. amqp-client's
 * topology recovery re-declares the queue and resumes the consumer after a reconnect.
 */
final class ReplyWaiter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReplyWaiter.class);

    private final String queue = "reply_" + OsloMessages.newId();
    private final Connection connection;
    private final Map<String, Pending> waiting = new ConcurrentHashMap<>();

    ReplyWaiter(Connection connection, Topology topology, RabbitSettings settings) {
        this.connection = connection;
        try {
            Channel ch = connection.createChannel();
            if (settings.qosPrefetchCount() > 0) {
                ch.basicQos(settings.qosPrefetchCount());
            }
            topology.declareReplyQueue(ch, queue);
            ch.basicConsume(queue, true, "1", new DefaultConsumer(ch) {
                @Override
                public void handleDelivery(String tag, Envelope env, AMQP.BasicProperties props, byte[] body) {
                    route(body);
                }
            });
        } catch (IOException e) {
            throw new TransportException("cannot set up reply queue " + queue + ": " + e, e);
        }
    }

    String queue() {
        return queue;
    }

    /** Registers a call before its request is published, so an instant reply is not lost. */
    Pending register(String msgId) {
        Pending p = new Pending();
        waiting.put(msgId, p);
        return p;
    }

    void unregister(String msgId) {
        waiting.remove(msgId);
    }

    /**
     * One call's replies, fed on the consumer thread: heartbeats move {@code lastReply} and keep a
     * non-null interim result; the final reply (ending or failure) completes the future, which wakes
     * the caller directly instead of through a queue.
     */
    static final class Pending {
        private final CompletableFuture<Map<String, Object>> done = new CompletableFuture<>();
        private volatile long lastReply = System.nanoTime();
        private Object interimResult;

        void accept(Map<String, Object> reply) {
            Object failure = reply.get("failure");
            boolean failed = failure != null && !(failure instanceof String s && s.isEmpty());
            if (failed || Boolean.TRUE.equals(reply.get("ending"))) {
                done.complete(reply);
                return;
            }
            if (reply.get("result") != null) {
                interimResult = reply.get("result");
            }
            lastReply = System.nanoTime();
        }
    }

    private void route(byte[] body) {
        Map<String, Object> reply;
        try {
            reply = WireCodec.decode(body);
        } catch (MalformedMessageException e) {
            LOG.warn("dropping malformed reply on {}: {}", queue, e.getMessage());
            return;
        }
        Object msgId = reply.get("_msg_id");
        Pending p = msgId == null ? null : waiting.get(msgId.toString());
        if (p == null) {
            LOG.info("No calling threads waiting for msg_id : {}", msgId);
            return;
        }
        p.accept(reply);
    }

    /**
     * Waits for the final reply (oslo's loop): a failure raises, a null result without {@code ending} is
     * a heartbeat that restarts the call-monitor timer, the last non-null result is returned once
     * {@code ending} is true. The overall timeout is never extended.
     */
    static Object await(String msgId, Pending p, long timeoutMs, Integer monitorSec) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        long monitorNanos = monitorSec == null || monitorSec <= 0 ? Long.MAX_VALUE : TimeUnit.SECONDS.toNanos(monitorSec);
        Map<String, Object> reply;
        while (true) {
            long until = monitorNanos == Long.MAX_VALUE ? deadline : Math.min(deadline, p.lastReply + monitorNanos);
            long wait = until - System.nanoTime();
            if (wait <= 0) {
                throw new MessagingTimeoutException("Timed out waiting for a reply to message ID " + msgId);
            }
            try {
                reply = p.done.get(wait, TimeUnit.NANOSECONDS);
                break;
            } catch (TimeoutException e) {
                // a heartbeat may have moved the call-monitor deadline: check again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MessagingTimeoutException("Interrupted while waiting for a reply to message ID " + msgId);
            } catch (ExecutionException e) {
                throw new IllegalStateException("reply future failed", e.getCause());
            }
        }
        Object failure = reply.get("failure");
        if (failure != null && !(failure instanceof String s && s.isEmpty())) {
            RemoteFailure f;
            try {
                f = WireCodec.parseFailure(failure);
            } catch (MalformedMessageException e) {
                f = new RemoteFailure("RemoteError", "oslo_messaging.rpc.client", String.valueOf(failure),
                        null, null, null);
            }
            throw new RemoteFailureException(f);
        }
        Object r = reply.get("result");
        return r != null ? r : p.interimResult;
    }

    @Override
    public void close() {
        BrokerConnector.closeQuietly(connection, "reply");
    }
}
