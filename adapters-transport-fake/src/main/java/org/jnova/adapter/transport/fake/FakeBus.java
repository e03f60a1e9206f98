package org.jnova.adapter.transport.fake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jnova.domain.rpc.Target;
import org.jnova.ports.transport.MessageDeliveryFailureException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JVM's one in-memory bus (oslo's fake driver keeps its exchanges at class level too). Per exchange
 * and topic: a shared topic queue and per-server queues with competing consumers, and a set of fanout
 * queues, one per listener. Queues are created on first use and keep their messages until consumed, so
 * a cast to a topic nobody listens on yet waits. Reply queues are consumers registered by name.
 */
final class FakeBus {
    static final FakeBus INSTANCE = new FakeBus();
    private static final Logger LOG = LoggerFactory.getLogger(FakeBus.class);
    /** Notifications nobody consumes would pile up forever: each notification queue keeps only the newest. */
    static final int NOTIFICATION_QUEUE_LIMIT = 1000;

    private final Map<String, MessageQueue> queues = new ConcurrentHashMap<>();
    private final Map<String, Set<MessageQueue>> fanouts = new ConcurrentHashMap<>();
    private final Map<String, Consumer<byte[]>> replyQueues = new ConcurrentHashMap<>();
    private final Map<String, Deque<String>> notifications = new ConcurrentHashMap<>();

    /** The queue {@code <exchange>/<name>}, created on first use. */
    MessageQueue queue(String exchange, String name) {
        String key = exchange + "/" + name;
        return queues.computeIfAbsent(key, MessageQueue::new);
    }

    void addFanout(String exchange, String topic, MessageQueue q) {
        fanouts.computeIfAbsent(exchange + "/" + topic, k -> ConcurrentHashMap.newKeySet()).add(q);
    }

    void removeFanout(String exchange, String topic, MessageQueue q) {
        Set<MessageQueue> set = fanouts.get(exchange + "/" + topic);
        if (set != null) {
            set.remove(q);
        }
    }

    /**
     * Routes an encoded request: fanout to every listener of the topic, a server target to
     * {@code topic.server}, otherwise to the topic queue. With {@code mandatory}, a destination that no
     * listener consumes fails as an unroutable publish would.
     */
    void publish(String exchange, Target target, QueuedMessage message, boolean mandatory) {
        if (target.fanout()) {
            Set<MessageQueue> set = fanouts.get(exchange + "/" + target.topic());
            List<MessageQueue> copy = set == null ? List.of() : new ArrayList<>(set);
            if (copy.isEmpty() && mandatory) {
                throw new MessageDeliveryFailureException("no listener for fanout of topic " + target.topic(), null);
            }
            for (MessageQueue q : copy) {
                q.put(message);
            }
            return;
        }
        String name = target.server() == null ? target.topic() : target.topic() + "." + target.server();
        MessageQueue q = queue(exchange, name);
        if (mandatory && !q.hasConsumers()) {
            throw new MessageDeliveryFailureException("message to " + exchange + "/" + name + " is unroutable: "
                    + "no listener consumes that queue", null);
        }
        q.put(message);
    }

    void registerReplyQueue(String name, Consumer<String> consumer) {
        replyQueues.put(name, body -> consumer.accept(new String(body, StandardCharsets.UTF_8)));
    }

    /** A reply queue whose consumer takes the encoded bytes (the drivers decode them in one pass). */
    void registerReplyBytes(String name, Consumer<byte[]> consumer) {
        replyQueues.put(name, consumer);
    }

    void removeReplyQueue(String name) {
        replyQueues.remove(name);
    }

    /** Delivers a reply body to its reply queue; a queue that is gone drops it, as oslo does after retries. */
    void sendReply(String replyQueue, String msgId, byte[] body) {
        Consumer<byte[]> consumer = replyQueues.get(replyQueue);
        if (consumer == null) {
            LOG.warn("{} doesn't exist, drop reply to {}", replyQueue, msgId);
            return;
        }
        consumer.accept(body);
    }

    void notify(String exchange, String routingKey, String body) {
        Deque<String> q = notifications.computeIfAbsent(exchange + "/" + routingKey, k -> new ArrayDeque<>());
        synchronized (q) {
            q.addLast(body);
            while (q.size() > NOTIFICATION_QUEUE_LIMIT) {
                q.removeFirst();
            }
        }
    }

    /** The notification bodies kept for {@code <topic>.<priority>}, oldest first (tests read them). */
    List<String> notifications(String exchange, String routingKey) {
        Deque<String> q = notifications.get(exchange + "/" + routingKey);
        if (q == null) {
            return List.of();
        }
        synchronized (q) {
            return new ArrayList<>(q);
        }
    }
}
