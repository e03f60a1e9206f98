package org.jnova.cli.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jnova.cli.server.ComputeApiClient;
import org.jnova.cli.server.ComputeApiException;

/**
 * Boots {@code count} servers through the API with {@code concurrency} clients and measures, per server,
 * the time from sending its create request to first seeing it leave BUILD for ACTIVE (one poller for all
 * servers, listing only those still building with {@code GET /servers/detail?status=BUILD}).
 */
final class BootBenchmark {
    /** The shortest pause between polls: finer than this adds poller load, not precision (p50 is seconds). */
    private static final long POLL_MS = 100;
    /** Idle time between polls, as a multiple of the last poll's duration. */
    private static final long POLL_IDLE_FACTOR = 4;

    /** The measured figures. */
    record Result(int count, int active, int errors, double bootsPerSecond, long p50Ms, long p99Ms) {
    }

    private final ComputeApiClient client;
    private final String flavorRef;
    private final String imageRef;

    BootBenchmark(ComputeApiClient client, String flavorRef, String imageRef) {
        this.client = client;
        this.flavorRef = flavorRef;
        this.imageRef = imageRef;
    }

    @SuppressWarnings("unchecked")
    Result run(String namePrefix, int count, int concurrency, long timeoutMs) throws InterruptedException {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        AtomicInteger createErrors = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String name = namePrefix + i;
            clients.execute(() -> {
                long t = System.nanoTime();
                try {
                    Map<String, Object> server = (Map<String, Object>) client.post("/servers", Map.of("server",
                            Map.of("name", name, "flavorRef", flavorRef, "imageRef", imageRef))).get("server");
                    sentAt.put((String) server.get("id"), t);
                } catch (ComputeApiException e) {
                    createErrors.incrementAndGet();
                }
            });
        }
        clients.shutdown();
        Map<String, Long> doneAt = new LinkedHashMap<>();
        Set<String> failed = new HashSet<>();
        long deadline = start + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        while (System.nanoTime() < deadline) {
            boolean allSent = clients.isTerminated();
            long pollStart = System.nanoTime();
            // only what is still building travels (Nova's ?status= filter): listing every server would make
            // the poller itself the cloud's biggest load as the count grows
            Set<String> building = ids(client.get("/servers/detail?status=BUILD"));
            failed = ids(client.get("/servers?status=ERROR"));
            long now = System.nanoTime();
            for (String id : sentAt.keySet()) {
                if (!building.contains(id) && !failed.contains(id)) {
                    doneAt.putIfAbsent(id, now);
                }
            }
            failed.retainAll(sentAt.keySet());
            if (allSent && doneAt.size() + failed.size() >= sentAt.size()) {
                break;
            }
            Thread.sleep(Math.max(POLL_MS, POLL_IDLE_FACTOR * TimeUnit.NANOSECONDS.toMillis(now - pollStart)));
        }
        // a server that left BUILD is counted when it is really ACTIVE
        doneAt.keySet().retainAll(ids(client.get("/servers?status=ACTIVE")));
        int buildErrors = failed.size();
        clients.awaitTermination(1, TimeUnit.SECONDS);
        List<Long> latencies = new ArrayList<>();
        long last = start;
        for (Map.Entry<String, Long> e : doneAt.entrySet()) {
            latencies.add(TimeUnit.NANOSECONDS.toMillis(e.getValue() - sentAt.get(e.getKey())));
            last = Math.max(last, e.getValue());
        }
        Collections.sort(latencies);
        double seconds = (last - start) / 1e9;
        int unfinished = sentAt.size() - doneAt.size() - buildErrors;
        return new Result(count, doneAt.size(), createErrors.get() + buildErrors + unfinished,
                seconds > 0 ? doneAt.size() / seconds : 0, percentile(latencies, 50), percentile(latencies, 99));
    }

    @SuppressWarnings("unchecked")
    private static Set<String> ids(Map<String, Object> listing) {
        Set<String> out = new HashSet<>();
        for (Object o : (List<Object>) listing.get("servers")) {
            out.add((String) ((Map<String, Object>) o).get("id"));
        }
        return out;
    }

    /** Nearest-rank percentile; 0 for no samples. */
    static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
