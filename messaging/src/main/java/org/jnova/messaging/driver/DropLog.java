package org.jnova.messaging.driver;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;

/**
 * Logs messages dropped with a reason, rate-limited: a flood of bad messages must not flood the log (nor the disk
 * behind it). In each window the first {@code burst} drops are logged one by one; later ones are only counted, and
 * the count is logged with the last reason when the next window starts.
 */
final class DropLog {
    private final Logger log;
    private final int burst;
    private final long windowNanos;
    private final LongSupplier clock;
    private final AtomicLong total = new AtomicLong();
    private long windowStart;
    private int inWindow;
    private long suppressed;
    private String lastSuppressed;

    DropLog(Logger log, int burst, long windowNanos, LongSupplier clock) {
        this.log = log;
        this.burst = burst;
        this.windowNanos = windowNanos;
        this.clock = clock;
        this.windowStart = clock.getAsLong();
    }

    /** Ten a minute: enough to diagnose, little enough to survive a peer that sends garbage in a loop. */
    static DropLog standard(Logger log) {
        return new DropLog(log, 10, 60_000_000_000L, System::nanoTime);
    }

    /** Records one dropped message; {@code what} says what it was and where from, {@code reason} why it went. */
    void dropped(String what, String reason) {
        total.incrementAndGet();
        long summary;
        String summaryReason;
        boolean logThis;
        synchronized (this) {
            long now = clock.getAsLong();
            summary = 0;
            summaryReason = null;
            if (now - windowStart >= windowNanos) {
                summary = suppressed;
                summaryReason = lastSuppressed;
                windowStart = now;
                inWindow = 0;
                suppressed = 0;
            }
            logThis = inWindow++ < burst;
            if (!logThis) {
                suppressed++;
                lastSuppressed = reason;
            }
        }
        if (summary > 0) {
            log.warn("{} more messages were dropped without a log line each (last reason: {})", summary, summaryReason);
        }
        if (logThis) {
            log.warn("Dropped {}: {}", what, reason);
        }
    }

    /** Every message dropped so far, logged or not. */
    long total() {
        return total.get();
    }
}
