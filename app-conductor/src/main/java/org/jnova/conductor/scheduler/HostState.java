package org.jnova.conductor.scheduler;

import java.util.Map;
import org.jnova.common.placement.ResourceRequest;
import org.jnova.domain.objects.ComputeNode;
import org.jnova.ports.placement.ProviderSummary;
import org.jnova.ports.placement.ResourceClass;

/**
 * One candidate node as the scheduler sees it: its compute node record (host, node, uuid, failed builds),
 * whether its compute service is usable, and what Placement says it can still take (capacity, which is
 * total - reserved times the allocation ratio, minus what is allocated), less what this request's earlier
 * instances claimed on it.
 */
public final class HostState {
    private final String host;
    private final String nodename;
    private final String nodeUuid;
    private final boolean serviceUsable;
    private final long failedBuilds;
    private final ProviderSummary summary;
    private long claimedMemoryMb;
    private long claimedVcpus;
    private long claimedDiskGb;
    /** A claim on this node was refused: Placement knows it is fuller than its summary said. */
    private boolean exhausted;

    HostState(ComputeNode node, ProviderSummary summary, boolean serviceUsable) {
        this.host = node.getHost();
        this.nodename = node.getHypervisorHostname();
        this.nodeUuid = node.getUuid();
        this.serviceUsable = serviceUsable;
        this.failedBuilds = failedBuilds(node);
        this.summary = summary;
    }

    public String host() { return host; }
    public String nodename() { return nodename; }
    public String nodeUuid() { return nodeUuid; }
    public boolean serviceUsable() { return serviceUsable; }
    /** The node's consecutive failed builds, from its stats: what the build-failure weigher avoids. */
    public long failedBuilds() { return failedBuilds; }

    /** What can still be allocated of a resource class on this node. */
    public long free(String resourceClass) {
        long claimed = switch (resourceClass) {
            case ResourceClass.MEMORY_MB -> claimedMemoryMb;
            case ResourceClass.VCPU -> claimedVcpus;
            case ResourceClass.DISK_GB -> claimedDiskGb;
            default -> 0;
        };
        return exhausted ? 0 : summary.usage(resourceClass).free() - claimed;
    }

    /** Free memory: what the RAM weigher prefers. */
    public long freeMemoryMb() {
        return free(ResourceClass.MEMORY_MB);
    }

    /** Whether {@code amount} of the class fits (nothing asked always fits). */
    boolean fits(String resourceClass, long amount) {
        return amount == 0 || amount <= free(resourceClass);
    }

    /** Whether the whole request fits. */
    boolean fits(ResourceRequest r) {
        return fits(ResourceClass.MEMORY_MB, r.memoryMb()) && fits(ResourceClass.VCPU, r.vcpus())
                && fits(ResourceClass.DISK_GB, r.diskGb());
    }

    /** Placement refused a claim here: offer nothing more of this node to the rest of the request. */
    void exhaust() {
        exhausted = true;
    }

    /** Counts a claim of this request against the node, so its next instance sees it. */
    void consume(ResourceRequest r) {
        claimedMemoryMb += r.memoryMb();
        claimedVcpus += r.vcpus();
        claimedDiskGb += r.diskGb();
    }

    private static long failedBuilds(ComputeNode node) {
        Map<String, String> stats = node.isSet("stats") ? node.getStats() : null;
        String v = stats == null ? null : stats.get("failed_builds");
        try {
            return v == null ? 0 : Math.max(0, Long.parseLong(v.trim()));
        } catch (NumberFormatException e) {
            return 0; // a stat that is not a count weighs nothing
        }
    }

    @Override
    public String toString() {
        return host + "/" + nodename + " free mem " + freeMemoryMb() + " cpu " + free(ResourceClass.VCPU)
                + " disk " + free(ResourceClass.DISK_GB) + (failedBuilds > 0 ? " failed_builds " + failedBuilds : "");
    }
}
