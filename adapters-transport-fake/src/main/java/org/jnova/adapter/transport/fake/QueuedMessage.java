package org.jnova.adapter.transport.fake;

import java.nio.charset.StandardCharsets;

/**
 * One encoded message body (UTF-8 bytes, as a broker carries it) in a queue; calls carry an expiry
 * (AMQP {@code expiration}), casts do not (0).
 */
record QueuedMessage(byte[] bytes, long expiresAtNanos) {
    QueuedMessage(String body, long expiresAtNanos) {
        this(body.getBytes(StandardCharsets.UTF_8), expiresAtNanos);
    }

    /** The body as text. */
    String body() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    boolean expired(long nowNanos) {
        return expiresAtNanos != 0 && nowNanos - expiresAtNanos > 0;
    }
}
