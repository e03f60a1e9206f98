package org.jnova.conductor.scheduler;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jnova.common.placement.ResourceRequest;
import org.jnova.ports.placement.PlacementService;
import org.jnova.ports.placement.ProviderSummary;

/**
 * Placement's allocation candidates for a request's amounts, as this scheduler last read them, reused for
 * the refresh interval and counted down by the claims this scheduler has written since (as Nova's host
 * manager consumes its host states), so a burst neither asks Placement once per instance nor piles onto
 * one host. Placement still decides every claim; the scheduler asks afresh before it gives up on a request.
 */
final class CandidateCache {
    /** {@code [scheduler] max_placement_results}. */
    static final int LIMIT = 1000;

    /** Candidates read at {@code readAt} (System.nanoTime before the read); fresh if read for this call. */
    record Snapshot(List<ProviderSummary> candidates, long readAt, boolean fresh) {
    }

    private record Taken(String providerUuid, ResourceRequest size, long at) {
    }

    private final PlacementService placement;
    private final long maxAgeNanos;
    private final Map<Map<String, Long>, Snapshot> snapshots = new ConcurrentHashMap<>();
    private final Queue<Taken> taken = new ConcurrentLinkedQueue<>();

    CandidateCache(PlacementService placement, Duration maxAge) {
        this.placement = placement;
        this.maxAgeNanos = maxAge.toNanos();
    }

    /** The candidates for the amounts: the last read while younger than the interval, unless {@code fresh}. */
    Snapshot candidates(ResourceRequest request, boolean fresh) {
        Map<String, Long> amounts = request.resources();
        long now = System.nanoTime();
        Snapshot last = snapshots.get(amounts);
        if (!fresh && last != null && now - last.readAt() < maxAgeNanos) {
            return new Snapshot(last.candidates(), last.readAt(), false);
        }
        Snapshot read = new Snapshot(placement.candidates(amounts, LIMIT), now, true);
        snapshots.put(amounts, read);
        taken.removeIf(t -> now - t.at() > 2 * maxAgeNanos);
        return read;
    }

    /** A claim this scheduler wrote. */
    void taken(String providerUuid, ResourceRequest size) {
        if (maxAgeNanos > 0) {
            taken.add(new Taken(providerUuid, size, System.nanoTime()));
        }
    }

    /** Counts against each host what this scheduler claimed on it after the snapshot was read. */
    void consumeSince(Snapshot snapshot, List<HostState> hosts) {
        for (Taken t : taken) {
            if (t.at() >= snapshot.readAt()) {
                for (HostState h : hosts) {
                    if (h.nodeUuid().equals(t.providerUuid())) {
                        h.consume(t.size());
                    }
                }
            }
        }
    }
}
