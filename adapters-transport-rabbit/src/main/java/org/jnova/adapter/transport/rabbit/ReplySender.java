package org.jnova.adapter.transport.rabbit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jnova.domain.wire.MalformedMessageException;
import org.jnova.ports.transport.TransportException;
import org.jnova.ports.transport.wire.WireReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends replies and heartbeats to {@code reply_q} through the default exchange with the mandatory flag
 * (wire spec §4). A final reply that comes back unroutable is retried every 0.25 s with a fresh
 * {@code _unique_id} until {@code kombu_missing_consumer_retry_timeout}; then the queue is remembered as
 * obsolete for 60 s and further replies to it are dropped at once. Returned heartbeats are dropped.
 */
final class ReplySender implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReplySender.class);
    private static final long RETRY_EVERY_MS = 250;
    private static final long OBSOLETE_FOR_MS = 60_000;
    private static final int OBSOLETE_MAX = 200;
    /** Connection-level retries for a reply (1+3+5+7 s of backoff): enough to ride out a broker restart. */
    private static final int REPLY_PUBLISH_RETRY = 4;

    private final Publisher publisher;
    private final RabbitSettings settings;
    private final ScheduledExecutorService retries;
    private final Map<String, Long> firstReturned = new ConcurrentHashMap<>();
    private final Map<String, Long> obsoleteQueues = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                    return size() > OBSOLETE_MAX;
                }
            });

    ReplySender(PublisherFactory factory, RabbitSettings settings) {
        this.settings = settings;
        this.retries = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rabbit-reply-retry");
            t.setDaemon(true);
            return t;
        });
        this.publisher = factory.create(false, this::onReturned);
    }

    /** The factory the driver hands over, so this class need not know the connection. */
    interface PublisherFactory {
        Publisher create(boolean confirms, java.util.function.Consumer<Publisher.ReturnedMessage> onReturn);
    }

    void reply(String replyQ, WireReply reply) {
        send(replyQ, reply.msgId(), WireCodec.reply(reply.msgId(), reply.result(), (String) reply.failure(),
                reply.ending()));
    }

    private void send(String replyQ, String msgId, byte[] body) {
        Long until = obsoleteQueues.get(replyQ);
        if (until != null && until > System.currentTimeMillis()) {
            LOG.warn("{} doesn't exist, drop reply to {}", replyQ, msgId);
            return;
        }
        try {
            publisher.publish(Publisher.Kind.DEFAULT, "", replyQ, settings.directMandatoryFlag(), OsloProperties.PLAIN,
                    body, REPLY_PUBLISH_RETRY);
        } catch (TransportException e) {
            LOG.error("reply to {} on {} lost: {}", msgId, replyQ, e.getMessage());
        }
    }

    private void onReturned(Publisher.ReturnedMessage returned) {
        Map<String, Object> inner;
        try {
            inner = WireCodec.decode(returned.body());
        } catch (MalformedMessageException e) {
            return;
        }
        String msgId = String.valueOf(inner.get("_msg_id"));
        String queue = returned.routingKey();
        if (!Boolean.TRUE.equals(inner.get("ending"))) {
            LOG.debug("heartbeat for {} returned ({}): reply queue {} is gone", msgId, returned.replyText(), queue);
            return;
        }
        long now = System.currentTimeMillis();
        long first = firstReturned.computeIfAbsent(msgId, k -> now);
        if (now - first >= settings.missingConsumerRetryTimeout() * 1000L) {
            firstReturned.remove(msgId);
            obsoleteQueues.put(queue, now + OBSOLETE_FOR_MS);
            LOG.warn("The reply {} failed to send after {} seconds due to a missing queue ({}). Abandoning...",
                    msgId, settings.missingConsumerRetryTimeout(), queue);
            return;
        }
        LOG.info("The reply {} cannot be sent: reply queue {} is missing ({}); retrying", msgId, queue,
                returned.replyText());
        retries.schedule(() -> resend(queue, msgId, inner), RETRY_EVERY_MS, TimeUnit.MILLISECONDS);
        // forget msg ids that stopped coming back (a retry got through)
        firstReturned.values().removeIf(t -> now - t > 2_000L * Math.max(1, settings.missingConsumerRetryTimeout()));
    }

    private void resend(String queue, String msgId, Map<String, Object> inner) {
        send(queue, msgId, WireCodec.withFreshUniqueId(inner));
    }

    @Override
    public void close() {
        retries.shutdownNow();
        publisher.close();
    }
}
