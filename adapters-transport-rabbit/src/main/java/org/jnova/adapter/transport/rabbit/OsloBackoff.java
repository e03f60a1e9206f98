package org.jnova.adapter.transport.rabbit;

import com.rabbitmq.client.RecoveryDelayHandler;

/**
 * oslo's reconnect schedule (kombu {@code fxrange(interval, interval_max + interval, backoff)}): the n-th
 * wait is {@code interval + n * backoff} seconds, capped at {@code interval_max + interval}
 * (1, 3, 5 ... 31 s with the defaults).
 */
public final class OsloBackoff implements RecoveryDelayHandler {
    private final int interval;
    private final int backoff;
    private final int max;

    public OsloBackoff(RabbitSettings s) {
        this(s.retryInterval(), s.retryBackoff(), s.intervalMax());
    }

    public OsloBackoff(int interval, int backoff, int intervalMax) {
        this.interval = interval;
        this.backoff = backoff;
        this.max = intervalMax + interval;
    }

    /** Milliseconds to wait before attempt {@code n} (0-based). */
    public long delayMillis(int n) {
        long seconds = Math.min((long) interval + (long) n * backoff, max);
        return seconds * 1000L;
    }

    @Override
    public long getDelay(int recoveryAttempts) {
        // amqp-client counts from 1
        return delayMillis(Math.max(0, recoveryAttempts - 1));
    }
}
