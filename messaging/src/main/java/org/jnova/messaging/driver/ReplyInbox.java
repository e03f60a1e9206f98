package org.jnova.messaging.driver;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jnova.domain.rpc.RemoteFailure;
import org.jnova.domain.wire.MalformedMessageException;
import org.jnova.domain.wire.OsloMessages;
import org.jnova.domain.wire.UniqueIdCache;
import org.jnova.ports.transport.MessagingTimeoutException;
import org.jnova.ports.transport.RemoteFailureException;
import org.jnova.ports.transport.wire.ReplySink;
import org.jnova.ports.transport.wire.WireReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This process's waiting calls, fed by the wire's reply consumer (oslo's {@code ReplyWaiter}): replies are
 * deduplicated by {@code _unique_id}, routed by message id, and a heartbeat moves the call-monitor deadline while
 * the overall timeout never moves. A reply nobody waits for (a caller that timed out) is logged and dropped.
 */
final class ReplyInbox implements ReplySink {
    private static final Logger LOG = LoggerFactory.getLogger(ReplyInbox.class);

    private final Map<String, Pending> waiting = new ConcurrentHashMap<>();
    private final UniqueIdCache recent = new UniqueIdCache();
    private final DropLog drops = DropLog.standard(LOG);

    /** Registers a call before its request is published, so an instant reply is not lost. */
    Pending register(String msgId) {
        Pending p = new Pending(msgId);
        waiting.put(msgId, p);
        return p;
    }

    void unregister(String msgId) {
        waiting.remove(msgId);
    }

    @Override
    public void deliver(WireReply reply) {
        if (recent.seenBefore(reply.uniqueId())) {
            LOG.info("duplicate reply {} to {} dropped", reply.uniqueId(), reply.msgId());
            return;
        }
        Pending p = reply.msgId() == null ? null : waiting.get(reply.msgId());
        if (p == null) {
            LOG.info("No calling threads waiting for msg_id : {}", reply.msgId());
            return;
        }
        p.accept(reply);
    }

    @Override
    public void reject(String reason) {
        drops.dropped("a reply", reason);
    }

    /** Replies dropped as undecodable so far. */
    long rejected() {
        return drops.total();
    }

    /**
     * One call's replies: heartbeats move {@code lastReply} and keep a non-null interim result; the final reply
     * (ending or failure) completes the future, which wakes the caller directly.
     */
    static final class Pending {
        private final String msgId;
        private final CompletableFuture<WireReply> done = new CompletableFuture<>();
        private volatile long lastReply = System.nanoTime();
        private volatile Object interimResult;

        private Pending(String msgId) {
            this.msgId = msgId;
        }

        private void accept(WireReply reply) {
            if (reply.hasFailure() || reply.ending()) {
                done.complete(reply);
                return;
            }
            if (reply.result() != null) {
                interimResult = reply.result();
            }
            lastReply = System.nanoTime();
        }

        /**
         * Waits for the final reply until {@code deadlineNanos}, or until {@code monitorSec} pass without any reply
         * when the caller monitors the call. A failure is thrown as RemoteFailureException; otherwise the last
         * non-null result is returned.
         */
        Object await(long deadlineNanos, Integer monitorSec) {
            long monitorNanos = monitorSec == null || monitorSec <= 0 ? Long.MAX_VALUE
                    : TimeUnit.SECONDS.toNanos(monitorSec);
            WireReply reply;
            while (true) {
                long until = monitorNanos == Long.MAX_VALUE ? deadlineNanos
                        : Math.min(deadlineNanos, lastReply + monitorNanos);
                long wait = until - System.nanoTime();
                if (wait <= 0) {
                    throw new MessagingTimeoutException("Timed out waiting for a reply to message ID " + msgId);
                }
                try {
                    reply = done.get(wait, TimeUnit.NANOSECONDS);
                    break;
                } catch (TimeoutException e) {
                    // a heartbeat may have moved the call-monitor deadline: look again
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new MessagingTimeoutException("Interrupted while waiting for a reply to message ID " + msgId);
                } catch (ExecutionException e) {
                    throw new IllegalStateException("reply future failed", e.getCause());
                }
            }
            if (reply.hasFailure()) {
                throw new RemoteFailureException(failureOf(reply.failure()));
            }
            return reply.result() != null ? reply.result() : interimResult;
        }
    }

    /** oslo's {@code deserialize_remote_exception}: what cannot be read becomes a RemoteError carrying the text. */
    private static RemoteFailure failureOf(Object failure) {
        if (failure instanceof String text) {
            try {
                return OsloMessages.parseFailure(text);
            } catch (MalformedMessageException | IllegalArgumentException e) {
                LOG.debug("unreadable failure {}: {}", text, e.getMessage());
            }
        }
        return new RemoteFailure("RemoteError", "oslo_messaging.rpc.client", String.valueOf(failure), null, null,
                null);
    }
}
