package org.jnova.adapter.transport.rabbit;

import com.rabbitmq.client.AMQP;
import java.util.Map;

/** The AMQP properties kombu 5.2.4 sets on every oslo message (wire spec §3.1). */
public final class OsloProperties {
    /** Casts, fanouts, replies, notifications: no expiration. */
    public static final AMQP.BasicProperties PLAIN = builder().build();

    private OsloProperties() {
    }

    /** Calls: {@code expiration} is the call timeout in milliseconds as a decimal string. */
    public static AMQP.BasicProperties call(long timeoutMillis) {
        return builder().expiration(Long.toString(timeoutMillis)).build();
    }

    private static AMQP.BasicProperties.Builder builder() {
        return new AMQP.BasicProperties.Builder()
                .contentType("application/json")
                .contentEncoding("utf-8")
                .headers(Map.of())
                .deliveryMode(2)
                .priority(0);
    }
}
