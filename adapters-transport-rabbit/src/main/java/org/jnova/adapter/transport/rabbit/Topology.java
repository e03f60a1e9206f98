package org.jnova.adapter.transport.rabbit;

import com.rabbitmq.client.Channel;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * oslo.messaging 14's RabbitMQ topology (wire spec §2): names, flags and arguments must match what the
 * Python peers declare, or the broker answers 406 PRECONDITION_FAILED.
 */
public final class Topology {
    private final RabbitSettings settings;
    private final String controlExchange;

    public Topology(RabbitSettings settings, String controlExchange) {
        this.settings = settings;
        this.controlExchange = controlExchange;
    }

    public RabbitSettings settings() {
        return settings;
    }

    public String controlExchange() {
        return controlExchange;
    }

    /** {@code target.exchange or control_exchange}. */
    public String topicExchange(String targetExchange) {
        return targetExchange == null || targetExchange.isEmpty() ? controlExchange : targetExchange;
    }

    public static String fanoutExchange(String topic) {
        return topic + "_fanout";
    }

    public void declareTopicExchange(Channel ch, String exchange) throws IOException {
        ch.exchangeDeclare(exchange, "topic", settings.topicDurable(), settings.autoDelete(), null);
    }

    /** Fanout exchanges are never durable and always auto-delete in 14.0.3. */
    public void declareFanoutExchange(Channel ch, String topic) throws IOException {
        ch.exchangeDeclare(fanoutExchange(topic), "fanout", false, true, null);
    }

    /** {@code T} or {@code T.S}: bound with its own name to the topic exchange. */
    public void declareTopicQueue(Channel ch, String exchange, String queue) throws IOException {
        declareTopicExchange(ch, exchange);
        ch.queueDeclare(queue, settings.topicDurable(), false, settings.autoDelete(), topicQueueArgs());
        ch.queueBind(queue, exchange, queue);
    }

    /** {@code T_fanout_<hex>}: transient, x-expires, bound with key {@code T} to {@code T_fanout}. */
    public void declareFanoutQueue(Channel ch, String topic, String queue) throws IOException {
        declareFanoutExchange(ch, topic);
        ch.queueDeclare(queue, false, false, false, transientQueueArgs());
        ch.queueBind(queue, fanoutExchange(topic), topic);
    }

    /** {@code reply_<hex>}: transient, x-expires, only the default-exchange binding. */
    public void declareReplyQueue(Channel ch, String queue) throws IOException {
        ch.queueDeclare(queue, false, false, false, transientQueueArgs());
    }

    Map<String, Object> topicQueueArgs() {
        Map<String, Object> args = new LinkedHashMap<>();
        if (settings.haQueues()) {
            args.put("x-ha-policy", "all");
        }
        if (settings.quorumQueue()) {
            args.put("x-queue-type", "quorum");
        }
        return args;
    }

    Map<String, Object> transientQueueArgs() {
        Map<String, Object> args = new LinkedHashMap<>();
        if (settings.haQueues()) {
            args.put("x-ha-policy", "all");
        }
        // py-amqp sends it as a signed 32-bit int: Integer, not Long
        args.put("x-expires", settings.transientQueuesTtl() * 1000);
        return args;
    }
}
