package org.jnova.compute.ops;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The resource tracker's {@code failed_builds} stat per node: consecutive failed (or rescheduled)
 * builds, back to zero on a successful one. Reported in the ComputeNode's stats, where the scheduler's
 * build-failure weigher reads it, so a host that keeps failing stops being the first choice.
 */
public final class BuildFailures {
    private final Map<String, Integer> consecutive = new ConcurrentHashMap<>();

    /** {@code rt.build_failed(node)}. */
    public void failed(String node) {
        consecutive.merge(node, 1, Integer::sum);
    }

    /** {@code rt.build_succeeded(node)}. */
    public void succeeded(String node) {
        consecutive.put(node, 0);
    }

    /** The node's consecutive failed builds. */
    public int count(String node) {
        return consecutive.getOrDefault(node, 0);
    }
}
