package org.jnova.adapter.transport.fake;

/** One encoded message body in a queue; calls carry an expiry (AMQP {@code expiration}), casts do not (0). */
record QueuedMessage(String body, long expiresAtNanos) {
    boolean expired(long nowNanos) {
        return expiresAtNanos != 0 && nowNanos - expiresAtNanos > 0;
    }
}
