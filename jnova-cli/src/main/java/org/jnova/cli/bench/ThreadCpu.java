package org.jnova.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU milliseconds per thread group (the thread name with its digits folded to N, so
 * {@code rpc-conductor-12} counts as {@code rpc-conductor-N}) between a snapshot and now: which
 * service's threads a benchmark's CPU went to. Threads that ended in between are not counted.
 */
final class ThreadCpu {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> startNanos = new HashMap<>();

    private ThreadCpu() {
    }

    /** A snapshot of every live thread's CPU time now. */
    static ThreadCpu snapshot() {
        ThreadCpu s = new ThreadCpu();
        for (long id : s.threads.getAllThreadIds()) {
            long cpu = s.threads.getThreadCpuTime(id);
            if (cpu >= 0) {
                s.startNanos.put(id, cpu);
            }
        }
        return s;
    }

    /** Milliseconds per thread group since the snapshot, biggest first; empty if the JVM does not measure. */
    Map<String, Long> sinceSnapshot() {
        Map<String, Long> byGroup = new HashMap<>();
        if (!threads.isThreadCpuTimeSupported()) {
            return byGroup;
        }
        for (long id : threads.getAllThreadIds()) {
            ThreadInfo info = threads.getThreadInfo(id);
            long cpu = threads.getThreadCpuTime(id);
            if (info == null || cpu < 0) {
                continue;
            }
            long ms = (cpu - startNanos.getOrDefault(id, 0L)) / 1_000_000;
            byGroup.merge(info.getThreadName().replaceAll("[0-9]+", "N"), ms, Long::sum);
        }
        Map<String, Long> sorted = new LinkedHashMap<>();
        byGroup.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
