package org.jnova.cli.bench;

import java.util.Arrays;

/** Per-operation latencies of one benchmark phase, in nanoseconds; percentiles in milliseconds. */
final class Latencies {
    private final long[] nanos;
    private int n;

    Latencies(int capacity) {
        this.nanos = new long[capacity];
    }

    synchronized void add(long ns) {
        if (n < nanos.length) {
            nanos[n++] = ns;
        }
    }

    synchronized double percentileMs(double p) {
        if (n == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, n);
        Arrays.sort(sorted);
        int idx = (int) Math.min(n - 1, Math.ceil(p / 100.0 * n) - 1);
        return Math.round(sorted[Math.max(0, idx)] / 1_000.0) / 1_000.0;
    }

    /** Operations per second for {@code count} operations in {@code elapsedNanos}, one decimal. */
    static double rate(int count, long elapsedNanos) {
        return Math.round(count * 1e10 / elapsedNanos) / 10.0;
    }
}
