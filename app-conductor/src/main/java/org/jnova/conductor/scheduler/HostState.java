package org.jnova.conductor.scheduler;

import java.util.Map;
import org.jnova.domain.objects.ComputeNode;
import org.jnova.ports.persistence.NodeUsage;

/**
 * One candidate node as the scheduler sees it: its totals and allocation ratios from the
 * ComputeNode record, what is used (the larger of the node's report and the sum of the instances
 * placed on it, plus this scheduler's in-flight claims), and whether its compute service is usable.
 */
public final class HostState {
    /** Nova's initial allocation ratios ({@code initial_*_allocation_ratio}). */
    public static final double DEFAULT_RAM_RATIO = 1.5;
    public static final double DEFAULT_CPU_RATIO = 16.0;
    public static final double DEFAULT_DISK_RATIO = 1.0;

    private final String host;
    private final String nodename;
    private final String nodeUuid;
    private final boolean serviceUsable;
    private final long totalMemoryMb;
    private final long totalVcpus;
    private final long totalDiskGb;
    private final double ramRatio;
    private final double cpuRatio;
    private final double diskRatio;
    private final long failedBuilds;
    private long usedMemoryMb;
    private long usedVcpus;
    private long usedDiskGb;

    HostState(ComputeNode node, NodeUsage placed, boolean serviceUsable) {
        this.host = node.getHost();
        this.nodename = node.getHypervisorHostname();
        this.nodeUuid = node.isSet("uuid") ? node.getUuid() : null;
        this.serviceUsable = serviceUsable;
        this.totalMemoryMb = number(node, "memory_mb");
        this.totalVcpus = number(node, "vcpus");
        this.totalDiskGb = number(node, "local_gb");
        this.ramRatio = ratio(node, "ram_allocation_ratio", DEFAULT_RAM_RATIO);
        this.cpuRatio = ratio(node, "cpu_allocation_ratio", DEFAULT_CPU_RATIO);
        this.diskRatio = ratio(node, "disk_allocation_ratio", DEFAULT_DISK_RATIO);
        this.failedBuilds = failedBuilds(node);
        this.usedMemoryMb = Math.max(number(node, "memory_mb_used"), placed == null ? 0 : placed.memoryMb());
        this.usedVcpus = Math.max(number(node, "vcpus_used"), placed == null ? 0 : placed.vcpus());
        this.usedDiskGb = Math.max(number(node, "local_gb_used"), placed == null ? 0 : placed.diskGb());
    }

    public String host() { return host; }
    public String nodename() { return nodename; }
    public String nodeUuid() { return nodeUuid; }
    public String key() { return NodeUsage.key(host, nodename); }
    public boolean serviceUsable() { return serviceUsable; }
    public long totalMemoryMb() { return totalMemoryMb; }
    public long totalVcpus() { return totalVcpus; }
    public long totalDiskGb() { return totalDiskGb; }
    public double ramRatio() { return ramRatio; }
    public double cpuRatio() { return cpuRatio; }
    public double diskRatio() { return diskRatio; }
    public long usedMemoryMb() { return usedMemoryMb; }
    public long usedVcpus() { return usedVcpus; }
    public long usedDiskGb() { return usedDiskGb; }
    /** The node's consecutive failed builds, from its stats: what the build-failure weigher avoids. */
    public long failedBuilds() { return failedBuilds; }

    /** Physical memory not used: what the RAM weigher prefers. */
    public long freeMemoryMb() {
        return totalMemoryMb - usedMemoryMb;
    }

    /** Counts a claim against this node. */
    void consume(ResourceRequest r) {
        usedMemoryMb += r.memoryMb();
        usedVcpus += r.vcpus();
        usedDiskGb += r.diskGb();
    }

    private static long number(ComputeNode node, String field) {
        Object v = node.isSet(field) ? node.get(field) : null;
        return v instanceof Number n ? n.longValue() : 0;
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

    private static double ratio(ComputeNode node, String field, double dflt) {
        Object v = node.isSet(field) ? node.get(field) : null;
        return v instanceof Number n && n.doubleValue() > 0 ? n.doubleValue() : dflt;
    }

    @Override
    public String toString() {
        return key() + " mem " + usedMemoryMb + "/" + totalMemoryMb + " cpu " + usedVcpus + "/" + totalVcpus
                + " disk " + usedDiskGb + "/" + totalDiskGb + (failedBuilds > 0 ? " failed_builds " + failedBuilds : "");
    }
}
