package org.jnova.ports.persistence;

/**
 * What the live instances placed on one compute node use, summed from their sizes: what the
 * scheduler subtracts from a node's totals (every conductor worker sees the same numbers).
 */
public record NodeUsage(String host, String node, long memoryMb, long vcpus, long diskGb, int instances) {
    /** The key of a node: {@code host/node}. */
    public String key() {
        return key(host, node);
    }

    public static String key(String host, String node) {
        return host + "/" + node;
    }
}
